import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { IsoDate } from '../../../src/dates/calendar-date.js';
import { formatViDate } from '../../../src/dates/calendar-date.js';
import type { Deadline, DeadlinePart, RecurrenceEvery } from '../../../src/deadline/deadline.js';
import type { CellValue } from '../../../src/grid/cell-value.js';
import { dayNumber, isoFromDayNumber } from '../../../src/calendar/day-number.js';
import { computeStatus } from '../../../src/status/compute-status.js';
import { cycleContaining } from '../../../src/status/current-cycle.js';
import { cycleLabel } from '../../../src/status/cycle-name.js';
import { STATUS_CODES, STATUS_LABELS } from '../../../src/status/status-codes.js';
import { afterEventPart, continuousPart, datePart, deadlineOf, directivePart, milestone, milestonesPart, periodPart, recurringPart, spanPart, unknownPart } from '../../helpers/status-deadlines.js';

const FIRST_DAY = dayNumber('2000-01-01');
const isoDates = fc.integer({ min: FIRST_DAY, max: dayNumber('2045-12-31') }).map(isoFromDayNumber);
const orderedDates = fc.tuple(isoDates, isoDates).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [IsoDate, IsoDate]);
const everies = fc.constantFrom<RecurrenceEvery>('year', 'half-year', 'quarter', 'month');

const datedParts: fc.Arbitrary<DeadlinePart> = fc.oneof(
  isoDates.map((due) => datePart(due)),
  orderedDates.map(([start, due]) => periodPart(start, due)),
  orderedDates.map(([start, due]) => spanPart(start, due)),
  fc
    .array(fc.tuple(fc.option(isoDates, { nil: null }), isoDates), { minLength: 1, maxLength: 4 })
    .map((pairs) => milestonesPart(...pairs.map(([start, due]) => milestone('mốc', start !== null && start > due ? due : start, due)).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)))),
  fc.tuple(fc.integer({ min: 0, max: 90 }), fc.boolean()).map(([days, working]) => afterEventPart(days, working)),
  fc.constant(continuousPart()),
  fc.constant(directivePart()),
  fc.constant(unknownPart()),
);
const recurringParts = fc.tuple(everies, fc.option(fc.integer({ min: 1, max: 31 }), { nil: null })).map(([every, day]) => recurringPart(every, day));
const anyPart = fc.oneof(datedParts, recurringParts);
const toDeadline = (parts: DeadlinePart[]): Deadline => deadlineOf(...parts);
const anyDeadline = fc.array(anyPart, { minLength: 1, maxLength: 3 }).map(toDeadline);
const nonRecurringDeadline = fc.array(datedParts, { minLength: 1, maxLength: 3 }).map(toDeadline);

const SPELLINGS = ['Hoàn thành', 'Đã hoàn thành', 'HT', 'x', '✓', '100%', 'Đang thực hiện', '50%', 'Chưa thực hiện', 'Chưa hoàn thành', 'Không hoàn thành', 'hoan thanh', '', '???'];
const NOT_DONE = ['Đang thực hiện', 'Đang triển khai', '50%', 'Chưa thực hiện', 'Chưa hoàn thành', 'Không hoàn thành', '', 'Tạm dừng'];
const progressCells: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  fc.constantFrom(...SPELLINGS),
  fc.string(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant({ error: '#N/A' }),
  isoDates.map((date) => ({ date })),
);
const notDoneProgress: fc.Arbitrary<CellValue | undefined> = fc.oneof(fc.constantFrom(...NOT_DONE), fc.constantFrom(0, 0.5, false, null, undefined));
const dateCells: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  isoDates.map((date) => ({ date })),
  isoDates.map(formatViDate),
  fc.string(),
  fc.double(),
  fc.constant({ date: '2026-02-30' }),
);

describe('computeStatus properties', () => {
  it('gives exactly one known status for every deadline, progress and as-of date, and never throws', () => {
    fc.assert(
      fc.property(anyDeadline, isoDates, progressCells, dateCells, dateCells, dateCells, fc.boolean(), (deadline, asOf, progress, completedOn, dueOverride, eventDate, invalid) => {
        const result = computeStatus({ deadline, asOf, progress, completedOn, dueOverride, eventDate, invalid });
        expect(STATUS_CODES).toContain(result.code);
        expect(result.label).toBe(result.cycle === null ? STATUS_LABELS[result.code] : cycleLabel(result.code, result.cycle));
        if (result.cycle !== null) expect(result.due !== null && (deadline.parts.length > 0 ? deadline.parts : [deadline]).some((part) => part.kind === 'recurring')).toBe(true);
        if (result.code === 'OVERDUE') expect(result.due !== null && result.due < asOf && result.daysOverdue! > 0).toBe(true);
        if (result.code === 'DUE_SOON') expect(result.due !== null && result.due >= asOf).toBe(true);
        if (result.code === 'DONE_LATE') expect(result.daysOverdue).toBeGreaterThan(0);
        if (['CONTINUOUS', 'NO_DEADLINE', 'INVALID'].includes(result.code)) expect(result.due).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it('never turns an overdue task that is not done into anything else as the as-of date moves on, for non-recurring deadlines', () => {
    fc.assert(
      fc.property(
        nonRecurringDeadline,
        isoDates,
        fc.integer({ min: 0, max: 2000 }),
        notDoneProgress,
        dateCells,
        dateCells,
        dateCells,
        (deadline, asOf, later, progress, completedOn, dueOverride, eventDate) => {
          const input = { deadline, progress, completedOn, dueOverride, eventDate };
          const before = computeStatus({ ...input, asOf });
          fc.pre(before.code === 'OVERDUE');
          const after = computeStatus({ ...input, asOf: isoFromDayNumber(dayNumber(asOf) + later) });
          expect(after.code).toBe('OVERDUE');
          expect(after.due).toBe(before.due);
          expect(after.daysOverdue).toBe(before.daysOverdue! + later);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('keeps a recurring task that is not done overdue until its cycle ends; the next cycle starts afresh', () => {
    fc.assert(
      fc.property(recurringParts, isoDates, fc.integer({ min: 0, max: 400 }), notDoneProgress, dateCells, (part, asOf, later, progress, completedOn) => {
        const deadline = deadlineOf(part);
        const laterDay = isoFromDayNumber(dayNumber(asOf) + later);
        fc.pre(cycleContaining(part.recurrence!, asOf).start === cycleContaining(part.recurrence!, laterDay).start);
        const before = computeStatus({ deadline, asOf, progress, completedOn });
        fc.pre(before.code === 'OVERDUE');
        expect(computeStatus({ deadline, asOf: laterDay, progress, completedOn }).code).toBe('OVERDUE');
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a done non-recurring task done, whatever the as-of date', () => {
    fc.assert(
      fc.property(nonRecurringDeadline, isoDates, isoDates, dateCells, (deadline, asOf, otherDay, completedOn) => {
        const input = { deadline, progress: 'Hoàn thành', completedOn };
        expect(computeStatus({ ...input, asOf: otherDay }).code).toBe(computeStatus({ ...input, asOf }).code);
      }),
      { numRuns: 1000 },
    );
  });
});
