/**
 * The add-on's entry points, as Apps Script must see them: top-level functions. The build appends one
 * forwarding function per name below (`function onOpen(e) { return CCHC.onOpen(e); }`), since the
 * bundle itself hides everything inside its global `CCHC`.
 */

/** The global the bundle assigns its exports to. */
export const BUNDLE_GLOBAL = 'CCHC';

/** The menu's title in the spreadsheet's menu bar. */
export const MENU_TITLE = 'CCHC';

/** The menu's items, in order: caption and the global function it runs. */
export const MENU_ITEMS: readonly { readonly caption: string; readonly functionName: string }[] = [
  { caption: 'Bảng điều khiển', functionName: 'menuShowSidebar' },
  { caption: 'Tạo bảng mẫu', functionName: 'menuCreateTemplate' },
  { caption: 'Cập nhật trạng thái', functionName: 'menuUpdateStatus' },
  { caption: 'Tổng hợp quý này', functionName: 'menuSummaryThisQuarter' },
  { caption: 'Tổng hợp quý khác…', functionName: 'menuSummaryOtherQuarter' },
];

/** Triggers Apps Script calls by name. */
export const TRIGGERS = ['onOpen', 'onInstall'] as const;

/** Every function the sidebar calls through `google.script.run`. */
export const SERVER_FUNCTIONS = ['sidebarDashboard', 'sidebarRun', 'sidebarSaveSettings', 'sidebarShowCell'] as const;

export type ServerFunction = (typeof SERVER_FUNCTIONS)[number];

/** Every global function the build must append, in the order it appends them. */
export const GLOBAL_FUNCTIONS: readonly string[] = [...TRIGGERS, ...MENU_ITEMS.map((item) => item.functionName), ...SERVER_FUNCTIONS];

/** The sidebar's HTML file in the pushed project (without ".html", as `createHtmlOutputFromFile` takes it). */
export const SIDEBAR_FILE = 'Sidebar';
