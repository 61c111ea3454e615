import { OWN_SHEETS_REGISTRY, OWN_SHEETS_VERSION, readRegistry, registryRows, type OwnSheet, type OwnSheetRole } from '../src/sheet-model/own-sheets.js';
import { sheetNameKey } from '../src/sheet-model/own-sheet-names.js';
import { placeOwnSheet } from '../src/sheet-model/place-own-sheet.js';
import type { Sheet, Spreadsheet } from './host.js';

/**
 * The hidden sheet `_cchc` that lists the sheets the add-on made, in the report workbook's format
 * (adapters/xlsx-report/own-sheets.ts): only sheets listed there are ever cleared and rewritten; a
 * user's sheet that has one of our names is left alone and ours takes a free name.
 */
export class OwnSheetRegistry {
  private constructor(
    private readonly spreadsheet: Spreadsheet,
    private entries: OwnSheet[],
    /** Every sheet by name key, read once. */
    private readonly sheets: Map<string, Sheet>,
  ) {}

  static read(spreadsheet: Spreadsheet): OwnSheetRegistry {
    const sheets = new Map(spreadsheet.getSheets().map((sheet) => [sheetNameKey(sheet.getName()), sheet] as const));
    const registry = sheets.get(sheetNameKey(OWN_SHEETS_REGISTRY));
    const entries = registry === undefined ? [] : readRegistry(registry.getDataRange().getValues()).filter((entry) => sheets.has(sheetNameKey(entry.name)));
    return new OwnSheetRegistry(spreadsheet, entries, sheets);
  }

  /** Names of every sheet, ours included. */
  sheetNames(): string[] {
    return [...this.sheets.values()].map((sheet) => sheet.getName());
  }

  /** Whether a sheet is one the add-on made (or its registry). */
  isOwn(name: string): boolean {
    const key = sheetNameKey(name);
    return key === sheetNameKey(OWN_SHEETS_REGISTRY) || this.entries.some((entry) => sheetNameKey(entry.name) === key);
  }

  /** The user's sheets, in tab order. */
  userSheets(): Sheet[] {
    return [...this.sheets.values()].filter((sheet) => !this.isOwn(sheet.getName()));
  }

  /**
   * The sheet to write ours into: the one the registry lists, emptied, or a new sheet with a free
   * name (inserting a sheet makes it active in Sheets; the caller decides what to show).
   */
  claim(role: OwnSheetRole, wanted: string, period = ''): Sheet {
    const { name, replace } = placeOwnSheet(this.entries, this.sheetNames(), role, wanted, period);
    if (replace) {
      const existing = this.sheets.get(sheetNameKey(name))!;
      emptySheet(existing);
      return existing;
    }
    const sheet = this.spreadsheet.insertSheet(name, this.spreadsheet.getNumSheets());
    this.sheets.set(sheetNameKey(name), sheet);
    this.entries.push({ name, role, version: OWN_SHEETS_VERSION, period });
    return sheet;
  }

  /** Writes the registry sheet (hidden), creating it the first time. */
  save(): void {
    let sheet = this.sheets.get(sheetNameKey(OWN_SHEETS_REGISTRY));
    if (sheet === undefined) {
      sheet = this.spreadsheet.insertSheet(OWN_SHEETS_REGISTRY, this.spreadsheet.getNumSheets());
      this.sheets.set(sheetNameKey(OWN_SHEETS_REGISTRY), sheet);
    }
    const rows = registryRows(this.entries);
    sheet.clearContents();
    sheet.getRange(1, 1, rows.length, rows[0]!.length).setValues(rows);
    sheet.hideSheet();
  }
}

/** Empties one of our sheets for rewriting: values, formats, merges, checks, rules, charts, hidden columns. */
function emptySheet(sheet: Sheet): void {
  const all = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
  all.breakApart();
  all.clearDataValidations();
  sheet.clear();
  sheet.clearConditionalFormatRules();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.showColumns(1, sheet.getMaxColumns());
  sheet.setFrozenRows(0);
}
