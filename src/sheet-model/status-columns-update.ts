import { columnLetters } from '../grid/address.js';
import type { CellValue } from '../grid/cell-value.js';
import type { Grid } from '../grid/grid.js';
import type { AssessedPlan } from '../plan/assess-plan.js';
import type { Plan, ProgressColumn } from '../plan/plan.js';
import { PLAN_SHEET_COLUMNS, PROGRESS_CHOICES } from '../sheet/plan-sheet-layout.js';
import { DEFAULT_SETTINGS_NAMES, HELPER_HEADERS } from '../sheet/row-formulas.js';
import type { RowRefs } from '../sheet/sheet-formulas.js';
import { HELPER_WIDTH, statusRules } from './plan-table-model.js';
import { rowFormulasByShape } from './row-formulas-by-shape.js';
import { cellRange } from './sheet-model-builder.js';
import type { CellContent, CellRange, ColumnsUpdate, Validation } from './sheet-model.js';

type UpdateColumn = ColumnsUpdate['columns'][number];

const TRACKING: readonly ProgressColumn[] = ['progress', 'completedOn', 'dueOverride', 'eventDate'];

/**
 * The add-ins' "Cập nhật trạng thái" on the user's own plan sheet (`grid`, read and judged as
 * `assessed`): the product's columns, placed so that nothing of the user's moves or changes.
 *
 * - The tracking columns (Tình trạng, Ngày hoàn thành, Hạn cụ thể, Ngày bắt đầu tính hạn): a column
 *   the sheet has already (the reader found it) is kept as it is (`keepCells`, nothing written);
 *   a missing one is added after the last used column, headed in the header row, empty, with the
 *   progress dropdown or date validation on the task rows.
 * - "Hạn (tự tính)" and "Trạng thái (tự tính)" with the live formulas (and the results the core
 *   computed) on every task row, then the hidden helper columns the formulas read. The reader skips
 *   these columns, so they are found here by their headers in the header row(s), equal to ours (the
 *   helpers as one block, in order): a second run rewrites the same columns in the same place.
 * - The status colours over the task rows' span, driven by the status column.
 *
 * Only a task's first row gets formulas: section rows, continuation rows and blank rows get nothing.
 * Rows are 0-based here (a task's `row` is 1-based).
 *
 * @example statusColumnsUpdate(grid, assessPlan(plan, { asOf })).columns.map((column) => column.header)
 *   → ['Tình trạng', 'Ngày hoàn thành', 'Hạn cụ thể', 'Ngày bắt đầu tính hạn', 'Hạn (tự tính)', 'Trạng thái (tự tính)', 'CCHC·loại hạn', …]
 */
export function statusColumnsUpdate(grid: Grid, assessed: AssessedPlan): ColumnsUpdate {
  const { layout } = assessed.plan;
  const headerRows = layout.headerRows.length > 0 ? layout.headerRows : [Math.max(0, layout.firstDataRow - 1)];
  const headerRow = headerRows[0]!;
  const headerTexts = headerCells(grid, headerRows);
  let nextFree = lastUsedColumn(grid, headerRow) + 1;
  const allocate = (count: number) => {
    const column = nextFree;
    nextFree += count;
    return column;
  };

  // Where each of our columns is, or will be: found ones first, so that new ones go after them all.
  const found = {
    due: findHeader(headerTexts, headerOf('due')),
    status: findHeader(headerTexts, headerOf('status')),
    helpers: findHelperBlock(headerTexts),
  };
  for (const column of [found.due, found.status, found.helpers]) if (column !== null && column >= nextFree) nextFree = column + 1;
  if (found.helpers !== null) nextFree = Math.max(nextFree, found.helpers + HELPER_HEADERS.length);
  const tracking = new Map<ProgressColumn, { column: number; own: boolean }>();
  for (const key of TRACKING) {
    const own = layout.columns[key];
    tracking.set(key, own === undefined ? { column: allocate(1), own: false } : { column: own, own: true });
  }
  const due = found.due ?? allocate(1);
  const status = found.status ?? allocate(1);
  const firstHelper = found.helpers ?? allocate(HELPER_HEADERS.length);

  const at = (key: ProgressColumn) => tracking.get(key)!.column;
  const refsOf = (row: number): RowRefs => ({
    row,
    progress: columnLetters(at('progress')),
    completedOn: columnLetters(at('completedOn')),
    dueOverride: columnLetters(at('dueOverride')),
    eventDate: columnLetters(at('eventDate')),
    due: columnLetters(due),
    firstHelper: columnLetters(firstHelper),
  });
  const formulasOf = rowFormulasByShape(refsOf, DEFAULT_SETTINGS_NAMES);

  const dueCells: { row: number; content: CellContent }[] = [];
  const statusCells: { row: number; content: CellContent }[] = [];
  const helperCells: { row: number; content: CellContent }[][] = HELPER_HEADERS.map(() => []);
  const taskRows: number[] = [];
  for (const { task, deadline, status: judged, invalid } of assessed.tasks) {
    const row = task.row - 1;
    const formulas = formulasOf(deadline, invalid, task.row);
    dueCells.push({ row, content: { formula: formulas.due, result: judged.due === null ? '' : { date: judged.due } } });
    statusCells.push({ row, content: { formula: formulas.status, result: judged.label } });
    formulas.helpers.forEach((value, index) => {
      if (value !== null) helperCells[index]!.push({ row, content: value });
    });
    taskRows.push(row);
  }

  const columns: UpdateColumn[] = [];
  for (const key of TRACKING) {
    const { column, own } = tracking.get(key)!;
    columns.push({ column, header: headerOf(key), width: widthOf(key), hidden: false, keepCells: own, cells: [] });
  }
  columns.push({ column: due, header: headerOf('due'), width: widthOf('due'), hidden: false, keepCells: false, cells: dueCells });
  columns.push({ column: status, header: headerOf('status'), width: widthOf('status'), hidden: false, keepCells: false, cells: statusCells });
  HELPER_HEADERS.forEach((header, index) => {
    columns.push({ column: firstHelper + index, header, width: HELPER_WIDTH, hidden: true, keepCells: false, cells: helperCells[index]! });
  });

  taskRows.sort((a, b) => a - b);
  const runs = rowRuns(taskRows);
  const validations: Validation[] = [];
  for (const key of TRACKING) {
    const { column, own } = tracking.get(key)!;
    if (own) continue;
    for (const [top, bottom] of runs) {
      const range = cellRange(top, column, bottom, column);
      validations.push(key === 'progress' ? { range, kind: 'list', choices: PROGRESS_CHOICES } : { range, kind: 'date' });
    }
  }
  const rules =
    taskRows.length === 0
      ? []
      : statusRules(
          ruleRange(
            layout,
            taskRows,
            [...tracking.values()].map((item) => item.column),
            status,
          ),
          columnLetters(status),
        );
  return { headerRow, columns, validations, rules };
}

