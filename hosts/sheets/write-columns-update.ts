import type { CellValue } from '../../src/grid/cell-value.js';
import type { Grid } from '../../src/grid/grid.js';
import type { CellContent, ColumnsUpdate } from '../../src/sheet-model/sheet-model.js';
import type { FormulaConvention } from '../../src/sheet/formula-locale.js';
import { columnPixels, DATE_FORMAT, GENERAL_FORMAT, LOOK_STYLES, sheetsCell } from './cell-content.js';
import { ensureSheetSize, type Sheet } from './host.js';
import { applyValidations, mergeConditionalRules } from './rules-and-validations.js';

type Column = ColumnsUpdate['columns'][number];

/**
 * Writes the product's own columns onto the user's plan sheet and nothing else: each run of adjacent
 * own columns is one block (header row down to the last task) written with one `setNumberFormats` and
 * one `setValues`; a cell of the block the update does not name gets back what the sheet held (from
 * the grid read before), and a column that holds the user's own data (`keepCells`) is not written at all. Then
 * widths and hidden helpers, the dropdowns and date checks, and the status colours merged with the
 * user's own conditional rules.
 */
export function writeColumnsUpdate(sheet: Sheet, update: ColumnsUpdate, grid: Grid, convention: FormulaConvention): void {
  const written = update.columns.filter((column) => !column.keepCells).sort((a, b) => a.column - b.column);
  const lastRow = Math.max(update.headerRow, ...written.flatMap((column) => column.cells.map((cell) => cell.row)));
  const lastColumn = Math.max(0, ...update.columns.map((column) => column.column));
  ensureSheetSize(sheet, lastRow + 1, lastColumn + 1);

  const dateColumns = new Set(update.validations.filter((v) => v.kind === 'date').flatMap((v) => range(v.range.left, v.range.right)));
  for (const run of adjacentRuns(written)) {
    const top = update.headerRow;
    const height = lastRow - top + 1;
    const values = Array.from({ length: height }, () => run.map((): string | number | boolean => ''));
    const formats = Array.from({ length: height }, (_, r) => run.map((column): string => (r > 0 && dateColumns.has(column.column) ? DATE_FORMAT : GENERAL_FORMAT)));
    run.forEach((column, c) => {
      for (let r = 1; r < height; r++) {
        const held = sheetsCell(asContent(grid.rows[top + r]?.[column.column] ?? null), convention);
        values[r]![c] = held.value;
        if (held.format !== null) formats[r]![c] = held.format;
      }
      values[0]![c] = column.header;
      for (const cell of column.cells) {
        const content = sheetsCell(cell.content, convention);
        values[cell.row - top]![c] = content.value;
        if (content.format !== null) formats[cell.row - top]![c] = content.format;
      }
    });
    const block = sheet.getRange(top + 1, run[0]!.column + 1, height, run.length);
    block.setNumberFormats(formats);
    block.setValues(values);
    const header = LOOK_STYLES.header;
    sheet
      .getRange(top + 1, run[0]!.column + 1, 1, run.length)
      .setFontWeight('bold')
      .setBackground(header.background ?? null)
      .setWrap(true);
  }
  for (const column of update.columns) {
    if (column.keepCells) continue;
    sheet.setColumnWidth(column.column + 1, columnPixels(column.width));
    if (column.hidden) sheet.hideColumns(column.column + 1);
  }
  applyValidations(sheet, update.validations);
  mergeConditionalRules(sheet, update.rules, convention);
}

/** Columns side by side, grouped so that each group is one block. */
function adjacentRuns(columns: readonly Column[]): Column[][] {
  const runs: Column[][] = [];
  for (const column of columns) {
    const run = runs[runs.length - 1];
    if (run !== undefined && run[run.length - 1]!.column === column.column - 1) run.push(column);
    else runs.push([column]);
  }
  return runs;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** A value read from the sheet, as content to write back unchanged (an error value is not kept). */
function asContent(value: CellValue): CellContent {
  if (value === null || typeof value !== 'object') return value;
  return 'date' in value ? { date: value.date } : null;
}
