import type { CellValue } from '../../../src/grid/cell-value.js';
import type { Grid, MergedRange } from '../../../src/grid/grid.js';
import { isoDate } from '../../../src/dates/calendar-date.js';
import { appendBounded, attributeOf, decodeOoxmlEscapes, streamXml } from './stream-xml.js';

/** Excel's own bounds: rows 1–1,048,576, columns A–XFD. */
const SHEET_ROWS = 1_048_576;

/**
 * Columns past this one are not read. A grid row is a dense array, so one value in column XFD
 * would make a row of 16,384 cells; no plan table is wider than a few dozen columns. 1,024 columns
 * (A–AMJ) is also what LibreOffice long allowed.
 */
export const MAX_GRID_COLUMNS = 1024;

/** Rows with no value share this one, so a lone cell in row 1,048,576 costs a pointer per row. */
const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);

/** What every sheet of a workbook shares while it is read. */
export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  /** Cells (`<c>` elements) the workbook may still hold; counted down across sheets. */
  cellBudget: number;
}

/** The workbook holds more cells than `SheetContext.cellBudget` allowed. */
export class CellLimitError extends Error {
  override readonly name = 'CellLimitError';

  constructor(readonly sheet: string) {
    super(`too many cells, at sheet ${sheet}`);
  }
}

export interface SheetGridResult {
  readonly grid: Grid;
  /** Cells with a value that lie past `MAX_GRID_COLUMNS` or Excel's last row and were not read. */
  readonly cellsOutside: number;
}

/**
 * One worksheet part as a grid, streamed: grid row r, column c is the sheet's cell at row r + 1,
 * column c + 1, so addresses stay true. Empty cells are `null`, empty cells at the end of a row are
 * left out, rows without a value are empty, empty rows at the end are left out. A merged range keeps
 * its value in its top-left cell only and is listed in `merges` (0-based, inclusive). Cell values
 * are as `cellValue` says. Everything else in the part (styles, drop-down lists, conditional
 * formats, drawings, extensions) is passed over without being kept.
 *
 * @throws MalformedXmlError, CellLimitError
 */
export function readSheetGrid(bytes: Uint8Array, part: string, sheet: string, context: SheetContext): SheetGridResult {
  const rows: CellValue[][] = [];
  const merges: MergedRange[] = [];
  let cellsOutside = 0;
  let rowIndex = -1;
  let columnIndex = -1;
  let cell: CellXml | undefined;
  let capture: 'v' | 't' | undefined;
  let captured = '';
  let inInline = false;
  let phoneticDepth = 0;

  const store = (row: number, column: number, value: CellValue) => {
    if (value === null) return;
    if (row >= SHEET_ROWS || column >= MAX_GRID_COLUMNS || row < 0 || column < 0) {
      cellsOutside += 1;
      return;
    }
    while (rows.length <= row) rows.push(EMPTY_ROW as CellValue[]);
    let cells = rows[row]!;
    if (cells === EMPTY_ROW) rows[row] = cells = [];
    while (cells.length < column) cells.push(null);
    cells[column] = value;
  };

  streamXml(bytes, part, {
    open(name, attributes) {
      switch (name) {
        case 'row': {
          const number = Number(attributes.r);
          rowIndex = Number.isInteger(number) && number > 0 ? number - 1 : rowIndex + 1;
          columnIndex = -1;
          return;
        }
        case 'c': {
          if (--context.cellBudget < 0) throw new CellLimitError(sheet);
          // A cell without a reference follows the one before it in its row.
          const at = parseCellReference(attributes.r);
          columnIndex = at === undefined ? columnIndex + 1 : at.column;
          const row = at === undefined ? Math.max(rowIndex, 0) : at.row;
          const style = attributes.s === undefined ? -1 : Number(attributes.s);
          cell = { row, type: attributes.t, dateStyled: context.dateStyles[style] === true, value: undefined, formula: false, inline: undefined };
          return;
        }
        case 'v':
          if (cell !== undefined) {
            capture = 'v';
            captured = '';
          }
          return;
        case 'f':
          if (cell !== undefined) cell.formula = true;
          return;
        case 'is':
          if (cell !== undefined) {
            inInline = true;
            cell.inline = '';
          }
          return;
        case 'rPh':
          phoneticDepth += 1;
          return;
        case 't':
          if (inInline && phoneticDepth === 0) {
            capture = 't';
            captured = '';
          }
          return;
        case 'mergeCell': {
          const range = parseRange(attributeOf(attributes, 'ref'));
          if (range !== undefined && range.left < MAX_GRID_COLUMNS && range.top < SHEET_ROWS) {
            merges.push({ ...range, right: Math.min(range.right, MAX_GRID_COLUMNS - 1) });
          }
          return;
        }
      }
    },
    text(text) {
      if (capture !== undefined) captured = appendBounded(captured, text);
    },
    close(name) {
      switch (name) {
        case 'v':
          if (capture === 'v' && cell !== undefined) cell.value = captured;
          capture = undefined;
          return;
        case 't':
          if (capture === 't' && cell !== undefined) cell.inline = appendBounded(cell.inline!, decodeOoxmlEscapes(captured));
          capture = undefined;
          return;
        case 'is':
          inInline = false;
          return;
        case 'rPh':
          phoneticDepth -= 1;
          return;
        case 'c':
          if (cell !== undefined) store(cell.row, columnIndex, cellValue(cell, context));
          cell = undefined;
          return;
      }
    },
  });

  clearMergedCells(rows, merges);
  for (let r = 0; r < rows.length; r += 1) {
    const cells = rows[r]!;
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    if (cells.length === 0) rows[r] = EMPTY_ROW as CellValue[];
  }
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return { grid: { sheet, rows, merges: sortedUnique(merges) }, cellsOutside };
}

