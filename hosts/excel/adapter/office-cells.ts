import { fromSerialDate } from '../../../src/dates/calendar-date.js';
import type { CellValue } from '../../../src/grid/cell-value.js';
import type { Grid, MergedRange } from '../../../src/grid/grid.js';
import { columnIndex } from '../../../src/sheet/sheet-serial.js';
import type { CellContent } from '../../../src/sheet-model/sheet-model.js';
import { typedCellInput } from '../../../src/sheet-model/typed-cell-input.js';

export { DATE_FORMAT } from '../../../src/sheet-model/typed-cell-input.js';

/** What office.js is given for one cell: the `formulas` entry (null leaves the cell as it is) and its number format. */
export interface OfficeCell {
  readonly formula: string | number | boolean | null;
  readonly format: string | null;
}

/**
 * One cell of a sheet model as office.js takes it in `range.formulas`: text quoted when Excel would
 * read it as a formula, a number or a date ("=abc" → "'=abc", "0012" → "'0012"), a date as its serial number with a dd/mm/yyyy format, a
 * formula with its "=". The core's cached result is not needed: Excel computes it.
 *
 * @example officeCell({ date: '2026-03-31' }) → { formula: 46112, format: 'dd/mm/yyyy' }
 */
export function officeCell(content: CellContent): OfficeCell {
  const { input, format } = typedCellInput(content, (formula) => formula);
  return { formula: input, format };
}

/**
 * Whether an Excel number format shows a date: it has day or year codes outside quotes and brackets
 * (colours, locales); a time-only format (h:mm) has neither.
 *
 * @example isDateFormat('dd/mm/yyyy') → true; isDateFormat('0.0%') → false; isDateFormat('[$-42A]d mmmm yyyy') → true
 */
export function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .toLowerCase();
  if (bare === 'general' || bare === '@') return false;
  return /[dy]/.test(bare);
}

/**
 * A grid from a used range read once: its values and number formats, placed at their real row and
 * column (the used range may start at C5, the grid always starts at A1 so that findings name the
 * right cells), with the sheet's merged cells. A number shown as a date becomes `{ date }`; "#N/A"
 * and the other errors become `{ error }`; empty cells are null.
 */
export function gridFromRange(sheet: string, top: number, left: number, values: readonly (readonly unknown[])[], formats: readonly (readonly unknown[])[], merges: readonly MergedRange[] = []): Grid {
  const pad: null[] = new Array<null>(left).fill(null);
  const rows: CellValue[][] = [];
  for (let r = 0; r < top; r++) rows.push([]);
  values.forEach((row, r) => {
    rows.push([...pad, ...row.map((value, c) => cellValue(value, formats[r]?.[c]))]);
  });
  return { sheet, rows, merges };
}

/** One area of a RangeAreas address, after its sheet name (if any): "C2:D3", "$C$2:$D$3" or "C2". */
const AREA = /(?:^|[!,]\s*)\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?(?=\s*,|\s*$)/g;

/**
 * The merged areas of a sheet from the address of `getMergedAreasOrNullObject()`, 0-based.
 *
 * @example mergedRanges("'Phụ lục'!C2:D2, 'Phụ lục'!A1:E1") → [{ top: 1, left: 2, bottom: 1, right: 3 }, { top: 0, left: 0, bottom: 0, right: 4 }]
 */
export function mergedRanges(address: string): MergedRange[] {
  return [...address.matchAll(AREA)].map(([, firstColumn, firstRow, lastColumn, lastRow]) => ({
    top: Number(firstRow) - 1,
    left: columnIndex(firstColumn!),
    bottom: Number(lastRow ?? firstRow) - 1,
    right: columnIndex(lastColumn ?? firstColumn!),
  }));
}

const ERRORS = /^#(N\/A|NAME\?|REF!|VALUE!|DIV\/0!|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)$/;

function cellValue(value: unknown, format: unknown): CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') {
    if (typeof format === 'string' && isDateFormat(format) && value >= 1 && value < 2958466) return { date: fromSerialDate(value) };
    return value;
  }
  if (typeof value === 'boolean') return value;
  const text = String(value);
  return ERRORS.test(text) ? { error: text } : text;
}
