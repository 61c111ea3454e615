/// <reference types="google-apps-script" />
import type { IsoDate } from '../../src/dates/calendar-date.js';
import { formulaConventionOf, type FormulaConvention } from '../../src/sheet/formula-locale.js';

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Range = GoogleAppsScript.Spreadsheet.Range;

/** How long a click waits for another one on the same spreadsheet to finish. */
export const LOCK_WAIT_MS = 30_000;

/** The spreadsheet open, or null (a script run without one). */
export function activeSpreadsheet(): Spreadsheet | null {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** Today's calendar date where the spreadsheet is (its own time zone, not the script's nor the server's). */
export function todayIn(timeZone: string): IsoDate {
  return Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
}

/**
 * Runs `work` holding the spreadsheet's document lock, so that two clicks (or two people) never
 * interleave their reads and writes; `busy` answers a click that cannot get the lock in time.
 */
export function withDocumentLock<T>(work: () => T, busy: () => T): T {
  const lock = LockService.getDocumentLock();
  if (lock === null || !lock.tryLock(LOCK_WAIT_MS)) return busy();
  try {
    const result = work();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}

/** Whether a value from `getValues` is a Date; works across realms, unlike `instanceof`. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Makes the sheet at least this big: writing outside a sheet's grid throws in Apps Script. */
export function ensureSheetSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/**
 * Makes one of our own sheets exactly this big (no empty rows below a summary to print or scroll
 * through): one call to grow or one to shrink each way, whatever the size.
 */
export function fitSheetSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (rows < maxRows) sheet.deleteRows(rows + 1, maxRows - rows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  else if (columns < maxColumns) sheet.deleteColumns(columns + 1, maxColumns - columns);
}

/**
 * How the spreadsheet's locale writes formulas: Sheets parses a formula a script writes (setValues
 * "=…", setFormula(s), rule formulas) in the spreadsheet's locale, so every formula we write is the
 * core's canonical one put in this convention (see docs/hosts.md, "Google Sheets: formulas and locale").
 */
export function formulaConvention(spreadsheet: Spreadsheet): FormulaConvention {
  return formulaConventionOf(spreadsheet.getSpreadsheetLocale());
}
