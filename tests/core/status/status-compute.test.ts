import { describe, expect, it } from 'vitest';
import { computeStatus, type StatusInput } from '../../../src/status/compute-status.js';
import { createWorkingCalendar } from '../../../src/calendar/working-calendar.js';
import { STATUS_CODES, STATUS_LABELS } from '../../../src/status/status-codes.js';
import { afterEventPart, continuousPart, datePart, deadlineOf, directivePart, milestone, milestonesPart, periodPart, recurringPart, spanPart, unknownPart } from '../../helpers/status-deadlines.js';

const quarterOne = deadlineOf(periodPart('2026-01-01', '2026-03-31', 'Quý I/2026'));
const status = (input: StatusInput) => computeStatus(input);
const codeOf = (input: StatusInput) => computeStatus(input).code;

describe('status codes', () => {
  it('labels every code in the words of docs/domain.md', () => {
    expect(STATUS_LABELS).toEqual({
      DONE_ON_TIME: 'Hoàn thành đúng hạn',
      DONE_LATE: 'Hoàn thành quá hạn',
      DONE: 'Hoàn thành',
      OVERDUE: 'Quá hạn',
      DUE_SOON: 'Sắp đến hạn',
      IN_PROGRESS: 'Đang thực hiện (trong hạn)',
      NOT_DUE: 'Chưa đến kỳ thực hiện',
      CONTINUOUS: 'Thường xuyên',
      NO_DEADLINE: 'Chưa có thời hạn cụ thể',
      INVALID: 'Lỗi dữ liệu',
    });
    expect(STATUS_CODES).toHaveLength(10);
  });
});

describe('computeStatus: every code', () => {
  it('says DONE_ON_TIME for work done before its due date', () => {
    expect(status({ deadline: quarterOne, asOf: '2026-04-10', progress: 'Hoàn thành', completedOn: '20/03/2026' })).toEqual({
      code: 'DONE_ON_TIME',
      label: 'Hoàn thành đúng hạn',
      due: '2026-03-31',
      windowStart: '2026-01-01',
      daysOverdue: null,
      cycle: null,
      problems: [],
    });
  });

  it('says DONE_LATE, with the days late, for work done after its due date', () => {
    const result = status({ deadline: deadlineOf(datePart('2026-01-14', 'Trước ngày 15/01/2026')), asOf: '2026-02-01', progress: 'Hoàn thành', completedOn: { date: '2026-01-20' } });
    expect(result).toMatchObject({ code: 'DONE_LATE', label: 'Hoàn thành quá hạn', due: '2026-01-14', daysOverdue: 6 });
  });

  it('says DONE for work marked done without a completion date', () => {
    expect(status({ deadline: quarterOne, asOf: '2026-06-01', progress: 'x' })).toMatchObject({ code: 'DONE', due: '2026-03-31', daysOverdue: null });
  });

  it('says OVERDUE, with the days past due, for work not done after its due date', () => {
    expect(status({ deadline: quarterOne, asOf: '2026-04-10', progress: 'Đang thực hiện' })).toMatchObject({ code: 'OVERDUE', label: 'Quá hạn', due: '2026-03-31', daysOverdue: 10 });
  });

  it('says DUE_SOON within seven days of the due date', () => {
    expect(status({ deadline: quarterOne, asOf: '2026-03-25' })).toMatchObject({ code: 'DUE_SOON', due: '2026-03-31', windowStart: '2026-01-01', daysOverdue: null });
  });

  it('says IN_PROGRESS inside the window, before it is due soon', () => {
    expect(codeOf({ deadline: quarterOne, asOf: '2026-02-10', progress: 'Chưa thực hiện' })).toBe('IN_PROGRESS');
  });

  it('says NOT_DUE before the window opens', () => {
    expect(status({ deadline: quarterOne, asOf: '2025-12-20' })).toMatchObject({ code: 'NOT_DUE', due: '2026-03-31', windowStart: '2026-01-01' });
  });

  it('says CONTINUOUS for continuous work not marked done, however late the day', () => {
    expect(status({ deadline: deadlineOf(continuousPart()), asOf: '2099-12-31', progress: 'Đang thực hiện' })).toMatchObject({ code: 'CONTINUOUS', due: null, daysOverdue: null });
  });

  it('says NO_DEADLINE for a directive or an after-event task without a date', () => {
    expect(codeOf({ deadline: deadlineOf(directivePart()), asOf: '2026-06-01' })).toBe('NO_DEADLINE');
    expect(codeOf({ deadline: deadlineOf(afterEventPart(30)), asOf: '2026-06-01' })).toBe('NO_DEADLINE');
  });

  it('says INVALID for a row that failed validation and for a deadline nobody understood', () => {
    expect(codeOf({ deadline: quarterOne, asOf: '2026-02-10', invalid: true })).toBe('INVALID');
    expect(status({ deadline: deadlineOf(unknownPart()), asOf: '2026-02-10' })).toMatchObject({ code: 'INVALID', label: 'Lỗi dữ liệu', due: null });
  });
});

