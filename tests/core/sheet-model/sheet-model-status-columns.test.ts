import { describe, expect, it } from 'vitest';
import { columnLetters } from '../../../src/grid/address.js';
import type { CellValue } from '../../../src/grid/cell-value.js';
import type { Grid } from '../../../src/grid/grid.js';
import { statusColumnsUpdate } from '../../../src/sheet-model/status-columns-update.js';
import { PROGRESS_CHOICES } from '../../../src/sheet/plan-sheet-layout.js';
import { HELPER_HEADERS } from '../../../src/sheet/row-formulas.js';
import { statusRuleFormulas } from '../../../src/sheet/status-rule-formulas.js';
import { FIXTURE_NAMES } from '../../helpers/fixture-plans.js';
import { applyUpdate, fixtureGrid, judged } from '../../helpers/sheet-model-inputs.js';

const TRACKING_HEADERS = ['Tình trạng', 'Ngày hoàn thành', 'Hạn cụ thể', 'Ngày bắt đầu tính hạn'];
const OUR_HEADERS = [...TRACKING_HEADERS, 'Hạn (tự tính)', 'Trạng thái (tự tính)', ...HELPER_HEADERS];

const update = (grid: Grid) => {
  const { plan, assessed } = judged(grid);
  return { plan, assessed, update: statusColumnsUpdate(grid, assessed) };
};
const columnOf = (result: ReturnType<typeof statusColumnsUpdate>, header: string) => result.columns.find((column) => column.header === header)!;

const fixtures = await Promise.all(FIXTURE_NAMES.map(async (name) => ({ name, grid: await fixtureGrid(name) })));

describe.each(fixtures)('statusColumnsUpdate on $name, a sheet with no tracking columns', ({ grid }) => {
  const { plan, assessed, update: result } = update(grid);
  const lastUsed = Math.max(...grid.rows.slice(plan.layout.headerRows[0]).map((row) => row.reduce<number>((last, value, column) => (value !== null && value !== '' ? column : last), -1)));
  const taskRows = plan.tasks.map((task) => task.row - 1);

  it('adds the tracking, computed and helper columns, in order, right after the last used column', () => {
    expect(result.headerRow).toBe(plan.layout.headerRows[0]);
    expect(result.columns.map((column) => [column.column, column.header])).toEqual(OUR_HEADERS.map((header, index) => [lastUsed + 1 + index, header]));
    expect(result.columns.map((column) => column.hidden)).toEqual(OUR_HEADERS.map((_, index) => index >= 6));
    expect(result.columns.every((column) => !column.keepCells)).toBe(true);
  });

  it('leaves the new tracking columns empty and writes formulas on the task rows only', () => {
    for (const header of TRACKING_HEADERS) expect(columnOf(result, header).cells).toEqual([]);
    for (const header of ['Hạn (tự tính)', 'Trạng thái (tự tính)']) expect(columnOf(result, header).cells.map((cell) => cell.row)).toEqual(taskRows);
    const skipped = new Set([...plan.sections.map((section) => section.row - 1), ...plan.tasks.flatMap((task) => task.continuationRows.map((row) => row - 1))]);
    for (const column of result.columns) for (const cell of column.cells) expect(skipped.has(cell.row)).toBe(false);
  });

  it('points the formulas at the columns it added and caches the statuses the core computed', () => {
    const letter = (header: string) => columnLetters(columnOf(result, header).column);
    const first = columnOf(result, 'Trạng thái (tự tính)').cells[0]!;
    const due = columnOf(result, 'Hạn (tự tính)').cells[0]!;
    expect(first.content).toEqual({ formula: expect.stringContaining(`${letter('Tình trạng')}${first.row + 1}`), result: assessed.tasks[0]!.status.label });
    const dueFormula = (due.content as { formula: string }).formula;
    if (dueFormula !== '""') expect(dueFormula).toContain(`${letter('Hạn cụ thể')}${due.row + 1}`);
  });

  it('puts the dropdown and date validation on the task rows of the columns it added, and colours the task rows’ span', () => {
    const lists = result.validations.filter((validation) => validation.kind === 'list');
    expect(new Set(lists.map((validation) => validation.range.left))).toEqual(new Set([columnOf(result, 'Tình trạng').column]));
    const covered = lists.flatMap((validation) => Array.from({ length: validation.range.bottom - validation.range.top + 1 }, (_, index) => validation.range.top + index));
    expect(covered).toEqual(taskRows);
    for (const validation of lists) expect(validation).toMatchObject({ choices: PROGRESS_CHOICES });
    expect(new Set(result.validations.filter((validation) => validation.kind === 'date').map((validation) => validation.range.left))).toEqual(
      new Set(['Ngày hoàn thành', 'Hạn cụ thể', 'Ngày bắt đầu tính hạn'].map((header) => columnOf(result, header).column)),
    );
    const status = columnLetters(columnOf(result, 'Trạng thái (tự tính)').column);
    expect(result.rules.map((rule) => rule.formula)).toEqual(Object.values(pick(statusRuleFormulas(status, taskRows[0]! + 1))));
    for (const rule of result.rules) expect([rule.range.top, rule.range.bottom]).toEqual([taskRows[0], taskRows[taskRows.length - 1]]);
  });

  it('reuses its columns on a second run, and a third run gives the same update as the second', () => {
    const second = update(applyUpdate(grid, result)).update;
    expect(second.columns.map((column) => [column.column, column.header])).toEqual(result.columns.map((column) => [column.column, column.header]));
    expect(second.columns.map((column) => column.keepCells)).toEqual(OUR_HEADERS.map((_, index) => index < 4));
    expect(second.columns.slice(4)).toEqual(result.columns.slice(4));
    expect(second.rules).toEqual(result.rules);
    const third = update(applyUpdate(applyUpdate(grid, result), second)).update;
    expect(third).toEqual(second);
  });
});

