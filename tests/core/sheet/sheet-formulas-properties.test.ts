import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayNumber, isoFromDayNumber } from '../../../src/calendar/day-number.js';
import { parseDeadline } from '../../../src/deadline/parse-deadline.js';
import { sheetSerial } from '../../../src/sheet/sheet-serial.js';
import type { IsoDate } from '../../../src/dates/calendar-date.js';
import type { Deadline, DeadlinePart, RecurrenceEvery } from '../../../src/deadline/deadline.js';
import { HOLIDAY_YEARS } from '../../helpers/sheet-formulas-compare.js';
import { PlanSheetEngine, engineResult, type SheetCell, type SheetTask } from '../../helpers/sheet-formulas-workbook.js';
import { afterEventPart, continuousPart, datePart, deadlineOf, directivePart, milestone, milestonesPart, periodPart, recurringPart, spanPart, unknownPart } from '../../helpers/status-deadlines.js';

const ROMAN = ['I', 'II', 'III', 'IV'];
const years = fc.integer({ min: 2024, max: 2029 });
const months = fc.integer({ min: 1, max: 12 });
const days = fc.integer({ min: 1, max: 31 });

/** One line of a deadline cell, in the words of real plans (docs/domain.md), with random numbers. */
const phrase: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(days, months, years).map(([d, m, y]) => `Trước ngày ${d}/${m}/${y}`),
  fc.tuple(days, months, years).map(([d, m, y]) => `Chậm nhất ngày ${d}/${m}/${y}`),
  fc.tuple(days, months, years).map(([d, m, y]) => `${d}/${m}/${y}`),
  fc.tuple(months, years).map(([m, y]) => `Tháng ${m}/${y}`),
  fc.tuple(months, fc.integer({ min: 0, max: 3 }), years).map(([m, k, y]) => `Tháng ${Math.max(1, m - k)}-${m}/${y}`),
  fc.tuple(fc.integer({ min: 0, max: 3 }), years).map(([q, y]) => `Quý ${ROMAN[q]}/${y}`),
  fc.tuple(fc.constantFrom('đầu', 'cuối'), years).map(([half, y]) => `6 tháng ${half} năm ${y}`),
  years.map((y) => `Năm ${y}`),
  fc.tuple(years, fc.integer({ min: 1, max: 5 })).map(([y, k]) => `Giai đoạn ${y} - ${y + k}`),
  fc.constantFrom('Hằng năm', 'Hàng quý', 'Theo kỳ báo cáo CCHC', '06 tháng/lần', 'Hằng tháng', 'Định kỳ hằng tháng'),
  fc.integer({ min: 1, max: 31 }).map((n) => `Trước ngày ${n} của tháng cuối quý`),
  fc.integer({ min: 1, max: 31 }).map((n) => `Trước ngày ${n} hằng tháng`),
  fc.integer({ min: 1, max: 31 }).map((n) => `Chậm nhất ngày ${n} tháng cuối năm`),
  fc.constantFrom('Thường xuyên', 'Liên tục', 'Theo chỉ đạo của UBND Thành phố', 'Theo yêu cầu', 'khi nào xong thì báo'),
  fc.integer({ min: 1, max: 90 }).map((n) => `Chậm nhất ${n} ngày làm việc kể từ ngày UBND Thành phố ký Quyết định`),
  fc.integer({ min: 1, max: 60 }).map((n) => `Trong vòng ${n} ngày kể từ ngày nhận được văn bản`),
  fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), years), { minLength: 2, maxLength: 5 }).map((meetings) => meetings.map(([q, y]) => `giao ban quý ${ROMAN[q]}: tháng ${3 * q + 3}/${y}`).join('; ')),
);

/** A cell of one to four lines, bulleted as converters leave them. */
const deadlineText = fc.array(phrase, { minLength: 1, maxLength: 4 }).map((lines) => (lines.length === 1 ? lines[0]! : lines.map((line) => `- ${line}`).join('\n')));

const FIRST = dayNumber('2023-06-01');
const LAST = dayNumber('2031-06-30');
const isoDates = fc.integer({ min: FIRST, max: LAST }).map(isoFromDayNumber);
const dateCell: fc.Arbitrary<SheetCell> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 5, arbitrary: isoDates.map(sheetSerial) },
  { weight: 1, arbitrary: fc.constantFrom<SheetCell>(5, 'tuần sau', true, { formula: 'NA()' }, 200000) },
);
const progressCell: fc.Arbitrary<SheetCell> = fc.constantFrom<SheetCell>(
  null,
  'Chưa thực hiện',
  'Đang thực hiện',
  'Hoàn thành',
  'Đã hoàn thành',
  'HT',
  'x',
  '✓',
  '100%',
  1,
  100,
  true,
  'Chưa hoàn thành',
  'Không hoàn thành',
  '=abc',
  0.5,
  { formula: 'NA()' },
);

const row = fc.record({
  text: deadlineText,
  planYear: fc.integer({ min: 2025, max: 2027 }),
  invalid: fc.integer({ min: 0, max: 9 }).map((draw) => draw === 0),
  progress: progressCell,
  completedOn: dateCell,
  dueOverride: fc.oneof({ weight: 4, arbitrary: fc.constant<SheetCell>(null) }, { weight: 1, arbitrary: dateCell }),
  eventDate: dateCell,
});

