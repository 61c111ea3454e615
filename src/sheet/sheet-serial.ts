import type { IsoDate } from '../dates/calendar-date.js';
import { dayNumber } from '../calendar/day-number.js';

const SERIAL_ZERO = dayNumber('1899-12-30');

/**
 * The spreadsheet serial number of a calendar date: days since 30/12/1899, as Excel (from March 1900),
 * Google Sheets and HyperFormula count them. No `Date`, so the same in every time zone.
 *
 * @example sheetSerial('2026-03-31') → 46112
 */
export function sheetSerial(date: IsoDate): number {
  return dayNumber(date) - SERIAL_ZERO;
}

/** 0-based index of A1 column letters: "A" → 0, "Z" → 25, "AA" → 26. */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}
