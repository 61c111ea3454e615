import { dayNumber, isoFromDayNumber } from '../../src/calendar/day-number.js';
import type { IsoDate } from '../../src/dates/calendar-date.js';
import type { Deadline, DeadlinePart } from '../../src/deadline/deadline.js';
import { parseDeadline } from '../../src/deadline/parse-deadline.js';
import { DEADLINE_PHRASES } from '../../scripts/deadline-phrases.js';
import { sheetSerial } from '../../src/sheet/sheet-serial.js';
import { fixtureDeadlineCells, type FixtureDeadlineColumn } from './deadline-fixture-cells.js';
import type { SheetCell, SheetTask } from './sheet-formulas-workbook.js';
import { afterEventPart, continuousPart, datePart, deadlineOf, directivePart, milestone, milestonesPart, periodPart, recurringPart, spanPart, unknownPart } from './status-deadlines.js';

/** Deadlines to judge, with where they come from: the fixtures, the domain's deadline table, and hand-made shapes. */
export interface NamedDeadline {
  readonly name: string;
  readonly deadline: Deadline;
  readonly invalid?: boolean;
}

const FIXTURE_COLUMNS: readonly FixtureDeadlineColumn[] = [
  { file: 'dong-da-2026-2030.txt', column: 6, after: 'Phụ lục II' },
  { file: 'an-tuong-2026.txt', column: 5 },
  { file: 'tran-hung-dao-2026.txt', column: 4 },
];

/** Every deadline cell of the three fixtures' task tables, each text once, read with plan year 2026. */
export function fixtureDeadlines(): NamedDeadline[] {
  const texts = new Map<string, string>();
  for (const column of FIXTURE_COLUMNS) {
    for (const cell of fixtureDeadlineCells(column)) if (!texts.has(cell.text)) texts.set(cell.text, `${column.file} #${cell.stt}`);
  }
  return [...texts].map(([text, name]) => ({ name: `${name}: ${text}`, deadline: parseDeadline(text, { planYear: 2026 }) }));
}

/** The examples of the deadline table (docs/domain.md, "Deadline language"), plan year 2026 (the first group of the phrase table). */
export const DOMAIN_TEXTS: readonly string[] = DEADLINE_PHRASES.find(([source]) => source.startsWith('The domain table'))![1];

export function domainDeadlines(): NamedDeadline[] {
  return DOMAIN_TEXTS.map((text) => ({ name: `domain table: ${text}`, deadline: parseDeadline(text, { planYear: 2026 }) }));
}

/** The phrases beyond the domain table (issue 13: other issuers, Word cells, scans), plan year 2026. */
export const BEYOND_DOMAIN_TEXTS: readonly string[] = DEADLINE_PHRASES.find(([source]) => source.startsWith('Beyond the domain table'))![1];

export function beyondDomainDeadlines(): NamedDeadline[] {
  return BEYOND_DOMAIN_TEXTS.map((text) => ({ name: `beyond the domain table: ${text}`, deadline: parseDeadline(text, { planYear: 2026 }) }));
}

const withStart = (part: DeadlinePart, start: IsoDate | null, due: IsoDate | null): DeadlinePart => ({ ...part, start, due });