/** Deadlines built part by part, as `parseDeadline` could give them and beyond: ties, clamped cycles, long milestone lists. */
const FIRST_PART_DAY = dayNumber('2024-01-01');
/** Month ends and firsts of 2026 often, so that parts tie with each other and with the cycles. */
const MONTH_EDGES = Array.from({ length: 12 }, (_, month) => [
  isoFromDayNumber(dayNumber(`2026-${String(month + 1).padStart(2, '0')}-01`) - 1),
  `2026-${String(month + 1).padStart(2, '0')}-01`,
]).flat();
const partDates = fc.oneof(fc.integer({ min: FIRST_PART_DAY, max: dayNumber('2029-12-31') }).map(isoFromDayNumber), fc.constantFrom(...MONTH_EDGES));
const orderedDates = fc.tuple(partDates, partDates).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [IsoDate, IsoDate]);
const everies = fc.constantFrom<RecurrenceEvery>('year', 'half-year', 'quarter', 'month');
const part: fc.Arbitrary<DeadlinePart> = fc.oneof(
  partDates.map((due) => datePart(due)),
  orderedDates.map(([start, due]) => periodPart(start, due)),
  orderedDates.map(([start, due]) => spanPart(start, due)),
  fc
    .array(fc.tuple(fc.option(partDates, { nil: null }), partDates), { minLength: 1, maxLength: 7 })
    .map((pairs) => milestonesPart(...pairs.map(([start, due]) => milestone('mốc', start !== null && start > due ? due : start, due)).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)))),
  fc.tuple(everies, fc.option(fc.integer({ min: 1, max: 31 }), { nil: null }), fc.option(orderedDates, { nil: null }), fc.integer({ min: 0, max: 2 })).map(([every, day, range, clamp]) => {
    const cycle = recurringPart(every, day);
    if (range === null || clamp === 0) return cycle;
    return { ...cycle, start: range[0], due: clamp === 2 ? range[1] : null };
  }),
  fc.tuple(fc.integer({ min: 0, max: 90 }), fc.boolean()).map(([days, working]) => afterEventPart(days, working)),
  fc.constant(continuousPart()),
  fc.constant(directivePart()),
  fc.constant(unknownPart()),
);
const builtDeadline: fc.Arbitrary<Deadline> = fc.array(part, { minLength: 1, maxLength: 4 }).map((parts) => deadlineOf(...parts));

const builtRow = fc.record({
  deadline: builtDeadline,
  invalid: fc.integer({ min: 0, max: 19 }).map((draw) => draw === 0),
  progress: progressCell,
  completedOn: dateCell,
  dueOverride: fc.oneof({ weight: 4, arbitrary: fc.constant<SheetCell>(null) }, { weight: 1, arbitrary: dateCell }),
  eventDate: dateCell,
});

/** Evaluates the rows on each as-of date and expects computeStatus's answers; returns how many pairs it compared. */
function expectAgreement(tasks: readonly SheetTask[], asOfDates: readonly IsoDate[], window: number, describeRow: (index: number) => string): number {
  const sheet = new PlanSheetEngine(tasks, { years: HOLIDAY_YEARS, dueSoonDays: window });
  let compared = 0;
  try {
    for (const asOf of asOfDates) {
      sheet.setAsOf(asOf);
      sheet.results().forEach((result, index) => {
        compared += 1;
        expect(result, `${describeRow(index)} as of ${asOf}, window ${window}`).toEqual(engineResult(tasks[index]!, asOf, window));
      });
    }
  } finally {
    sheet.destroy();
  }
  return compared;
}

const asOfList = fc.array(fc.oneof(isoDates, fc.integer({ min: dayNumber('2025-12-01'), max: dayNumber('2027-01-31') }).map(isoFromDayNumber)), { minLength: 1, maxLength: 12 });
const windows = fc.integer({ min: 0, max: 15 });

describe('the live formulas on random deadlines', () => {
  it('agree with computeStatus for random deadline phrases, cells, windows and as-of dates', () => {
    let pairs = 0;
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), asOfList, windows, (rows, asOfDates, window) => {
        const tasks: SheetTask[] = rows.map(({ text, planYear, ...cells }) => ({ deadline: parseDeadline(text, { planYear }), ...cells }));
        pairs += expectAgreement(tasks, asOfDates, window, (index) => JSON.stringify(rows[index]));
      }),
      { numRuns: 200 },
    );
    console.log(`random deadline phrases: ${pairs} (task, as-of) pairs compared`);
  }, 600_000);

  it('agree with computeStatus for deadlines built part by part, with ties, clamped cycles and long milestone lists', () => {
    let pairs = 0;
    fc.assert(
      fc.property(fc.array(builtRow, { minLength: 1, maxLength: 12 }), asOfList, windows, (rows, asOfDates, window) => {
        pairs += expectAgreement(rows, asOfDates, window, (index) => JSON.stringify(rows[index]));
      }),
      { numRuns: 200 },
    );
    console.log(`random deadline parts: ${pairs} (task, as-of) pairs compared`);
  }, 600_000);
});
