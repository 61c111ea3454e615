import type { Grid } from '../../src/grid/grid.js';
import type { WorkbookSnapshot } from '../../src/use-cases/workbook-port.js';
import type { FormulaConvention } from '../../src/sheet/formula-locale.js';
import { todayIn, type Spreadsheet } from './host.js';
import { readSheetGrid } from './read-sheet-grid.js';
import type { SheetsBook } from './registry.js';
import { hasDoneWords, hasSettingsSheet, loadSettings, readDaysOff, readDueSoonDays } from './settings-store.js';

/** Reads once, on first use: SpreadsheetApp answers synchronously, so nothing a use case does not ask for is read. */
function once<T>(read: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: read() }).v;
}

/**
 * The spreadsheet as the use cases see it. The sheet list and the registry are read at once; the
 * settings sheet's cells and each sheet's grid (one `getValues`) only when a use case asks, and once.
 * Every sheet counts as visible: asking each one would cost a call per sheet, and a hidden sheet is
 * one the user can show again.
 */
export function sheetsSnapshot(spreadsheet: Spreadsheet, book: SheetsBook, convention: FormulaConvention): WorkbookSnapshot {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const present = once(() => hasSettingsSheet(spreadsheet));
  const doneWords = once(() => hasDoneWords(spreadsheet));
  const daysOff = once(() => readDaysOff(spreadsheet, timeZone));
  const dueSoon = once(() => readDueSoonDays(spreadsheet, convention));
  const active = once(() => spreadsheet.getActiveSheet().getName());
  const grids = new Map<string, Grid>();
  return {
    today: todayIn(timeZone),
    sheets: book.names().map((name) => ({ name, visible: true })),
    get activeSheet() {
      return active();
    },
    registry: book.registry,
    settings: loadSettings(),
    settingsSheet: {
      get present() {
        return present();
      },
      get hasDoneWords() {
        return doneWords();
      },
      get daysOff() {
        return daysOff();
      },
      get dueSoonDays() {
        return dueSoon();
      },
    },
    grid: (name) => {
      const sheet = book.sheet(name);
      if (sheet === undefined) return null;
      let grid = grids.get(name);
      if (grid === undefined) {
        grid = readSheetGrid(sheet, timeZone);
        grids.set(name, grid);
      }
      return grid;
    },
  };
}