/** Shapes the fixtures have few of: several parts, milestones, after-event, ties, clamped cycles, invalid rows. */
export function handMadeDeadlines(): NamedDeadline[] {
  const quarters = milestonesPart(
    milestone('Quý I', '2026-01-01', '2026-03-31'),
    milestone('Quý II', null, '2026-06-30'),
    milestone('Quý III', '2026-07-01', '2026-09-30'),
    milestone('Quý IV', '2026-10-01', '2026-12-31'),
  );
  const months = milestonesPart(...[1, 2, 3, 4, 5, 6, 7].map((month) => milestone(`Tháng ${month}`, `2026-0${month}-01`, isoFromDayNumber(dayNumber(`2026-0${month + 1}-01`) - 1))));
  const made: [string, Deadline, boolean?][] = [
    ['four quarterly milestones, one without a start', deadlineOf(quarters)],
    ['seven monthly milestones (more than the helper columns)', deadlineOf(months)],
    ['milestones with two on the same day', deadlineOf(milestonesPart(milestone('a', '2026-05-01', '2026-06-30'), milestone('b', '2026-06-20', '2026-06-30'), milestone('c', null, '2026-09-30')))],
    ['a date, a period and a yearly cycle', deadlineOf(datePart('2026-04-14'), periodPart('2026-07-01', '2026-09-30'), recurringPart('year'))],
    ['a month and a quarterly cycle due the same day (period first)', deadlineOf(periodPart('2026-06-01', '2026-06-30'), recurringPart('quarter'))],
    ['a quarterly cycle and a month due the same day (cycle first)', deadlineOf(recurringPart('quarter'), periodPart('2026-06-01', '2026-06-30'))],
    ['a quarterly cycle due on the 9th and a date', deadlineOf(recurringPart('quarter', 9), datePart('2026-06-09'))],
    ['a monthly cycle due on the 31st', deadlineOf(recurringPart('month', 31))],
    ['a yearly cycle due on the 15th of December', deadlineOf(recurringPart('year', 15))],
    ['a half-yearly and a yearly cycle', deadlineOf(recurringPart('half-year'), recurringPart('year'))],
    ['a monthly cycle and a quarterly cycle due on the 20th', deadlineOf(recurringPart('month'), recurringPart('quarter', 20))],
    ['a quarterly cycle clamped to 2026', deadlineOf(withStart(recurringPart('quarter'), '2026-04-15', '2026-12-31'))],
    ['a monthly cycle from March 2026', deadlineOf(withStart(recurringPart('month', 10), '2026-03-20', null))],
    ['a yearly cycle until 2026', deadlineOf(withStart(recurringPart('year'), null, '2026-06-30'))],
    ['30 working days after the event', deadlineOf(afterEventPart(30))],
    ['10 calendar days after the event', deadlineOf(afterEventPart(10, false))],
    ['0 working days after the event', deadlineOf(afterEventPart(0))],
    ['after the event, and a quarter', deadlineOf(afterEventPart(15), periodPart('2026-04-01', '2026-06-30'))],
    ['a date, then after the event', deadlineOf(datePart('2026-03-20'), afterEventPart(5))],
    // With the event on 13/02/2026, 10 working days after it (over Tết) is 06/03/2026: a tie with the period.
    ['after the event, then a period due the same day', deadlineOf(afterEventPart(10), periodPart('2026-03-01', '2026-03-06'))],
    ['a period, then after the event due the same day', deadlineOf(periodPart('2026-03-01', '2026-03-06'), afterEventPart(10))],
    ['two after-event parts and a date', deadlineOf(afterEventPart(5), afterEventPart(20, false), datePart('2026-04-30'))],
    ['after the event and a yearly cycle', deadlineOf(recurringPart('year'), afterEventPart(45))],
    ['an after-event part without its days', deadlineOf({ kind: 'after-event', text: 'Sau khi ký', start: null, due: null })],
    ['continuous and a date', deadlineOf(continuousPart(), datePart('2026-05-15'))],
    ['continuous and a quarterly cycle', deadlineOf(continuousPart(), recurringPart('quarter'))],
    ['a directive and a period', deadlineOf(directivePart(), periodPart('2026-10-01', '2026-10-31'))],
    ['a directive, continuous and a monthly cycle', deadlineOf(directivePart(), continuousPart(), recurringPart('month'))],
    ['a date and an unreadable part', deadlineOf(datePart('2026-08-31'), unknownPart())],
    ['two periods due the same day, different starts', deadlineOf(periodPart('2026-09-01', '2026-09-30'), periodPart('2026-01-01', '2026-09-30'))],
    ['a span and a date inside it', deadlineOf(spanPart('2026-01-01', '2027-12-31'), datePart('2026-11-30'))],
    ['a date in 2025 and one in 2027', deadlineOf(datePart('2025-12-31'), datePart('2027-01-15'))],
    ['unknown', deadlineOf(unknownPart())],
    ['a date part with no due date', deadlineOf({ kind: 'date', text: '?', start: null, due: null })],
    ['a recurring part with no recurrence', deadlineOf({ kind: 'recurring', text: '?', start: null, due: null })],
    ['milestones with none listed but a due date', deadlineOf({ kind: 'milestones', text: '?', start: '2026-02-01', due: '2026-02-28', milestones: [] })],
  ];
  return [...made.map(([name, deadline]) => ({ name, deadline })), { name: 'a row that failed validation', deadline: deadlineOf(periodPart('2026-01-01', '2026-03-31')), invalid: true }];
}