describe('computeStatus: boundaries', () => {
  const due = deadlineOf(datePart('2026-06-15'));

  it('is due soon, not overdue, on the due day itself', () => {
    expect(status({ deadline: due, asOf: '2026-06-15' })).toMatchObject({ code: 'DUE_SOON', daysOverdue: null });
  });

  it('is overdue by one day the day after', () => {
    expect(status({ deadline: due, asOf: '2026-06-16' })).toMatchObject({ code: 'OVERDUE', daysOverdue: 1 });
  });

  it('is due soon seven days before and in progress eight days before', () => {
    expect(codeOf({ deadline: due, asOf: '2026-06-08' })).toBe('DUE_SOON');
    expect(codeOf({ deadline: due, asOf: '2026-06-07' })).toBe('IN_PROGRESS');
  });

  it('is not due eight days before when its window has not opened, and due soon seven days before', () => {
    const june = deadlineOf(periodPart('2026-06-25', '2026-06-30'));
    expect(codeOf({ deadline: june, asOf: '2026-06-22' })).toBe('NOT_DUE');
    expect(codeOf({ deadline: june, asOf: '2026-06-23' })).toBe('DUE_SOON');
  });

  it('has no window start for a bare date: in progress until due soon, however early', () => {
    expect(status({ deadline: due, asOf: '2020-01-01' })).toMatchObject({ code: 'IN_PROGRESS', windowStart: null });
  });

  it('follows the window the user sets', () => {
    expect(codeOf({ deadline: due, asOf: '2026-06-01', dueSoonDays: 14 })).toBe('DUE_SOON');
    expect(codeOf({ deadline: due, asOf: '2026-06-14', dueSoonDays: 0 })).toBe('IN_PROGRESS');
    expect(codeOf({ deadline: due, asOf: '2026-06-15', dueSoonDays: 0 })).toBe('DUE_SOON');
  });

  it('is done on time when completed on the due date and late the day after', () => {
    expect(codeOf({ deadline: due, asOf: '2026-07-01', progress: 'Hoàn thành', completedOn: '15/06/2026' })).toBe('DONE_ON_TIME');
    expect(status({ deadline: due, asOf: '2026-07-01', progress: 'Hoàn thành', completedOn: '16/06/2026' })).toMatchObject({ code: 'DONE_LATE', daysOverdue: 1 });
  });

  it('counts 29 February in a leap year', () => {
    const february = deadlineOf(periodPart('2028-02-01', '2028-02-29', 'Tháng 2/2028'));
    expect(codeOf({ deadline: february, asOf: '2028-02-22' })).toBe('DUE_SOON');
    expect(codeOf({ deadline: february, asOf: '2028-02-21' })).toBe('IN_PROGRESS');
    expect(codeOf({ deadline: february, asOf: '2028-02-29' })).toBe('DUE_SOON');
    expect(status({ deadline: february, asOf: '2028-03-01' })).toMatchObject({ code: 'OVERDUE', daysOverdue: 1 });
    expect(status({ deadline: deadlineOf(datePart('2028-02-28')), asOf: '2028-03-01' })).toMatchObject({ daysOverdue: 2 });
  });

  it('crosses the end of a year: a task due 31/12 is one day overdue on 1/1', () => {
    const year = deadlineOf(periodPart('2026-01-01', '2026-12-31', 'Năm 2026'));
    expect(codeOf({ deadline: year, asOf: '2026-12-31' })).toBe('DUE_SOON');
    expect(status({ deadline: year, asOf: '2027-01-01' })).toMatchObject({ code: 'OVERDUE', daysOverdue: 1 });
  });

  it('keeps a five-year span in progress until its last weeks', () => {
    const span = deadlineOf(spanPart('2026-01-01', '2030-12-31'));
    expect(codeOf({ deadline: span, asOf: '2028-05-05' })).toBe('IN_PROGRESS');
    expect(codeOf({ deadline: span, asOf: '2030-12-24' })).toBe('DUE_SOON');
  });
});

