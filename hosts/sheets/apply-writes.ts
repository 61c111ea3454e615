import type { FormulaConvention } from '../../src/sheet/formula-locale.js';
import type { WorkbookWrites } from '../../src/use-cases/workbook-port.js';
import type { Spreadsheet } from './host.js';
import type { SheetsBook } from './registry.js';
import { ensureDoneWords, storeSettings, writeDueSoonDays } from './settings-store.js';
import { writeColumnsUpdate } from './write-columns-update.js';
import { writeSheetModel } from './write-sheet-model.js';

/** Applies what a use case decided: whole sheets, the plan's columns, the registry, settings, then what to show. */
export function applyWrites(spreadsheet: Spreadsheet, book: SheetsBook, writes: WorkbookWrites, convention: FormulaConvention): void {
  for (const { model, replace, own } of writes.sheets) {
    const sheet = replace ? book.emptied(model.name) : book.insert(model.name, !own);
    writeSheetModel(spreadsheet, sheet, model, convention);
  }
  if (writes.doneWordsCell) ensureDoneWords(spreadsheet);
  const columns = writes.statusColumns;
  if (columns !== null) writeColumnsUpdate(book.sheet(columns.sheet)!, columns.update, columns.grid, convention);
  if (writes.registry !== null) book.saveRegistry(writes.registry);
  if (writes.settings !== null) storeSettings(writes.settings);
  if (writes.dueSoonCell !== null) writeDueSoonDays(spreadsheet, writes.dueSoonCell);
  if (writes.activate !== null) book.sheet(writes.activate)?.activate();
  if (writes.select !== null) book.sheet(writes.select.sheet)?.getRange(writes.select.cell).activate();
}