const TYPED_DONE: readonly SheetCell[] = ['Đã hoàn thành', 'HT', 'x', 'X', '✓', '100%', 1, 100, true, 'hoan thanh', 'Hoàn thành'.normalize('NFD'), '  hoàn THÀNH  ', 'Xong'];
const NOT_DONE: readonly SheetCell[] = ['Chưa hoàn thành', 'Không hoàn thành', '=abc', 0.5, 0, false, 'Tạm dừng', { formula: 'NA()' }, 50, 'Đang triển khai'];

/**
 * The rows of one deadline: progress empty, in progress, not started, done with no completion date,
 * done before / on / after the due date, partly done, typed spellings, the "Hạn cụ thể" override,
 * an event date (before Tết and in March), unreadable cells.
 */
export function taskVariants(named: NamedDeadline, index: number): SheetTask[] {
  const { deadline, invalid } = named;
  const reference = deadline.parts.map((part) => part.due).find((due) => due !== null) ?? deadline.due ?? '2026-06-30';
  const day = (offset: number) => sheetSerial(reference) + offset;
  const base = { deadline, invalid: invalid ?? false };
  const typed = TYPED_DONE[index % TYPED_DONE.length]!;
  const notDone = NOT_DONE[index % NOT_DONE.length]!;
  return [
    { ...base },
    { ...base, progress: 'Đang thực hiện' },
    { ...base, progress: 'Chưa thực hiện' },
    { ...base, progress: 'Hoàn thành' },
    { ...base, progress: 'Hoàn thành', completedOn: day(-1) },
    { ...base, progress: 'Hoàn thành', completedOn: day(0) },
    { ...base, progress: 'Hoàn thành', completedOn: day(1) + 0.5 },
    { ...base, progress: 'Đang thực hiện', completedOn: day(-1) },
    { ...base, progress: notDone, completedOn: day(40) },
    { ...base, progress: typed, completedOn: index % 2 === 0 ? day(-30) : null },
    { ...base, dueOverride: day(20) },
    { ...base, progress: 'Hoàn thành', completedOn: day(25), dueOverride: day(20) },
    { ...base, eventDate: sheetSerial('2026-03-10') },
    { ...base, progress: 'Đang thực hiện', completedOn: sheetSerial('2026-02-27'), eventDate: sheetSerial('2026-02-13') },
    { ...base, progress: 'Hoàn thành', completedOn: sheetSerial('2026-05-20'), eventDate: sheetSerial('2026-04-24') },
    { ...base, progress: 'Không hoàn thành', completedOn: 5, dueOverride: 'sau Tết', eventDate: true },
  ];
}

/** The days around a deadline's dates that its status turns on: due − 8, due − 7, due, due + 1, start − 1, start. */
export function edgeDays(deadline: Deadline): IsoDate[] {
  const parts = deadline.parts.length > 0 ? deadline.parts : [deadline];
  const steps = parts.flatMap((part) => [...(part.milestones ?? []), { start: part.start, due: part.due }]);
  const shift = (date: IsoDate, days: number) => isoFromDayNumber(dayNumber(date) + days);
  return steps.flatMap((step) => [
    ...(step.due === null ? [] : [-8, -7, 0, 1].map((offset) => shift(step.due!, offset))),
    ...(step.start === null ? [] : [-1, 0].map((offset) => shift(step.start!, offset))),
  ]);
}