describe('computeStatus: recurring tasks, judged on the cycle containing the as-of date', () => {
  const quarterly = deadlineOf(recurringPart('quarter'));
  const beforeTenth = deadlineOf(recurringPart('quarter', 9));

  it('is due soon at the end of a quarter and starts afresh in the next', () => {
    expect(status({ deadline: quarterly, asOf: '2026-03-31' })).toMatchObject({ code: 'DUE_SOON', due: '2026-03-31', windowStart: '2026-01-01' });
    expect(status({ deadline: quarterly, asOf: '2026-04-01' })).toMatchObject({ code: 'IN_PROGRESS', due: '2026-06-30', windowStart: '2026-04-01' });
  });

  it('is overdue after the 9th of the last month of the quarter, still in that quarter, unless done in it', () => {
    expect(status({ deadline: beforeTenth, asOf: '2026-03-20' })).toMatchObject({ code: 'OVERDUE', due: '2026-03-09', daysOverdue: 11 });
    expect(codeOf({ deadline: beforeTenth, asOf: '2026-03-20', progress: 'Hoàn thành', completedOn: '05/03/2026' })).toBe('DONE_ON_TIME');
    expect(status({ deadline: beforeTenth, asOf: '2026-03-20', progress: 'Hoàn thành', completedOn: '12/03/2026' })).toMatchObject({ code: 'DONE_LATE', daysOverdue: 3 });
  });

  it('does not count a completion date from the previous cycle', () => {
    expect(status({ deadline: beforeTenth, asOf: '2026-03-20', progress: 'Hoàn thành', completedOn: '05/12/2025' })).toMatchObject({ code: 'OVERDUE', due: '2026-03-09' });
    expect(status({ deadline: beforeTenth, asOf: '2026-04-02', progress: 'Hoàn thành', completedOn: '05/03/2026' })).toMatchObject({ code: 'IN_PROGRESS', due: '2026-06-09' });
  });

  it('takes "Hoàn thành" without a date as done for the current cycle', () => {
    expect(status({ deadline: quarterly, asOf: '2026-05-05', progress: 'Hoàn thành' })).toMatchObject({ code: 'DONE', due: '2026-06-30' });
  });

  it('does not count a completion date in the cycle when the task is not marked done', () => {
    expect(codeOf({ deadline: quarterly, asOf: '2026-06-28', progress: 'Đang thực hiện', completedOn: '01/06/2026' })).toBe('DUE_SOON');
  });

  it('judges yearly, half-yearly and monthly tasks on their own cycles', () => {
    expect(status({ deadline: deadlineOf(recurringPart('year')), asOf: '2026-12-31' })).toMatchObject({ code: 'DUE_SOON', due: '2026-12-31' });
    expect(status({ deadline: deadlineOf(recurringPart('half-year')), asOf: '2026-06-25' })).toMatchObject({ code: 'DUE_SOON', due: '2026-06-30' });
    expect(status({ deadline: deadlineOf(recurringPart('month')), asOf: '2028-02-10' })).toMatchObject({ code: 'IN_PROGRESS', due: '2028-02-29' });
  });
});

