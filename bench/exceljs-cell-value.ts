import ExcelJS from 'exceljs';
import type { CellValue } from '../src/grid/cell-value.js';
import { isoDate } from '../src/dates/calendar-date.js';

/**
 * A workbook cell's value as the core sees it: text, number, boolean, `{ date }` for a date cell
 * (a date-formatted number, which exceljs already gives as a `Date`), `{ error }` for an error.
 * Rich text and hyperlinks give their text; a formula gives its cached result (null when the file
 * holds none). A merged cell other than the range's top-left one is `null`: exceljs reports the
 * top-left value there too, but Excel shows it once.
 */
export function exceljsCellValue(cell: ExcelJS.Cell): CellValue {
  const value = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return null;
    case ExcelJS.ValueType.Formula:
      return plainValue((value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue).result);
    default:
      return plainValue(value);
  }
}

function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateCell(value);
  if (typeof value !== 'object') return String(value);
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return richText(value as ExcelJS.CellRichTextValue);
  if ('text' in value) return plainValue(value.text); // a hyperlink; its text may itself be rich text
  if ('result' in value) return plainValue(value.result); // a formula nested in a hyperlink or the like
  return null;
}

function richText(value: ExcelJS.CellRichTextValue): CellValue {
  const text = value.richText.map((run) => run.text).join('');
  return text === '' ? null : text;
}

/** exceljs turns a date serial into a `Date` at UTC midnight (plus the time of day, if any). */
function dateCell(date: Date): CellValue {
  if (Number.isNaN(date.getTime())) return { error: '########' };
  return { date: isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) };
}
