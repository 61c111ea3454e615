import ExcelJS from 'exceljs';
import { worksheetGrid } from '../files/worksheet-grid.js';
import { SETTINGS_TITLE_PREFIX } from '../../src/sheet-model/settings-sheet-model.js';
import { SUMMARY_TITLE_PREFIX } from '../../src/sheet-model/summary-sheet-model.js';
import { HELPER_HEADER_PREFIX } from '../../src/sheet/plan-sheet-layout.js';
import { DEFAULT_SETTINGS_NAMES } from '../../src/sheet/row-formulas.js';
import { OWN_SHEETS_REGISTRY, readRegistry, REGISTRY_HEADER, type OwnSheet, type OwnSheetRole } from '../../src/sheet-model/own-sheets.js';
import { PLAN_HEADER_ROW_INDEX } from '../../src/sheet-model/plan-table-model.js';
import { freeSheetName, sheetNameKey } from '../../src/sheet-model/own-sheet-names.js';
import { toArrayBuffer } from '../files/array-buffer.js';

/** The names the product's sheets get in a workbook. */
export interface OwnSheetNames {
  readonly plan: string;
  readonly summary: string;
  readonly settings: string;
}

type Slot = OwnSheetRole | 'registry';

/** The user's workbook, loaded whole, with the product's earlier sheets taken out and their places remembered. */
export interface SourceWorkbook {
  readonly workbook: ExcelJS.Workbook;
  /** Summaries of other periods made earlier: they stay, and stay registered. */
  readonly keptSummaries: readonly OwnSheet[];
  /** The tabs as they were: the user's sheets by name, the removed sheets of the product as slots. */
  readonly order: readonly (string | { readonly slot: Slot })[];
  /** Free names for the new sheets: ours as wanted unless a sheet of the user (or one kept) has it. */
  freeNames(wanted: OwnSheetNames): OwnSheetNames;
}

/**
 * Loads the user's workbook with everything exceljs reads (styles, merges, conditional formats, data
 * validations, print setup, defined names…), giving back the look of cells in the file's default
 * format (see `loadWorkbook`). When the product wrote it before, the sheets its registry lists are removed — the plan sheet, the settings sheet, the summary of `period` and the
 * registry itself — provided each still looks like ours (a sheet the user renamed into one of our
 * names is never taken), and the defined names of the settings are dropped, to be written again.
 */
export async function loadSourceWorkbook(bytes: Uint8Array, period: string): Promise<SourceWorkbook> {
  const { workbook, defaultStyle } = await loadWorkbook(bytes);
  const sheets = workbook.worksheets;
  const byKey = new Map(sheets.map((sheet) => [sheetNameKey(sheet.name), sheet]));
  const registry = sheets.find((sheet) => sheet.name === OWN_SHEETS_REGISTRY && sheet.getCell('A1').value === REGISTRY_HEADER[0]);

  const slots = new Map<ExcelJS.Worksheet, Slot>();
  const keptSummaries: OwnSheet[] = [];
  if (registry !== undefined) {
    slots.set(registry, 'registry');
    for (const entry of readRegistry(worksheetGrid(registry).rows)) {
      const sheet = byKey.get(sheetNameKey(entry.name));
      if (sheet === undefined || slots.has(sheet) || !looksLikeOwn(sheet, entry.role)) continue;
      if (entry.role === 'summary' && entry.period !== period) keptSummaries.push({ ...entry, name: sheet.name });
      else slots.set(sheet, entry.role);
    }
  }
  const order = sheets.map((sheet) => {
    const slot = slots.get(sheet);
    return slot === undefined ? sheet.name : { slot };
  });
  for (const sheet of slots.keys()) workbook.removeWorksheet(sheet.id);
  dropSettingsNames(workbook);
  if (defaultStyle !== null && !isExceljsDefault(defaultStyle)) keepDefaultLook(workbook, defaultStyle);

  const remaining = workbook.worksheets.map((sheet) => sheet.name);
  return {
    workbook,
    keptSummaries,
    order,
    freeNames(wanted) {
      const taken = [...remaining, OWN_SHEETS_REGISTRY];
      const pick = (name: string) => {
        const free = freeSheetName(name, taken);
        taken.push(free);
        return free;
      };
      return { plan: pick(wanted.plan), summary: pick(wanted.summary), settings: pick(wanted.settings) };
    },
  };
}

/**
 * Puts the new sheets where the ones they replace were (a sheet new to the workbook goes next to the
 * product's other sheets, or after the user's), the registry last; opens the workbook on the summary.
 */
