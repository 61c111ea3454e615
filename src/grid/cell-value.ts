/** A spreadsheet error value as a host reports it, e.g. `#N/A`. */
export interface CellError {
  readonly error: string;
}

/**
 * One cell's value as the core sees it, whatever host it came from.
 * Dates are calendar dates (`2026-06-15`), already freed of any host's time zone.
 */
export type CellValue = string | number | boolean | CalendarDateCell | CellError | null;

/** A cell that holds a real date (an Excel date cell, a Sheets Date object). */
export interface CalendarDateCell {
  readonly date: string;
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

export function isDateCell(value: CellValue): value is CalendarDateCell {
  return typeof value === 'object' && value !== null && 'date' in value;
}
