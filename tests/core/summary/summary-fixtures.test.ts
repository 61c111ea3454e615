import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../../src/summary/build-summary.js';
import { assessForPeriod } from '../../../src/summary/assess-for-period.js';
import { parseReportPeriod } from '../../../src/summary/report-periods.js';
import type { ReportPeriod } from '../../../src/summary/summary.js';
import { readFixturePlan } from '../../helpers/fixture-plans.js';
import { brief } from '../../helpers/summary-brief.js';

/*
 * Every number below was counted by hand from tests/fixtures/plans/*.txt and the rules of
 * docs/domain.md ("Task status"), with no progress entered in any plan.
 */

const periodOf = (text: string): ReportPeriod => {
  const period = parseReportPeriod(text);
  if (period === null) throw new Error(`not a period: ${text}`);
  return period;
};

describe('Trần Hưng Đạo, the Quý I/2026 report made on its cut-off day, 14/03/2026', async () => {
  const plan = await readFixturePlan('tran-hung-dao-2026');
  const summary = buildSummary(assessForPeriod(plan, periodOf('Quý I/2026'), { asOf: '2026-03-14' }), periodOf('Quý I/2026'));

  it('is judged on the cut-off', () => {
    expect(summary.period).toMatchObject({ label: 'Quý I/2026', cutOff: '2026-03-14' });
    expect(summary.judgedOn).toBe('2026-03-14');
  });

  it('counts 47 tasks: 2 overdue, 31 in progress, 2 not yet due, 10 continuous, 2 waiting for a date', () => {
    // Overdue: 1 "Trước ngày 15/01/2026", 2 "Trước ngày 10 của tháng cuối quý" (due 09/03).
    // Not yet due: 45 "Tháng 10/2026", 46 "Tháng 8-9/2026". Continuous: 19–28 "Thường xuyên".
    // Waiting: 4 "Theo thời gian đánh giá hàng năm của Bộ Y tế", 9 "Khi thành phố triển khai KH tổ chức".
    expect(summary.totals).toEqual({
      total: 47,
      byStatus: { DONE_ON_TIME: 0, DONE_LATE: 0, DONE: 0, OVERDUE: 2, DUE_SOON: 0, IN_PROGRESS: 31, NOT_DUE: 2, CONTINUOUS: 10, NO_DEADLINE: 2, INVALID: 0 },
      percent: { DONE_ON_TIME: 0, DONE_LATE: 0, DONE: 0, OVERDUE: 4.3, DUE_SOON: 0, IN_PROGRESS: 66, NOT_DUE: 4.3, CONTINUOUS: 21.3, NO_DEADLINE: 4.3, INVALID: 0 },
      dueByCutOff: 2,
      doneOfDue: 0,
      completionRate: 0,
    });
  });

  it('counts each of the seven sections, in plan order', () => {
    expect(summary.sections.map((section) => [section.label, section.title, brief(section)])).toEqual([
      ['I', 'Chỉ đạo điều hành, kiểm tra và tuyên truyền', { total: 10, OVERDUE: 2, IN_PROGRESS: 6, NO_DEADLINE: 2, due: 2, done: 0, rate: 0 }],
      ['II', 'Cải cách thể chế', { total: 7, IN_PROGRESS: 7, due: 0, done: 0, rate: null }],
      ['III', 'Cải cách thủ tục hành chính', { total: 12, IN_PROGRESS: 2, CONTINUOUS: 10, due: 0, done: 0, rate: null }],
      ['IV', 'Cải cách tổ chức bộ máy', { total: 2, IN_PROGRESS: 2, due: 0, done: 0, rate: null }],
      ['V', 'Cải cách chế độ công vụ', { total: 5, IN_PROGRESS: 5, due: 0, done: 0, rate: null }],
      ['VI', 'Cải cách tài chính công', { total: 4, IN_PROGRESS: 4, due: 0, done: 0, rate: null }],
      ['VII', 'Xây dựng Chính quyền điện tử, Chính quyền số', { total: 7, IN_PROGRESS: 5, NOT_DUE: 2, due: 0, done: 0, rate: null }],
    ]);
  });

  it('counts each lead unit once under its most common spelling, in order of first appearance', () => {
    // "Phòng Văn hóa - xã hội" (16) and "Phòng Văn hoá-Xã hội" (45–47) are one unit; so are
    // "Văn phòng HĐND và UBND" and "… phường" (16, 17), and the three spellings of the Trung tâm Phục vụ HCC.
    expect(summary.units.map((unit) => [unit.unit, brief(unit)])).toEqual([
      ['Phòng Văn hóa - xã hội', { total: 19, OVERDUE: 2, IN_PROGRESS: 13, NOT_DUE: 2, NO_DEADLINE: 2, due: 2, done: 0, rate: 0 }],
      ['Phòng Kinh tế, Hạ tầng và Đô thị', { total: 5, IN_PROGRESS: 5, due: 0, done: 0, rate: null }],
      ['Trung tâm Dịch vụ sự nghiệp công', { total: 1, IN_PROGRESS: 1, due: 0, done: 0, rate: null }],
      ['Văn phòng HĐND và UBND', { total: 7, IN_PROGRESS: 7, due: 0, done: 0, rate: null }],
      ['Trung tâm Phục vụ Hành chính công', { total: 8, IN_PROGRESS: 2, CONTINUOUS: 6, due: 0, done: 0, rate: null }],
      ['Các phòng chuyên môn thuộc UBND phường', { total: 1, CONTINUOUS: 1, due: 0, done: 0, rate: null }],
      ['Các phòng, ban, đơn vị có liên quan', { total: 3, CONTINUOUS: 3, due: 0, done: 0, rate: null }],
      ['Công an phường', { total: 3, IN_PROGRESS: 3, due: 0, done: 0, rate: null }],
    ]);
    expect(summary.tasksWithSeveralLeads).toBe(0);
  });

  it('lists the two overdue tasks, the longest overdue first', () => {
    expect(summary.overdue).toEqual([
      {
        row: 9,
        stt: '1',
        section: 'I',
        task: 'Ban hành Kế hoạch cải cách hành chính năm 2026',
        lead: ['Phòng Văn hóa - xã hội'],
        deadlineText: 'Trước ngày 15/01/2026',
        kind: 'date',
        due: '2026-01-14',
        status: 'OVERDUE',
        daysOverdue: 59,
      },
      {
        row: 10,
        stt: '2',
        section: 'I',
        task: 'Xây dựng báo cáo cải cách hành chính hàng quý và năm về thực hiện công tác CCHC trên địa bàn phường',
        lead: ['Phòng Văn hóa - xã hội'],
        deadlineText: 'Trước ngày 10 của tháng cuối quý',
        kind: 'recurring',
        due: '2026-03-09',
        status: 'OVERDUE',
        daysOverdue: 5,
      },
    ]);
  });

  it('reminds of the three tasks falling due in Quý 2/2026, by due date', () => {
    // 37 "Tháng 01/2026 đến tháng 5 năm 2026" → 31/05; 2 → the second quarter's 09/06; 29 "Hàng quý" → 30/06.
    expect(summary.nextQuarter).toMatchObject({ label: 'Quý 2/2026', start: '2026-04-01', end: '2026-06-30' });
    expect(summary.nextQuarter.tasks.map(({ stt, row, kind, due, status }) => ({ stt, row, kind, due, status }))).toEqual([
      { stt: '37', row: 63, kind: 'period', due: '2026-05-31', status: 'IN_PROGRESS' },
      { stt: '2', row: 10, kind: 'recurring', due: '2026-06-09', status: 'OVERDUE' },
      { stt: '29', row: 49, kind: 'recurring', due: '2026-06-30', status: 'IN_PROGRESS' },
    ]);
  });
});