/** The rule formulas in the order the rules come: invalid, overdue, due soon, done. */
function pick(formulas: ReturnType<typeof statusRuleFormulas>) {
  return { invalid: formulas.invalid, overdue: formulas.overdue, dueSoon: formulas.dueSoon, done: formulas.done };
}

describe('statusColumnsUpdate on a clerk’s sheet with her own "Tình trạng" column', () => {
  const rows: CellValue[][] = [
    ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026'],
    [],
    ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Sản phẩm', 'Tình trạng', 'Ghi chú'],
    ['I', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH'],
    [1, 'Ban hành kế hoạch CCHC năm 2026', 'Phòng Văn hóa - Xã hội', 'Trước ngày 15/01/2026', 'Kế hoạch', 'Hoàn thành', 'Đúng hạn'],
    [2, 'Rà soát thủ tục hành chính', 'Văn phòng HĐND và UBND', 'Quý I/2026', 'Báo cáo', 'Đang thực hiện', null],
    [null, 'và công bố kết quả rà soát', null, null, null, null, null],
    ['II', 'CẢI CÁCH THỂ CHẾ'],
    [3, 'Tổ chức đối thoại với người dân', 'Phòng Văn hóa - Xã hội', 'Thường xuyên', 'Biên bản', null, null],
  ];
  const grid: Grid = { sheet: 'Kế hoạch 2026', rows };
  const { plan, update: result } = update(grid);

  it('keeps her column where it is, writes nothing in it and adds no second one', () => {
    expect(plan.layout.columns.progress).toBe(5);
    expect(result.columns.filter((column) => column.header === 'Tình trạng')).toEqual([{ column: 5, header: 'Tình trạng', width: 16, hidden: false, keepCells: true, cells: [] }]);
    expect(result.validations.some((validation) => validation.kind === 'list')).toBe(false);
  });

  it('adds the other columns after "Ghi chú", her last column, and reads her progress from column F', () => {
    expect(result.columns.filter((column) => !column.keepCells).map((column) => column.column)).toEqual(OUR_HEADERS.slice(1).map((_, index) => 7 + index));
    const status = columnOf(result, 'Trạng thái (tự tính)');
    expect(status.cells.map((cell) => cell.row)).toEqual([4, 5, 8]);
    expect(status.cells[0]!.content).toMatchObject({ formula: expect.stringContaining('F5'), result: 'Hoàn thành' });
  });

  it('colours her table’s task rows, from the first task to the last, across her columns and ours', () => {
    for (const rule of result.rules) expect(rule.range).toEqual({ top: 4, left: 0, bottom: 8, right: columnOf(result, 'Trạng thái (tự tính)').column });
  });
});
