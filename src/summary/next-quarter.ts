import { isoDate, type IsoDate } from '../dates/calendar-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { AssessedTask } from '../plan/assess-plan.js';
import { completedSteps } from '../status/completed-steps.js';
import { deadlineSteps, type Step } from '../status/deadline-steps.js';
import { readDateCell } from '../status/read-date-cell.js';
import { readProgress } from '../status/read-progress.js';

/** A calendar quarter as the summary names it: "Quý 3/2026", 01/07/2026 – 30/09/2026. */
export interface QuarterRange {
  readonly label: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

const LAST_DAY = ['03-31', '06-30', '09-30', '12-31'] as const;

/**
 * The calendar quarter after the one a date falls in.
 *
 * @example quarterAfter('2026-06-14') → { label: "Quý 3/2026", start: "2026-07-01", end: "2026-09-30" }
 * @example quarterAfter('2026-12-14') → "Quý 1/2027"
 */
export function quarterAfter(date: IsoDate): QuarterRange {
  const current = Math.floor((Number(date.slice(5, 7)) - 1) / 3);
  const year = Number(date.slice(0, 4)) + (current === 3 ? 1 : 0);
  const index = (current + 1) % 4;
  return {
    label: `Quý ${index + 1}/${year}`,
    start: isoDate(year, index * 3 + 1, 1),
    end: `${String(year).padStart(4, '0')}-${LAST_DAY[index]}`,
  };
}

/**
 * The earliest date inside a quarter on which a task still has work due, or null when it has none:
 * a concrete due date (a date, a month, a quarter, a span's end, a milestone, a due date counted from
 * an event date entered, the user's "Hạn cụ thể") that falls in the quarter, or the quarter's cycle of
 * a recurring task ("Hàng quý" always falls due in it; "Hằng năm" only in the quarter holding 31/12).
 * Work already completed needs no reminder: a task marked done, or whose completion date covers the
 * step, is left out — except a recurring cycle, which is new work unless the completion date falls
 * inside that very cycle (a "Hoàn thành" without a date speaks of the current cycle, not the next).
 * Directives, after-event deadlines without their date and continuous tasks have no date to remind of.
 *
 * @example "Tháng 01/2026 đến tháng 5 năm 2026", not done, Quý 2/2026 → 2026-05-31
 * @example "Trước ngày 10 của tháng cuối quý", Quý 2/2026 → 2026-06-09
 */
export function dueInQuarter(assessed: AssessedTask, quarter: QuarterRange, calendar: WorkingCalendar): IsoDate | null {
  const { progress: cells } = assessed.task;
  const override = readDateCell(cells.dueOverride ?? null).date;
  const steps: readonly Step[] =
    override !== null ? [{ due: override, start: null }] : deadlineSteps(assessed.deadline, { asOf: quarter.start, eventDate: readDateCell(cells.eventDate ?? null).date, calendar }).steps;
  if (steps.length === 0) return null;
  const done = readProgress(cells.progress ?? null).state === 'done';
  const completedOn = readDateCell(cells.completedOn ?? null).date;
  const completed = completedSteps(steps, done, completedOn);
  let earliest: IsoDate | null = null;
  steps.forEach((step, index) => {
    const open = step.cycle !== undefined ? completedOn === null || !completed[index] : !completed[index];
    if (open && step.due >= quarter.start && step.due <= quarter.end && (earliest === null || step.due < earliest)) earliest = step.due;
  });
  return earliest;
}
