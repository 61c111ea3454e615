import { readFileSync } from 'node:fs';
import { readGridFile } from '../../io/files/read-grid-file.js';
import type { CellValue } from '../../src/grid/cell-value.js';
import type { Grid } from '../../src/grid/grid.js';
import { assessPlan } from '../../src/plan/assess-plan.js';
import { readPlan } from '../../src/plan/read-plan.js';
import type { Plan } from '../../src/plan/plan.js';
import type { CellContent, CellRange, ColumnsUpdate, SheetModel } from '../../src/sheet-model/sheet-model.js';
import { AS_OF, fixturePath, type FixtureName } from './fixture-plans.js';

export { AS_OF };

/** A fixture appendix as the grid a host reads. */
export async function fixtureGrid(name: FixtureName): Promise<Grid> {
  const file = await readGridFile(new Uint8Array(readFileSync(fixturePath(name))), `${name}.txt`);
  return file.grids[0]!;
}

export function planOf(grid: Grid): Plan {
  const result = readPlan(grid, { fallbackYear: 2000 });
  if (!result.found) throw new Error(result.issue.message);
  return result.plan;
}

/** A grid read, judged on AS_OF. */
export function judged(grid: Grid) {
  const plan = planOf(grid);
  return { plan, assessed: assessPlan(plan, { asOf: AS_OF }) };
}

/** Whether a cell holds a formula. */
export function isFormula(content: CellContent | undefined): content is { formula: string; result?: unknown } & CellContent {
  return typeof content === 'object' && content !== null && 'formula' in content;
}

/** 0-based rows of a model that hold a formula in a column. */
export function formulaRows(model: SheetModel, column: number): number[] {
  return model.rows.flatMap((row, index) => (isFormula(row[column]) ? [index] : []));
}

/** Whether a range covers exactly one column from `top` to `bottom`. */
export function columnRange(column: number, top: number, bottom: number): CellRange {
  return { top, left: column, bottom, right: column };
}

/**
 * The grid as a host would read it back after writing a columns update: headers in the header row, the
 * cells of the columns not kept cleared below the header and written (a formula as its cached result).
 */
export function applyUpdate(grid: Grid, update: ColumnsUpdate): Grid {
  const rows: CellValue[][] = grid.rows.map((row) => [...row]);
  const set = (row: number, column: number, value: CellValue) => {
    while (rows.length <= row) rows.push([]);
    const cells = rows[row]!;
    while (cells.length <= column) cells.push(null);
    cells[column] = value;
  };
  for (const column of update.columns) {
    set(update.headerRow, column.column, column.header);
    if (column.keepCells) continue;
    for (let row = update.headerRow + 1; row < rows.length; row++) if (rows[row]!.length > column.column) rows[row]![column.column] = null;
    for (const { row, content } of column.cells) set(row, column.column, shown(content));
  }
  return { ...grid, rows };
}

/** What a cell shows: a formula's cached result. */
function shown(content: CellContent): CellValue {
  if (isFormula(content)) {
    const result = content.result;
    return result === undefined ? null : (result as CellValue);
  }
  return content as CellValue;
}