describe('Trần Hưng Đạo, the Quý I/2026 report made on another day', async () => {
  const plan = await readFixturePlan('tran-hung-dao-2026');
  const period = periodOf('Quý I/2026');

  it('made on 05/03, before the cut-off, does not call overdue the report due on 09/03', () => {
    const summary = buildSummary(assessForPeriod(plan, period, { asOf: '2026-03-05' }), period);
    expect(summary.judgedOn).toBe('2026-03-05');
    expect(brief(summary.totals)).toEqual({ total: 47, OVERDUE: 1, DUE_SOON: 1, IN_PROGRESS: 31, NOT_DUE: 2, CONTINUOUS: 10, NO_DEADLINE: 2, due: 1, done: 0, rate: 0 });
    expect(summary.overdue.map(({ stt, daysOverdue }) => [stt, daysOverdue])).toEqual([['1', 50]]);
    expect(summary.nextQuarter.label).toBe('Quý 2/2026');
  });

  it('made on 10/05, after the cut-off, still counts the days overdue up to 14/03', () => {
    const summary = buildSummary(assessForPeriod(plan, period, { asOf: '2026-05-10' }), period);
    expect(summary.judgedOn).toBe('2026-03-14');
    expect(summary.overdue.map(({ stt, daysOverdue }) => [stt, daysOverdue])).toEqual([
      ['1', 59],
      ['2', 5],
    ]);
  });
});