describe('computeStatus: milestones, judged at the first milestone not yet completed', () => {
  const meetings = deadlineOf(milestonesPart(milestone('Giao ban quý III: tháng 9/2025', '2025-09-01', '2025-09-30'), milestone('giao ban quý IV: tháng 12/2025', '2025-12-01', '2025-12-31')));

  it('is overdue at the first milestone when nothing is recorded after it passed', () => {
    expect(status({ deadline: meetings, asOf: '2025-10-05' })).toMatchObject({ code: 'OVERDUE', due: '2025-09-30', daysOverdue: 5 });
  });

  it('moves on to the next milestone once a completion date records the first', () => {
    expect(status({ deadline: meetings, asOf: '2025-10-05', progress: 'Đang thực hiện', completedOn: '25/09/2025' })).toMatchObject({
      code: 'NOT_DUE',
      due: '2025-12-31',
      windowStart: '2025-12-01',
    });
    expect(codeOf({ deadline: meetings, asOf: '2025-10-05', progress: 'Đang thực hiện', completedOn: '03/10/2025' })).toBe('NOT_DUE');
  });

  it('is done against the last milestone once marked done', () => {
    expect(status({ deadline: meetings, asOf: '2026-01-10', progress: 'Hoàn thành', completedOn: '20/12/2025' })).toMatchObject({ code: 'DONE_ON_TIME', due: '2025-12-31' });
    expect(status({ deadline: meetings, asOf: '2026-01-10', progress: 'Hoàn thành', completedOn: '05/01/2026' })).toMatchObject({ code: 'DONE_LATE', daysOverdue: 5 });
  });

  it('keeps the last milestone open while the task is not marked done', () => {
    expect(status({ deadline: meetings, asOf: '2026-01-10', progress: 'Đang thực hiện', completedOn: '20/12/2025' })).toMatchObject({ code: 'OVERDUE', due: '2025-12-31' });
  });
});

describe('computeStatus: several parts', () => {
  it('is driven by the earliest open concrete due date', () => {
    const plan = deadlineOf(datePart('2026-01-31'), periodPart('2026-01-01', '2026-12-31'));
    expect(status({ deadline: plan, asOf: '2026-02-10' })).toMatchObject({ code: 'OVERDUE', due: '2026-01-31' });
    expect(status({ deadline: plan, asOf: '2026-02-10', progress: 'Đang thực hiện', completedOn: '25/01/2026' })).toMatchObject({ code: 'IN_PROGRESS', due: '2026-12-31' });
  });

  it("counts a recurring part's current-cycle due date as concrete", () => {
    const plan = deadlineOf(periodPart('2026-01-01', '2026-12-31'), recurringPart('quarter'));
    expect(status({ deadline: plan, asOf: '2026-05-05' })).toMatchObject({ code: 'IN_PROGRESS', due: '2026-06-30' });
  });

  it('lets continuous and directive parts count only when no part has a date', () => {
    expect(status({ deadline: deadlineOf(continuousPart(), datePart('2026-03-31')), asOf: '2026-04-02' })).toMatchObject({ code: 'OVERDUE' });
    expect(codeOf({ deadline: deadlineOf(continuousPart(), directivePart()), asOf: '2026-04-02' })).toBe('NO_DEADLINE');
    expect(codeOf({ deadline: deadlineOf(continuousPart(), directivePart()), asOf: '2026-04-02', dueOverride: '30/04/2026' })).toBe('IN_PROGRESS');
    expect(codeOf({ deadline: deadlineOf(directivePart(), afterEventPart(10)), asOf: '2026-04-02' })).toBe('NO_DEADLINE');
  });

  it('turns to the continuous part once the dated work is recorded', () => {
    const plan = deadlineOf(datePart('2026-03-31'), continuousPart());
    expect(codeOf({ deadline: plan, asOf: '2026-05-01', progress: 'Đang thực hiện', completedOn: '30/03/2026' })).toBe('CONTINUOUS');
  });

  it('leaves out a part nobody understood when another part has a date', () => {
    expect(codeOf({ deadline: deadlineOf(datePart('2026-03-31'), unknownPart()), asOf: '2026-03-01' })).toBe('IN_PROGRESS');
  });
});

