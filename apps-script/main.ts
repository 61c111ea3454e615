/// <reference types="google-apps-script" />
/**
 * The add-on's entry points. The build bundles this module (with the core) under the global `CCHC`
 * and appends one top-level forwarding function per export listed in entry-points.ts; each export
 * here is thin: it calls an action and shows its result or its error in Vietnamese.
 */
import { createTemplate, dashboard, makeSummary, selectCell, updateSettings, updateStatus } from './actions.js';
import { MENU_ITEMS, MENU_TITLE, SIDEBAR_FILE } from './entry-points.js';
import type { ActionResult, Dashboard, SidebarSettings } from './sidebar-contract.js';
import { userMessage } from './user-error.js';

/** Builds the "CCHC" menu. May run in AuthMode.NONE, so it reads nothing. */
export function onOpen(_event?: unknown): void {
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE);
  MENU_ITEMS.forEach((item, index) => {
    menu.addItem(item.caption, item.functionName);
    if (index === 0) menu.addSeparator();
  });
  menu.addToUi();
}

/** Installed as an editor add-on: the same menu at once, without reopening the spreadsheet. */
export function onInstall(event?: unknown): void {
  onOpen(event);
}

export function menuShowSidebar(): void {
  showSidebar('');
}

export function menuCreateTemplate(): void {
  fromMenu(() => createTemplate());
}

export function menuUpdateStatus(): void {
  fromMenu(() => updateStatus());
}

export function menuSummaryThisQuarter(): void {
  fromMenu(() => makeSummary());
}

/** Opens the sidebar on its period picker. */
export function menuSummaryOtherQuarter(): void {
  showSidebar('period');
}

export function sidebarDashboard(): Dashboard {
  return fromSidebar(() => dashboard());
}

export function sidebarSelectCell(sheet: string, cell: string): void {
  fromSidebar(() => selectCell(sheet, cell));
}

export function sidebarSaveSettings(settings: Partial<SidebarSettings>): SidebarSettings {
  return fromSidebar(() => updateSettings(settings));
}

export function sidebarUpdateStatus(): ActionResult {
  return fromSidebar(() => updateStatus());
}

export function sidebarCreateTemplate(): ActionResult {
  return fromSidebar(() => createTemplate());
}

export function sidebarMakeSummary(periodLabel?: string): ActionResult {
  return fromSidebar(() => makeSummary(periodLabel));
}

function showSidebar(open: '' | 'period'): void {
  fromMenu(() => {
    const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE);
    if (open !== '') html.setContent(html.getContent().replace('data-open=""', `data-open="${open}"`));
    SpreadsheetApp.getUi().showSidebar(html.setTitle('CCHC – Theo dõi cải cách hành chính'));
    return null;
  });
}

/** A menu click: the result as a toast, an error as an alert, both in Vietnamese. */
function fromMenu(action: () => ActionResult | null): void {
  try {
    const result = action();
    if (result !== null) SpreadsheetApp.getActiveSpreadsheet().toast(result.message, 'CCHC', 10);
  } catch (error) {
    const ui = SpreadsheetApp.getUi();
    ui.alert('CCHC', userMessage(error), ui.ButtonSet.OK);
  }
}

/** A sidebar call: errors rethrown with their Vietnamese message, which the sidebar's failure handler shows. */
function fromSidebar<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    throw new Error(userMessage(error));
  }
}
