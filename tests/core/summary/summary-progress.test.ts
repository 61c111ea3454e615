import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/grid/cell-value.js';
import { readPlan } from '../../../src/plan/read-plan.js';
import { buildSummary, NO_LEAD_UNIT, NO_SECTION_TITLE } from '../../../src/summary/build-summary.js';
import { assessForPeriod } from '../../../src/summary/assess-for-period.js';
import { quarterAfter } from '../../../src/summary/next-quarter.js';
import { calendarQuarters, ministryPeriods } from '../../../src/summary/report-periods.js';
import { brief } from '../../helpers/summary-brief.js';

function planOf(rows: CellValue[][]) {
  const result = readPlan({ sheet: 'Phụ lục', rows, merges: [] }, { fallbackYear: 2000 });
  if (!result.found) throw new Error(result.issue.message);
  return result.plan;
}

const HEADER = ['STT', 'Nhiệm vụ', 'Sản phẩm', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Tình trạng', 'Ngày hoàn thành'];

/** A plan whose clerk has filled in Tình trạng and Ngày hoàn thành up to mid-March 2026. */
const TRACKED = planOf([
  ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026'],
  HEADER,
  ['1', 'Ban hành Kế hoạch CCHC năm 2026', 'Kế hoạch', 'Phòng Văn hóa - Xã hội', 'Trước ngày 15/01/2026', 'Hoàn thành', '10/01/2026'],
  ['2', 'Ban hành Kế hoạch tuyên truyền CCHC', 'Kế hoạch', 'Phòng VHXH', 'Trước ngày 31/01/2026', 'Hoàn thành', '05/02/2026'],
  ['I', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH'],
  ['3', 'Xây dựng Kế hoạch kiểm tra CCHC', 'Kế hoạch', 'Văn phòng HĐND và UBND; Phòng Văn hóa - Xã hội', 'Tháng 2/2026', 'Đang thực hiện', ''],
  ['4', 'Rà soát thủ tục hành chính', 'Báo cáo', 'Trung tâm Phục vụ HCC', 'Quý I/2026', 'Hoàn thành', ''],
  ['5', 'Số hóa hồ sơ thủ tục hành chính', 'Hồ sơ số hóa', 'Trung tâm Phục vụ hành chính công', 'Thường xuyên', 'Đang thực hiện', ''],
  ['6', 'Báo cáo CCHC hằng quý', 'Báo cáo', 'Phòng Văn hóa - Xã hội, Văn phòng HĐND và UBND', 'Hàng quý', 'Hoàn thành', '10/03/2026'],
  ['7', 'Tập huấn nghiệp vụ CCHC', 'Lớp tập huấn', 'Phòng Văn hóa - Xã hội', 'Tháng 5/2026', '', ''],
  ['8', 'Ban hành Quy chế làm việc', 'Quy chế', 'Văn phòng HĐND và UBND', 'Tháng 6/2026', 'Hoàn thành', '01/03/2026'],
  ['9', 'Tổ chức đối thoại với người dân', 'Hội nghị', 'Phòng Văn hóa - Xã hội', 'Trước ngày 10/3/2026', 'Chưa thực hiện', ''],
]);

describe('a plan with progress entered, the Quý I/2026 report made on 20/03/2026 (judged on 14/03)', () => {
  const summary = buildSummary(assessForPeriod(TRACKED, ministryPeriods(2026)[0]!, { asOf: '2026-03-20' }), ministryPeriods(2026)[0]!);

  it('reads the plan without a finding', () => {
    expect(TRACKED.issues).toEqual([]);
    expect(TRACKED.tasks).toHaveLength(9);
  });

  it('counts done on time, done late, done without a date, overdue, continuous and not yet due', () => {
    // On time: 1 (10/01 ≤ 14/01), 6 (this quarter's report on 10/03), 8 (ahead of June). Late: 2 (05/02 > 30/01).
    // Done without a date: 4. Overdue: 3 (due 28/02), 9 (due 09/03). Continuous: 5. Not yet due: 7 (May).
    expect(summary.totals).toEqual({
      total: 9,
      byStatus: { DONE_ON_TIME: 3, DONE_LATE: 1, DONE: 1, OVERDUE: 2, DUE_SOON: 0, IN_PROGRESS: 0, NOT_DUE: 1, CONTINUOUS: 1, NO_DEADLINE: 0, INVALID: 0 },
      percent: { DONE_ON_TIME: 33.3, DONE_LATE: 11.1, DONE: 11.1, OVERDUE: 22.2, DUE_SOON: 0, IN_PROGRESS: 0, NOT_DUE: 11.1, CONTINUOUS: 11.1, NO_DEADLINE: 0, INVALID: 0 },
      dueByCutOff: 4,
      doneOfDue: 2,
      completionRate: 50,
    });
  });

  it('leaves work done ahead of its due date out of the completion rate, so it cannot pass 100%', () => {
    // Due by 14/03: 1, 2, 3, 9, of which 1 and 2 are done. 4 (due 31/03), 6 (31/03) and 8 (30/06) are done
    // but not yet due: counting them would make 5 done of 4 due.
    expect([summary.totals.dueByCutOff, summary.totals.doneOfDue, summary.totals.completionRate]).toEqual([4, 2, 50]);
  });

  it('puts the tasks above the first section row under "(Chưa thuộc mục nào)", first', () => {
    expect(summary.sections.map((section) => [section.label, section.title, brief(section)])).toEqual([
      [null, NO_SECTION_TITLE, { total: 2, DONE_ON_TIME: 1, DONE_LATE: 1, due: 2, done: 2, rate: 100 }],
      ['I', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH', { total: 7, DONE_ON_TIME: 2, DONE: 1, OVERDUE: 2, NOT_DUE: 1, CONTINUOUS: 1, due: 2, done: 0, rate: 0 }],
    ]);
  });

  it('counts a task with two lead units for each, and says how many such tasks there are', () => {
    // 3 "Văn phòng HĐND và UBND; Phòng Văn hóa - Xã hội" and 6 "Phòng Văn hóa - Xã hội, Văn phòng HĐND và UBND".
    expect(summary.tasksWithSeveralLeads).toBe(2);
    expect(summary.units.map((unit) => [unit.unit, brief(unit)])).toEqual([
      ['Phòng Văn hóa - Xã hội', { total: 6, DONE_ON_TIME: 2, DONE_LATE: 1, OVERDUE: 2, NOT_DUE: 1, due: 4, done: 2, rate: 50 }],
      ['Văn phòng HĐND và UBND', { total: 3, DONE_ON_TIME: 2, OVERDUE: 1, due: 1, done: 0, rate: 0 }],
      // "Trung tâm Phục vụ HCC" and "… hành chính công" once each: the first spelling seen names the unit.
      ['Trung tâm Phục vụ HCC', { total: 2, DONE: 1, CONTINUOUS: 1, due: 0, done: 0, rate: null }],
    ]);
  });

  it('lists the overdue tasks with their leads, deadline text and days overdue', () => {
    expect(summary.overdue).toEqual([
      {
        row: 6,
        stt: '3',
        section: 'I',
        task: 'Xây dựng Kế hoạch kiểm tra CCHC',
        lead: ['Văn phòng HĐND và UBND', 'Phòng Văn hóa - Xã hội'],
        deadlineText: 'Tháng 2/2026',
        kind: 'period',
        due: '2026-02-28',
        status: 'OVERDUE',
        daysOverdue: 14,
      },
      {
        row: 12,
        stt: '9',
        section: 'I',
        task: 'Tổ chức đối thoại với người dân',
        lead: ['Phòng Văn hóa - Xã hội'],
        deadlineText: 'Trước ngày 10/3/2026',
        kind: 'date',
        due: '2026-03-09',
        status: 'OVERDUE',
        daysOverdue: 5,
      },
    ]);
  });

  it('reminds of work falling due in Quý 2/2026 but not of work already done', () => {
    // 7 (May) is open; 6 was done for the first quarter and its second-quarter report is new work;
    // 8 (June) is done already.
    expect(summary.nextQuarter.tasks.map(({ stt, due, status }) => [stt, due, status])).toEqual([
      ['7', '2026-05-31', 'NOT_DUE'],
      ['6', '2026-06-30', 'DONE_ON_TIME'],
    ]);
  });
});

describe('units, sections and dates at the edges', () => {
  it('counts two spellings of one unit in one lead cell once, and not as a task with several leads', () => {
    const plan = planOf([['KẾ HOẠCH CCHC NĂM 2026'], HEADER, ['1', 'Ban hành kế hoạch', 'Kế hoạch', 'Phòng VHXH; Phòng Văn hóa - Xã hội', 'Quý I/2026', '', '']]);
    const summary = buildSummary(assessForPeriod(plan, ministryPeriods(2026)[0]!, { asOf: '2026-03-14' }), ministryPeriods(2026)[0]!);
    expect(summary.tasksWithSeveralLeads).toBe(0);
    expect(summary.units.map((unit) => [unit.unit, unit.total])).toEqual([['Phòng VHXH', 1]]);
  });

  it('counts a task without a lead unit under "(Chưa có đơn vị chủ trì)", last', () => {
    const plan = planOf([
      ['KẾ HOẠCH CCHC NĂM 2026'],
      HEADER,
      ['1', 'Ban hành kế hoạch', 'Kế hoạch', '', 'Quý I/2026', '', ''],
      ['2', 'Tuyên truyền CCHC', 'Tin bài', 'Phòng Văn hóa - Xã hội', 'Thường xuyên', '', ''],
    ]);
    const summary = buildSummary(assessForPeriod(plan, ministryPeriods(2026)[0]!, { asOf: '2026-03-14' }), ministryPeriods(2026)[0]!);
    expect(summary.units.map((unit) => [unit.unit, brief(unit)])).toEqual([
      ['Phòng Văn hóa - Xã hội', { total: 1, CONTINUOUS: 1, due: 0, done: 0, rate: null }],
      [NO_LEAD_UNIT, { total: 1, INVALID: 1, due: 0, done: 0, rate: null }],
    ]);
  });

  it('reminds of a quarterly task marked done without a date: the mark speaks of this quarter, not the next', () => {
    const plan = planOf([
      ['KẾ HOẠCH CCHC NĂM 2026'],
      HEADER,
      ['1', 'Báo cáo CCHC hằng quý', 'Báo cáo', 'Phòng Văn hóa - Xã hội', 'Trước ngày 10 của tháng cuối quý', 'Hoàn thành', ''],
      ['2', 'Kiểm tra CCHC', 'Báo cáo', 'Phòng Văn hóa - Xã hội', 'Tháng 4/2026', 'Hoàn thành', ''],
    ]);
    const summary = buildSummary(assessForPeriod(plan, ministryPeriods(2026)[0]!, { asOf: '2026-03-14' }), ministryPeriods(2026)[0]!);
    expect(brief(summary.totals)).toMatchObject({ DONE: 2 });
    expect(summary.nextQuarter.tasks.map(({ stt, due }) => [stt, due])).toEqual([['1', '2026-06-09']]);
  });

  it('counts 29 February in the days overdue of a leap year', () => {
    const plan = planOf([['KẾ HOẠCH CCHC NĂM 2028'], HEADER, ['1', 'Ban hành kế hoạch', 'Kế hoạch', 'Phòng Văn hóa - Xã hội', 'Trước ngày 15/01/2028', '', '']]);
    const summary = buildSummary(assessForPeriod(plan, ministryPeriods(2028)[0]!, { asOf: '2028-03-20' }), ministryPeriods(2028)[0]!);
    expect(summary.overdue.map(({ due, daysOverdue }) => [due, daysOverdue])).toEqual([['2028-01-14', 60]]);
  });

  it('judges a calendar quarter on its last day and looks at the quarter after it', () => {
    const summary = buildSummary(assessForPeriod(TRACKED, calendarQuarters(2026)[0]!, { asOf: '2026-04-02' }), calendarQuarters(2026)[0]!);
    expect(summary.judgedOn).toBe('2026-03-31');
    // 4 (Quý I, done) and 6 (this quarter's report) are now due and done: 4 + 2 of 6.
    expect([summary.totals.dueByCutOff, summary.totals.doneOfDue, summary.totals.completionRate]).toEqual([6, 4, 66.7]);
    expect(summary.nextQuarter).toMatchObject({ label: 'Quý 2/2026', start: '2026-04-01', end: '2026-06-30' });
  });

  it('counts the user’s own days off in a deadline counted in working days', () => {
    const plan = planOf([
      ['KẾ HOẠCH CCHC NĂM 2026'],
      ['STT', 'Nhiệm vụ', 'Sản phẩm', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Ngày bắt đầu tính hạn'],
      ['1', 'Ban hành kế hoạch', 'Kế hoạch', 'Phòng Văn hóa - Xã hội', 'Chậm nhất 5 ngày làm việc kể từ ngày UBND Thành phố ký Quyết định', '23/02/2026'],
    ]);
    const period = ministryPeriods(2026)[0]!;
    // Tue 24, Wed 25, Thu 26, Fri 27 February, Mon 2 March → due 02/03; with 02/03 off → 03/03.
    expect(buildSummary(assessForPeriod(plan, period, { asOf: '2026-03-14' }), period).overdue.map(({ due, daysOverdue }) => [due, daysOverdue])).toEqual([['2026-03-02', 12]]);
    expect(buildSummary(assessForPeriod(plan, period, { asOf: '2026-03-14', daysOff: ['2026-03-02'] }), period).overdue.map(({ due, daysOverdue }) => [due, daysOverdue])).toEqual([
      ['2026-03-03', 11],
    ]);
  });

  it('says nothing was due when the plan has no task', () => {
    const summary = buildSummary(assessForPeriod(planOf([['KẾ HOẠCH CCHC NĂM 2026'], HEADER]), ministryPeriods(2026)[1]!, { asOf: '2026-06-14' }), ministryPeriods(2026)[1]!);
    expect(summary.totals).toMatchObject({ total: 0, dueByCutOff: 0, doneOfDue: 0, completionRate: null, percent: expect.objectContaining({ OVERDUE: 0 }) });
    expect(summary.sections).toEqual([]);
    expect(summary.units).toEqual([]);
    expect(summary.nextQuarter.tasks).toEqual([]);
  });
});

describe('quarterAfter', () => {
  it.each([
    ['2026-03-14', 'Quý 2/2026', '2026-04-01', '2026-06-30'],
    ['2026-06-14', 'Quý 3/2026', '2026-07-01', '2026-09-30'],
    ['2026-09-14', 'Quý 4/2026', '2026-10-01', '2026-12-31'],
    ['2026-12-14', 'Quý 1/2027', '2027-01-01', '2027-03-31'],
    ['2026-12-31', 'Quý 1/2027', '2027-01-01', '2027-03-31'],
  ])('after %s is %s', (date, label, start, end) => {
    expect(quarterAfter(date)).toEqual({ label, start, end });
  });
});

describe('a report made after its cut-off', () => {
  it('counts work completed after the cut-off as still in progress on the cut-off', () => {
    const plan = planOf([
      ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026'],
      HEADER,
      ['1', 'Ban hành Kế hoạch CCHC năm 2026', 'Kế hoạch', 'Phòng Văn hóa - Xã hội', 'Tháng 3/2026', 'Hoàn thành', '16/03/2026'],
      ['2', 'Ban hành Kế hoạch tuyên truyền CCHC', 'Kế hoạch', 'Phòng Văn hóa - Xã hội', 'Tháng 3/2026', 'Hoàn thành', '12/03/2026'],
    ]);
    const summary = buildSummary(assessForPeriod(plan, ministryPeriods(2026)[0]!, { asOf: '2026-03-18' }), ministryPeriods(2026)[0]!);
    expect(summary.judgedOn).toBe('2026-03-14');
    expect(summary.totals.byStatus).toMatchObject({ DONE_ON_TIME: 1, IN_PROGRESS: 1 });
  });
});