describe('computeStatus: dates entered by the user', () => {
  it("judges a directive on the user's concrete due date", () => {
    expect(status({ deadline: deadlineOf(directivePart()), asOf: '2026-06-20', dueOverride: '15/06/2026' })).toMatchObject({ code: 'OVERDUE', due: '2026-06-15', daysOverdue: 5 });
  });

  it("lets the user's due date replace any parsed deadline, even one nobody understood", () => {
    expect(status({ deadline: quarterOne, asOf: '2026-04-10', dueOverride: { date: '2026-04-30' } })).toMatchObject({ code: 'IN_PROGRESS', due: '2026-04-30', windowStart: null });
    expect(codeOf({ deadline: deadlineOf(recurringPart('quarter', 9)), asOf: '2026-03-20', dueOverride: '2026-03-25' })).toBe('DUE_SOON');
    expect(codeOf({ deadline: deadlineOf(continuousPart()), asOf: '2026-03-26', dueOverride: '2026-03-25' })).toBe('OVERDUE');
    expect(codeOf({ deadline: deadlineOf(unknownPart()), asOf: '2026-03-20', dueOverride: '2026-03-25' })).toBe('DUE_SOON');
  });

  it('counts an after-event deadline in working days from the event date, over Tết', () => {
    expect(status({ deadline: deadlineOf(afterEventPart(1)), asOf: '2026-02-20', eventDate: '13/02/2026' })).toMatchObject({
      code: 'DUE_SOON',
      due: '2026-02-23',
      windowStart: '2026-02-13',
    });
    expect(status({ deadline: deadlineOf(afterEventPart(30)), asOf: '2026-03-24', eventDate: '02/02/2026' })).toMatchObject({ code: 'OVERDUE', due: '2026-03-23', daysOverdue: 1 });
  });

  it('counts calendar days when the deadline says days, not working days', () => {
    expect(status({ deadline: deadlineOf(afterEventPart(30, false)), asOf: '2026-02-01', eventDate: '02/02/2026' })).toMatchObject({ code: 'NOT_DUE', due: '2026-03-04' });
  });

  it("uses the user's working calendar for after-event deadlines", () => {
    const calendar = createWorkingCalendar({ daysOff: ['2026-02-23'] });
    expect(status({ deadline: deadlineOf(afterEventPart(1)), asOf: '2026-02-20', eventDate: '13/02/2026', calendar })).toMatchObject({ due: '2026-02-24' });
  });

  it('marks continuous and undated work done when the user says so', () => {
    expect(codeOf({ deadline: deadlineOf(continuousPart()), asOf: '2026-06-01', progress: 'Hoàn thành', completedOn: '01/05/2026' })).toBe('DONE_ON_TIME');
    expect(codeOf({ deadline: deadlineOf(directivePart()), asOf: '2026-06-01', progress: 'Hoàn thành' })).toBe('DONE');
  });
});

describe('computeStatus: problems', () => {
  it('treats unreadable progress as not done and reports it', () => {
    expect(status({ deadline: quarterOne, asOf: '2026-04-10', progress: 'Tạm dừng' })).toMatchObject({
      code: 'OVERDUE',
      problems: [{ column: 'progress', code: 'PROGRESS_UNREADABLE', text: 'Tạm dừng' }],
    });
  });

  it('never reads "Chưa hoàn thành" as done', () => {
    expect(status({ deadline: quarterOne, asOf: '2026-04-10', progress: 'Chưa hoàn thành', completedOn: '20/03/2026' })).toMatchObject({ code: 'OVERDUE', problems: [] });
  });

  it('ignores unreadable dates and reports each of them', () => {
    const result = status({
      deadline: deadlineOf(afterEventPart(10)),
      asOf: '2026-04-10',
      progress: 'Hoàn thành',
      completedOn: 'hôm qua',
      dueOverride: '31/02/2026',
      eventDate: 'sau Tết',
    });
    expect(result.code).toBe('DONE');
    expect(result.problems).toEqual([
      { column: 'completedOn', code: 'DATE_UNREADABLE', text: 'hôm qua' },
      { column: 'dueOverride', code: 'DATE_UNREADABLE', text: '31/02/2026' },
      { column: 'eventDate', code: 'DATE_UNREADABLE', text: 'sau Tết' },
    ]);
  });

  it('says INVALID for a deadline nobody understood, even when the task is marked done', () => {
    const unreadable = { ...deadlineOf(unknownPart()), kind: 'date' as const };
    expect(codeOf({ deadline: unreadable, asOf: '2026-04-10', progress: 'Hoàn thành' })).toBe('INVALID');
    expect(codeOf({ deadline: deadlineOf(unknownPart()), asOf: '2026-04-10', progress: 'Hoàn thành' })).toBe('INVALID');
  });

  it('still reports problems on an invalid row', () => {
    expect(status({ deadline: quarterOne, asOf: '2026-04-10', progress: '??', invalid: true }).problems).toHaveLength(1);
  });
});