interface CellXml {
  readonly row: number;
  readonly type: string | undefined;
  readonly dateStyled: boolean;
  value: string | undefined;
  formula: boolean;
  inline: string | undefined;
}

/**
 * A cell's value as the core sees it: text, number, boolean, `{ date }` for a number whose format
 * shows a date, `{ error }` for an error. A formula gives its cached result (null when the file holds
 * none); rich text gives its runs joined; an empty string is an empty cell.
 */
function cellValue(cell: CellXml, context: SheetContext): CellValue {
  if (cell.inline !== undefined && !cell.formula) return cell.inline === '' ? null : cell.inline;
  const raw = cell.value;
  if (raw === undefined || raw === '') return null;
  switch (cell.type) {
    case 's': {
      const text = context.sharedStrings[Number(raw)];
      return text === undefined || text === '' ? null : text;
    }
    case 'str':
    case 'inlineStr':
      return raw;
    case 'b':
      return raw.trim() !== '0' && raw.trim() !== 'false';
    case 'e':
      return { error: raw };
    case 'd':
      return isoDateCell(raw);
    default:
      return numberCell(raw, cell.dateStyled, context.date1904);
  }
}

function numberCell(raw: string, dateStyled: boolean, date1904: boolean): CellValue {
  const number = Number(raw);
  if (!Number.isFinite(number)) return raw;
  return dateStyled ? serialDate(number, date1904) : number;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * A date serial as a calendar date, counted as Excel does from 1899-12-30 (from 1904-01-01 in the
 * 1904 date system); a time of day is dropped. One too far for the computer's calendar shows as
 * Excel shows it, "########".
 */
function serialDate(serial: number, date1904: boolean): CellValue {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS));
  if (Number.isNaN(date.getTime())) return { error: '########' };
  return { date: isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) };
}

/** A `t="d"` cell holds an ISO 8601 date ("2026-01-15" or "2026-01-15T00:00:00"). */
function isoDateCell(raw: string): CellValue {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw.trim());
  return match ? { date: `${match[1]}-${match[2]}-${match[3]}` } : raw;
}

/** "F12" → row 11, column 5; "$F$12" too; undefined when it is no cell reference. */
export function parseCellReference(reference: string | undefined): { row: number; column: number } | undefined {
  if (reference === undefined) return undefined;
  let column = 0;
  let i = 0;
  const length = reference.length;
  if (reference.charCodeAt(0) === 36) i += 1; // $
  for (; i < length; i += 1) {
    const code = reference.charCodeAt(i) | 32; // lower case
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
    if (column > 16_384) return undefined;
  }
  if (column === 0) return undefined;
  if (reference.charCodeAt(i) === 36) i += 1;
  const row = Number(reference.slice(i));
  if (!Number.isInteger(row) || row < 1 || i === length) return undefined;
  return { row: row - 1, column: column - 1 };
}

function parseRange(reference: string | undefined): MergedRange | undefined {
  if (reference === undefined) return undefined;
  const [from, to = from] = reference.split(':');
  const start = parseCellReference(from);
  const end = parseCellReference(to);
  if (start === undefined || end === undefined) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/** Excel shows a merged range's value once, in its top-left cell; any value under the rest is hidden. */
function clearMergedCells(rows: CellValue[][], merges: readonly MergedRange[]): void {
  for (const { top, left, bottom, right } of merges) {
    const lastRow = Math.min(bottom, rows.length - 1);
    for (let r = top; r <= lastRow; r += 1) {
      const cells = rows[r]!;
      if (cells === EMPTY_ROW) continue;
      const lastColumn = Math.min(right, cells.length - 1);
      for (let c = r === top ? left + 1 : left; c <= lastColumn; c += 1) cells[c] = null;
    }
  }
}

function sortedUnique(ranges: MergedRange[]): MergedRange[] {
  const seen = new Set<string>();
  return ranges
    .filter(({ top, left, bottom, right }) => {
      const key = `${top},${left},${bottom},${right}`;
      return !seen.has(key) && (seen.add(key), true);
    })
    .sort((a, b) => a.top - b.top || a.left - b.left);
}