export function placeOwnSheets(source: SourceWorkbook, names: OwnSheetNames): void {
  const { workbook } = source;
  const kept = new Set(source.keptSummaries.map((sheet) => sheet.name));
  const tabs: string[] = [];
  const placed = new Set<Slot>();
  for (const item of source.order) {
    if (typeof item === 'string') {
      tabs.push(item);
    } else if (item.slot !== 'registry' && !placed.has(item.slot)) {
      placed.add(item.slot);
      tabs.push(names[item.slot]);
    }
  }
  const ownIndexes = () => tabs.flatMap((name, index) => (kept.has(name) || Object.values(names).includes(name) ? [index] : []));
  if (!placed.has('plan')) {
    const first = ownIndexes()[0];
    tabs.splice(first ?? tabs.length, 0, names.plan);
  }
  if (!placed.has('summary')) {
    const after = tabs.reduce((last, name, index) => (kept.has(name) || name === names.plan ? index : last), -1);
    tabs.splice(after + 1, 0, names.summary);
  }
  if (!placed.has('settings')) {
    const after = tabs.reduce((last, name, index) => (kept.has(name) || name === names.plan || name === names.summary ? index : last), -1);
    tabs.splice(after + 1, 0, names.settings);
  }
  tabs.push(OWN_SHEETS_REGISTRY);

  const position = new Map(tabs.map((name, index) => [name, index + 1]));
  for (const sheet of workbook.worksheets) {
    // exceljs orders the tabs by this number; its typings leave it out.
    (sheet as unknown as { orderNo: number }).orderNo = position.get(sheet.name) ?? tabs.length + 1;
    // Only the sheet the workbook opens on is selected: two selected tabs would be a group, edited together.
    const views = (sheet.views ?? []) as (Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean })[];
    if (sheet.name !== names.summary && views.some((view) => view.tabSelected)) {
      sheet.views = views.map((view) => ({ ...view, tabSelected: false }));
    }
  }
  const [window] = workbook.views ?? [];
  workbook.views = [{ x: 0, y: 0, width: 28800, height: 15600, visibility: 'visible', ...window, firstSheet: 0, activeTab: tabs.indexOf(names.summary) }];
}

/** Whether a sheet the registry names still is what the product wrote (not a sheet the user put under that name). */
function looksLikeOwn(sheet: ExcelJS.Worksheet, role: OwnSheetRole): boolean {
  const text = (value: ExcelJS.CellValue) => (typeof value === 'string' ? value : '');
  switch (role) {
    case 'plan': {
      const header = sheet.getRow(PLAN_HEADER_ROW_INDEX + 1).values;
      return Array.isArray(header) && header.some((value) => text(value as ExcelJS.CellValue).startsWith(HELPER_HEADER_PREFIX));
    }
    case 'summary':
      return text(sheet.getCell('A1').value).startsWith(SUMMARY_TITLE_PREFIX);
    case 'settings':
      return text(sheet.getCell('A1').value).startsWith(SETTINGS_TITLE_PREFIX);
  }
}

/**
 * Removes the defined names the settings sheet gives (they pointed at the old one), and the hidden
 * "_xlnm._FilterDatabase" names Excel and LibreOffice keep for each sheet's autofilter: exceljs
 * would write them back as one name for the whole workbook instead of one per sheet, and they are
 * only bookkeeping — the autofilters themselves stay with their sheets.
 */
function dropSettingsNames(workbook: ExcelJS.Workbook): void {
  const dropped = new Set<string>([...Object.values(DEFAULT_SETTINGS_NAMES), '_xlnm._FilterDatabase']);
  const model = workbook.definedNames.model;
  if (model.some((name) => dropped.has(name.name))) workbook.definedNames.model = model.filter((name) => !dropped.has(name.name));
}

/**
 * A workbook loaded by exceljs, and the file's default cell format (its first cell format, "xf 0",
 * which carries the Normal style's font). exceljs gives cells in that format no style at all and
 * writes its own default (Calibri 11) in its place, so a LibreOffice workbook's Arial 10 or an Excel
 * workbook whose default font was set to Times New Roman would change look; the format is caught
 * here, while exceljs reconciles the file, to give those cells back.
 */
export async function loadWorkbook(bytes: Uint8Array): Promise<{ workbook: ExcelJS.Workbook; defaultStyle: Partial<ExcelJS.Style> | null }> {
  const workbook = new ExcelJS.Workbook();
  let defaultStyle: Partial<ExcelJS.Style> | null = null;
  // exceljs' loader calls reconcile(model) once, with the parsed styles; its typings leave it out.
  const xlsx = workbook.xlsx as unknown as { reconcile?(model: { styles?: { getStyleModel(id: number): Partial<ExcelJS.Style> | null } }, options: unknown): void };
  if (typeof xlsx.reconcile === 'function') {
    const reconcile = xlsx.reconcile.bind(xlsx);
    xlsx.reconcile = (model, options) => {
      defaultStyle = model.styles?.getStyleModel(0) ?? null;
      reconcile(model, options);
    };
  }
  await workbook.xlsx.load(toArrayBuffer(bytes));
  return { workbook, defaultStyle };
}

/** Whether a default cell format looks as exceljs' own default does (Calibri 11, nothing else), so nothing needs restoring. */
function isExceljsDefault(style: Partial<ExcelJS.Style>): boolean {
  const { font, fill, border, numFmt } = style;
  const plainFill = fill === undefined || (fill.type === 'pattern' && fill.pattern === 'none');
  const plainBorder = border === undefined || Object.values(border).every((side) => side === undefined || !('style' in (side as object)));
  return (font === undefined || (font.name === 'Calibri' && font.size === 11)) && plainFill && plainBorder && (numFmt === undefined || numFmt === 'General');
}

/** Gives the file's default format to every cell that has no format of its own. */
function keepDefaultLook(workbook: ExcelJS.Workbook, style: Partial<ExcelJS.Style>): void {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (Object.keys(cell.style ?? {}).length === 0) cell.style = style;
      });
    });
  }
}