/** The validation messages of a columns update's validations (the dropdown warns, the date columns refuse). */
export { DATE_MESSAGE, PROGRESS_MESSAGE } from './plan-table-model.js';

function headerOf(key: (typeof PLAN_SHEET_COLUMNS)[number]['key']): string {
  return PLAN_SHEET_COLUMNS.find((column) => column.key === key)!.header;
}

function widthOf(key: (typeof PLAN_SHEET_COLUMNS)[number]['key']): number {
  return PLAN_SHEET_COLUMNS.find((column) => column.key === key)!.width;
}

/** A header cell's text as compared with ours: trimmed, spaces squeezed, in one Unicode form. */
function headerText(value: CellValue | undefined): string {
  return typeof value === 'string' ? value.normalize('NFC').replace(/\s+/g, ' ').trim() : '';
}

/** Column by column, the texts of the header rows. */
function headerCells(grid: Grid, headerRows: readonly number[]): string[][] {
  const width = Math.max(0, ...headerRows.map((row) => grid.rows[row]?.length ?? 0));
  return Array.from({ length: width }, (_, column) => headerRows.map((row) => headerText(grid.rows[row]?.[column])));
}

/** The first column one of whose header cells is `header`, or null. */
function findHeader(headers: readonly (readonly string[])[], header: string): number | null {
  const index = headers.findIndex((texts) => texts.includes(header));
  return index < 0 ? null : index;
}

/** The first column of a block of columns headed, left to right, with the helper headers; null when there is none whole. */
function findHelperBlock(headers: readonly (readonly string[])[]): number | null {
  for (let start = 0; start + HELPER_HEADERS.length <= headers.length; start++) {
    if (HELPER_HEADERS.every((header, index) => headers[start + index]!.includes(header))) return start;
  }
  return null;
}

/**
 * The last column holding anything from the header row down (or merged into a cell there): the
 * product's columns go to its right. A title merged across the top above the header does not count.
 */
function lastUsedColumn(grid: Grid, headerRow: number): number {
  let last = -1;
  grid.rows.forEach((row, index) => {
    if (index < headerRow) return;
    for (let column = row.length - 1; column > last; column--) {
      const value = row[column];
      if (value !== null && value !== undefined && value !== '') {
        last = column;
        break;
      }
    }
  });
  for (const merge of grid.merges ?? []) if (merge.bottom >= headerRow && merge.right > last) last = merge.right;
  return last;
}

/** Runs of consecutive rows, [first, last], from rows in ascending order. */
function rowRuns(rows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[1] + 1 === row) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}

/** The task rows' span, across the table's columns and the visible columns of ours. */
function ruleRange(layout: Plan['layout'], taskRows: readonly number[], tracking: readonly number[], status: number): CellRange {
  const columns = [...Object.values(layout.columns), ...layout.extraColumns.map((extra) => extra.column), ...tracking, status];
  return cellRange(taskRows[0]!, Math.min(...columns), taskRows[taskRows.length - 1]!, Math.max(...columns));
}
