import type { IsoDate } from '../../src/dates/calendar-date.js';
import type { CellValue } from '../../src/grid/cell-value.js';
import type { Grid, MergedRange } from '../../src/grid/grid.js';
import { isDate, type Sheet } from './host.js';

const ERROR_VALUE = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!)$/;

/**
 * A sheet as the core reads it, in one `getValues` (and one `getMergedRanges`): Date cells become
 * calendar dates in the spreadsheet's time zone (a date typed in Hà Nội stays that day whatever the
 * script's or the server's zone), error values become `{ error }`, empty cells null.
 */
export function readSheetGrid(sheet: Sheet, timeZone: string): Grid {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const merges: MergedRange[] = range.getMergedRanges().map((merged) => ({
    top: merged.getRow() - 1,
    left: merged.getColumn() - 1,
    bottom: merged.getLastRow() - 1,
    right: merged.getLastColumn() - 1,
  }));
  const toDate = calendarDates(timeZone);
  const rows = values.map((row) => row.map((value: unknown) => cellValue(value, toDate)));
  return { sheet: sheet.getName(), rows, merges };
}

/** Reads dates in one zone, formatting each distinct instant once. */
export function calendarDates(timeZone: string): (date: Date) => IsoDate {
  const seen = new Map<number, IsoDate>();
  return (date) => {
    const time = date.getTime();
    let iso = seen.get(time);
    if (iso === undefined) {
      iso = Utilities.formatDate(date, timeZone, 'yyyy-MM-dd');
      seen.set(time, iso);
    }
    return iso;
  };
}

function cellValue(value: unknown, toDate: (date: Date) => IsoDate): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (isDate(value)) return Number.isNaN(value.getTime()) ? null : { date: toDate(value) };
  if (typeof value === 'string') return ERROR_VALUE.test(value) ? { error: value } : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}