describe('An Tường, the 6-month 2026 report made on 20/06/2026', async () => {
  const plan = await readFixturePlan('an-tuong-2026');
  const summary = buildSummary(assessForPeriod(plan, periodOf('6 tháng/2026'), { asOf: '2026-06-20' }), periodOf('6 tháng/2026'));

  it('is judged on the cut-off, 14/06', () => {
    expect(summary.judgedOn).toBe('2026-06-14');
  });

  it('counts 45 tasks: 3 overdue, 1 continuous, 41 in progress', () => {
    // Overdue: 1 "Trước 15/01/2026", 5 and 18 "Quý I/2026". Continuous: 2. The rest say "Năm 2026".
    expect(summary.totals).toEqual({
      total: 45,
      byStatus: { DONE_ON_TIME: 0, DONE_LATE: 0, DONE: 0, OVERDUE: 3, DUE_SOON: 0, IN_PROGRESS: 41, NOT_DUE: 0, CONTINUOUS: 1, NO_DEADLINE: 0, INVALID: 0 },
      percent: { DONE_ON_TIME: 0, DONE_LATE: 0, DONE: 0, OVERDUE: 6.7, DUE_SOON: 0, IN_PROGRESS: 91.1, NOT_DUE: 0, CONTINUOUS: 2.2, NO_DEADLINE: 0, INVALID: 0 },
      dueByCutOff: 3,
      doneOfDue: 0,
      completionRate: 0,
    });
  });

  it('counts each of the eight sections', () => {
    expect(summary.sections.map((section) => [section.label, brief(section)])).toEqual([
      ['I', { total: 10, OVERDUE: 2, IN_PROGRESS: 7, CONTINUOUS: 1, due: 2, done: 0, rate: 0 }],
      ['II', { total: 7, IN_PROGRESS: 7, due: 0, done: 0, rate: null }],
      ['III', { total: 6, OVERDUE: 1, IN_PROGRESS: 5, due: 1, done: 0, rate: 0 }],
      ['IV', { total: 4, IN_PROGRESS: 4, due: 0, done: 0, rate: null }],
      ['V', { total: 5, IN_PROGRESS: 5, due: 0, done: 0, rate: null }],
      ['VI', { total: 8, IN_PROGRESS: 8, due: 0, done: 0, rate: null }],
      ['VII', { total: 4, IN_PROGRESS: 4, due: 0, done: 0, rate: null }],
      ['VIII', { total: 1, IN_PROGRESS: 1, due: 0, done: 0, rate: null }],
    ]);
    expect(summary.sections[7]!.title).toBe('ĐO LƯỜNG MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN');
  });

  it('counts the three tasks with two lead units for each of them', () => {
    // Task 2: Văn hóa - Xã hội and Trung tâm Dịch vụ công; 8: Văn hóa - Xã hội and Kinh tế;
    // 43: Văn phòng HĐND và UBND and "Các cơ quan đơn vị có liên quan". 45 tasks, 48 unit lines.
    expect(summary.tasksWithSeveralLeads).toBe(3);
    expect(summary.units.map((unit) => [unit.unit, brief(unit)])).toEqual([
      ['Phòng Văn hóa - Xã hội phường', { total: 20, OVERDUE: 2, IN_PROGRESS: 17, CONTINUOUS: 1, due: 2, done: 0, rate: 0 }],
      ['Trung tâm Dịch vụ công phường', { total: 2, IN_PROGRESS: 1, CONTINUOUS: 1, due: 0, done: 0, rate: null }],
      ['Phòng Kinh tế, Hạ tầng và Đô thị phường', { total: 9, IN_PROGRESS: 9, due: 0, done: 0, rate: null }],
      ['Văn phòng HĐND và UBND phường', { total: 12, IN_PROGRESS: 12, due: 0, done: 0, rate: null }],
      ['Trung tâm Phục vụ hành chính công phường', { total: 4, OVERDUE: 1, IN_PROGRESS: 3, due: 1, done: 0, rate: 0 }],
      // Named as the co-operating units column spells it most often.
      ['Các cơ quan, đơn vị liên quan', { total: 1, IN_PROGRESS: 1, due: 0, done: 0, rate: null }],
    ]);
  });

  it('lists the overdue tasks by days overdue, equal days by row', () => {
    expect(summary.overdue.map(({ stt, row, due, daysOverdue, lead }) => ({ stt, row, due, daysOverdue, lead }))).toEqual([
      { stt: '1', row: 8, due: '2026-01-14', daysOverdue: 151, lead: ['Phòng Văn hóa - Xã hội phường'] },
      { stt: '5', row: 12, due: '2026-03-31', daysOverdue: 75, lead: ['Phòng Văn hóa - Xã hội phường'] },
      { stt: '18', row: 33, due: '2026-03-31', daysOverdue: 75, lead: ['Trung tâm Phục vụ hành chính công phường'] },
    ]);
  });

  it('has nothing falling due in Quý 3/2026: the rest is due at the end of the year', () => {
    expect(summary.nextQuarter).toEqual({ label: 'Quý 3/2026', start: '2026-07-01', end: '2026-09-30', tasks: [] });
  });

  it('passes the due-soon window on: with 20 days, the tasks due 31/12 are due soon on 14/12', () => {
    const yearReport = periodOf('Năm 2026');
    expect(brief(buildSummary(assessForPeriod(plan, yearReport, { asOf: '2026-12-20' }), yearReport).totals)).toMatchObject({ OVERDUE: 3, IN_PROGRESS: 41 });
    expect(brief(buildSummary(assessForPeriod(plan, yearReport, { asOf: '2026-12-20', dueSoonDays: 20 }), yearReport).totals)).toMatchObject({ OVERDUE: 3, DUE_SOON: 41 });
  });
});

