import { describe, expect, it } from 'vitest';
import { summarySheetModel } from '../../../src/sheet-model/summary-sheet-model.js';
import { STATUS_CODES, STATUS_LABELS } from '../../../src/status/status-codes.js';
import { buildSummary } from '../../../src/summary/build-summary.js';
import { groupCount, usedStatusGroups } from '../../../src/summary/status-groups.js';
import { assessForPeriod } from '../../../src/summary/assess-for-period.js';
import { parseReportPeriod } from '../../../src/summary/report-periods.js';
import type { CellContent } from '../../../src/sheet-model/sheet-model.js';
import { FIXTURE_NAMES, readFixturePlan } from '../../helpers/fixture-plans.js';
import { AS_OF } from '../../helpers/sheet-model-inputs.js';

const cases = await Promise.all(
  FIXTURE_NAMES.map(async (name) => {
    const plan = await readFixturePlan(name);
    const summary = buildSummary(assessForPeriod(plan, parseReportPeriod('Quý I/2026')!, { asOf: AS_OF }), parseReportPeriod('Quý I/2026')!);
    return { name, plan, summary, model: summarySheetModel(summary, { name: 'Tổng hợp Quý I-2026', planTitle: plan.plan.title }) };
  }),
);

/** The row that begins with a text, by its start. */
const rowStarting = (rows: readonly (readonly CellContent[])[], start: string) => rows.findIndex((cells) => typeof cells[0] === 'string' && cells[0].startsWith(start));

describe.each(cases)('the summary sheet model of $name', ({ plan, summary, model }) => {
  it('gives the title with the period, the plan’s title and the period line, merged across and repeated on every page', () => {
    expect(model.rows.slice(0, 3).map((cells) => cells[0])).toEqual([
      'TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CCHC – Quý I/2026',
      plan.plan.title || '(Kế hoạch chưa có tiêu đề)',
      expect.stringContaining('Số liệu từ ngày 15/12/2025 đến ngày 14/03/2026 (ngày chốt số liệu); hạn gửi báo cáo: 20/03/2026; đánh giá tại ngày 14/03/2026'),
    ]);
    for (const top of [0, 1, 2]) expect(model.merges).toContainEqual({ top, left: 0, bottom: top, right: model.columnWidths.length - 1 });
    expect(model.frozenRows).toBe(3);
    expect(model.printTitleRows).toEqual({ top: 0, bottom: 2 });
  });

  it('counts the tasks by status from row 7, with each status’s share, then the totals', () => {
    expect(model.rows[4]).toEqual(['I. TỔNG HỢP CHUNG']);
    expect(model.rows[5]).toEqual(['STT', 'Trạng thái', 'Số nhiệm vụ', 'Tỷ lệ']);
    STATUS_CODES.forEach((code, index) => {
      expect(model.rows[6 + index]).toEqual([index + 1, STATUS_LABELS[code], summary.totals.byStatus[code], summary.totals.percent[code] / 100]);
    });
    expect(model.rows[16]!.slice(1, 3)).toEqual(['Tổng số nhiệm vụ', summary.totals.total]);
  });

  it('charts the counts by status, from the totals table', () => {
    expect(model.chart).toEqual({
      title: 'Số nhiệm vụ theo trạng thái',
      categories: { top: 6, left: 1, bottom: 15, right: 1 },
      values: { top: 6, left: 2, bottom: 15, right: 2 },
      anchor: { row: 5, column: 5 },
    });
  });

  it('counts per section and per lead unit in the government grid’s status groups, with data bars on their completion rates', () => {
    const sections = rowStarting(model.rows, 'II. THEO MỤC');
    const units = rowStarting(model.rows, 'III. THEO ĐƠN VỊ');
    const groups = usedStatusGroups(summary.totals);
    const rate = model.columnWidths.length - 1;
    expect(model.rows[sections + 1]!.slice(0, 3)).toEqual(['Mục', 'Tên mục', STATUS_LABELS.DONE_ON_TIME]);
    expect(model.rows[sections + 1]).toEqual(['Mục', 'Tên mục', ...groups.map((group) => group.label), 'Tổng số nhiệm vụ', 'Tỷ lệ hoàn thành nhiệm vụ đến hạn']);
    expect(rate).toBe(2 + groups.length + 1);
    summary.sections.forEach((section, index) => {
      expect(model.rows[sections + 2 + index]).toEqual([
        section.label ?? '',
        section.title,
        ...groups.map((group) => groupCount(section, group)),
        section.total,
        section.completionRate === null ? null : section.completionRate / 100,
      ]);
    });
    summary.units.forEach((unit, index) => {
      const cells = model.rows[units + 2 + index]!;
      expect(cells.slice(2, 2 + groups.length).reduce<number>((sum, cell) => sum + (cell as number), 0)).toBe(unit.total);
    });
    expect(model.rows.slice(sections + 2, sections + 2 + summary.sections.length).map((cells) => cells[1])).toEqual(summary.sections.map((section) => section.title));
    expect(model.rows.slice(units + 2, units + 2 + summary.units.length).map((cells) => cells[1])).toEqual(summary.units.map((unit) => unit.unit));
    const bars = [
      ...(summary.sections.length > 0 ? [{ top: sections + 2, left: rate, bottom: sections + 1 + summary.sections.length, right: rate }] : []),
      ...(summary.units.length > 0 ? [{ top: units + 2, left: rate, bottom: units + 1 + summary.units.length, right: rate }] : []),
    ];
    expect(model.dataBars).toEqual(bars);
  });

  it('lists the overdue tasks with lead, deadline text, due date and days overdue', () => {
    const heading = rowStarting(model.rows, 'IV. NHIỆM VỤ QUÁ HẠN');
    if (summary.overdue.length === 0) {
      expect(model.rows[heading + 1]).toEqual(['Không có nhiệm vụ nào quá hạn.']);
      return;
    }
    const line = summary.overdue[0]!;
    expect(model.rows[heading + 2]).toEqual([line.stt, line.task, line.lead.join('; '), line.deadlineText, line.due === null ? null : { date: line.due }, line.daysOverdue]);
  });

  it('lists the tasks falling due in the next quarter with their status', () => {
    const heading = rowStarting(model.rows, 'V. NHIỆM VỤ ĐẾN HẠN');
    const { tasks } = summary.nextQuarter;
    if (tasks.length === 0) {
      expect(model.rows.slice(heading + 1)).toEqual([['Không có nhiệm vụ nào đến hạn trong quý này.']]);
      return;
    }
    expect(model.rows[heading + 1]![5]).toBe('Trạng thái tại ngày đánh giá');
    expect(model.rows.slice(heading + 2).map((cells) => [cells[0], cells[5]])).toEqual(tasks.map((line) => [line.stt, STATUS_LABELS[line.status]]));
  });

  it('gives every row below the title a look over the cells it writes', () => {
    model.rows.forEach((cells, row) => {
      cells.forEach((_, column) => {
        const covered = model.looks.some(({ range }) => range.top <= row && row <= range.bottom && range.left <= column && column <= range.right);
        expect(covered, `row ${row} column ${column}`).toBe(true);
      });
    });
  });
});
