import { OWN_SHEETS_REGISTRY, readRegistry, registryRows, type OwnSheet } from '../../src/sheet-model/own-sheets.js';
import { sheetNameKey } from '../../src/sheet-model/own-sheet-names.js';
import type { Sheet, Spreadsheet } from './host.js';

/**
 * The spreadsheet's sheets, read once, and the hidden sheet `_cchc` that lists the sheets the
 * add-on made, in the report workbook's format: only sheets listed there are ever emptied and
 * rewritten (which ones is the use cases' decision; this only reads and writes).
 */
export class SheetsBook {
  private constructor(
    private readonly spreadsheet: Spreadsheet,
    /** Every sheet by name key, in tab order. */
    private readonly byKey: Map<string, Sheet>,
    readonly registry: readonly OwnSheet[],
  ) {}

  static read(spreadsheet: Spreadsheet): SheetsBook {
    const byKey = new Map(spreadsheet.getSheets().map((sheet) => [sheetNameKey(sheet.getName()), sheet] as const));
    const registry = byKey.get(sheetNameKey(OWN_SHEETS_REGISTRY));
    const entries = registry === undefined ? [] : readRegistry(registry.getDataRange().getValues()).filter((entry) => byKey.has(sheetNameKey(entry.name)));
    return new SheetsBook(spreadsheet, byKey, entries);
  }

  /** Every sheet's name, in tab order. */
  names(): string[] {
    return [...this.byKey.values()].map((sheet) => sheet.getName());
  }

  sheet(name: string): Sheet | undefined {
    return this.byKey.get(sheetNameKey(name));
  }

  /** A new sheet: at the front for the user's (the template), after the others for ours. */
  insert(name: string, front: boolean): Sheet {
    const sheet = this.spreadsheet.insertSheet(name, front ? 0 : this.spreadsheet.getNumSheets());
    this.byKey.set(sheetNameKey(name), sheet);
    return sheet;
  }

  /** One of our sheets, emptied for rewriting. */
  emptied(name: string): Sheet {
    const sheet = this.byKey.get(sheetNameKey(name))!;
    emptySheet(sheet);
    return sheet;
  }

  /** Writes the registry sheet (hidden), creating it the first time. */
  saveRegistry(entries: readonly OwnSheet[]): void {
    const sheet = this.sheet(OWN_SHEETS_REGISTRY) ?? this.insert(OWN_SHEETS_REGISTRY, false);
    const rows = registryRows(entries);
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