describe('Đống Đa (2026–2030), the Quý III/2026 report made on 05/10/2026', async () => {
  const plan = await readFixturePlan('dong-da-2026-2030');
  const summary = buildSummary(assessForPeriod(plan, periodOf('Quý III/2026'), { asOf: '2026-10-05' }), periodOf('Quý III/2026'));

  it('counts 28 tasks: 24 in progress, 1 not yet due, 3 waiting for a date, none due by 14/09', () => {
    // Waiting: 1 (30 working days after a decision not yet dated), 2 and 5 "Theo chỉ đạo của UBND Thành phố".
    // Not yet due: 20 "2027". In progress: the yearly and half-yearly tasks, "2026", the spans 2026-2030
    // and 22, whose "kỳ Báo cáo CCHC" is due 30/09.
    expect(summary.judgedOn).toBe('2026-09-14');
    expect(summary.totals).toMatchObject({
      total: 28,
      byStatus: { DONE_ON_TIME: 0, DONE_LATE: 0, DONE: 0, OVERDUE: 0, DUE_SOON: 0, IN_PROGRESS: 24, NOT_DUE: 1, CONTINUOUS: 0, NO_DEADLINE: 3, INVALID: 0 },
      percent: { DONE_ON_TIME: 0, DONE_LATE: 0, DONE: 0, OVERDUE: 0, DUE_SOON: 0, IN_PROGRESS: 85.7, NOT_DUE: 3.6, CONTINUOUS: 0, NO_DEADLINE: 10.7, INVALID: 0 },
      dueByCutOff: 0,
      completionRate: null,
    });
    expect(summary.overdue).toEqual([]);
  });

  it('counts each section and each lead unit', () => {
    expect(summary.sections.map((section) => [section.label, brief(section)])).toEqual([
      ['I', { total: 8, IN_PROGRESS: 5, NO_DEADLINE: 3, due: 0, done: 0, rate: null }],
      ['II', { total: 3, IN_PROGRESS: 3, due: 0, done: 0, rate: null }],
      ['III', { total: 4, IN_PROGRESS: 4, due: 0, done: 0, rate: null }],
      ['IV', { total: 6, IN_PROGRESS: 5, NOT_DUE: 1, due: 0, done: 0, rate: null }],
      ['V', { total: 3, IN_PROGRESS: 3, due: 0, done: 0, rate: null }],
      ['VI', { total: 2, IN_PROGRESS: 2, due: 0, done: 0, rate: null }],
      ['VII', { total: 2, IN_PROGRESS: 2, due: 0, done: 0, rate: null }],
    ]);
    expect(summary.units.map((unit) => [unit.unit, brief(unit)])).toEqual([
      ['Phòng Văn hóa - Xã hội', { total: 16, IN_PROGRESS: 12, NOT_DUE: 1, NO_DEADLINE: 3, due: 0, done: 0, rate: null }],
      ['Văn phòng HĐND và UBND', { total: 10, IN_PROGRESS: 10, due: 0, done: 0, rate: null }],
      ['Phòng Kinh tế, Hạ tầng và Đô thị', { total: 2, IN_PROGRESS: 2, due: 0, done: 0, rate: null }],
    ]);
  });

  it('reminds of the yearly, half-yearly and quarterly tasks and the 2026 task falling due in Quý 4/2026', () => {
    // 3, 4, 7, 8, 10 "Hằng năm" / "Ban hành Kế hoạch hàng năm", 6 "06 tháng/lần", 19 "2026", 22 the fourth
    // quarter's report — all due 31/12, so by row. The spans end in 2030, 20 in 2027.
    expect(summary.nextQuarter).toMatchObject({ label: 'Quý 4/2026', start: '2026-10-01', end: '2026-12-31' });
    expect(summary.nextQuarter.tasks.map(({ stt, kind, due }) => [stt, kind, due])).toEqual([
      ['3', 'recurring', '2026-12-31'],
      ['4', 'recurring', '2026-12-31'],
      ['6', 'recurring', '2026-12-31'],
      ['7', 'recurring', '2026-12-31'],
      ['8', 'recurring', '2026-12-31'],
      ['10', 'recurring', '2026-12-31'],
      ['19', 'period', '2026-12-31'],
      ['22', 'recurring', '2026-12-31'],
    ]);
  });

  it('looks into the next year after the year report: only the quarterly report falls due in Quý 1/2027', () => {
    const yearReport = buildSummary(assessForPeriod(plan, periodOf('Năm 2026'), { asOf: '2026-12-20' }), periodOf('Năm 2026'));
    expect(yearReport.nextQuarter.label).toBe('Quý 1/2027');
    expect(yearReport.nextQuarter.tasks.map(({ stt, due }) => [stt, due])).toEqual([['22', '2027-03-31']]);
  });
});
