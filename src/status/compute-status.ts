import type { IsoDate } from '../dates/calendar-date.js';
import type { Deadline } from '../deadline/deadline.js';
import type { CellValue } from '../grid/cell-value.js';
import { cleanText } from '../text/clean-text.js';
import { dayNumber } from '../calendar/day-number.js';
import { createWorkingCalendar, type WorkingCalendar } from '../calendar/working-calendar.js';
import { completedSteps } from './completed-steps.js';
import { cycleLabel, cycleName } from './cycle-name.js';
import { deadlineSteps, type Step } from './deadline-steps.js';
import { readDateCell } from './read-date-cell.js';
import { readProgress } from './read-progress.js';
import { STATUS_LABELS, type StatusCode } from './status-codes.js';
import { DEFAULT_DUE_SOON_DAYS } from '../sheet/due-soon-limits.js';

export interface StatusInput {
  deadline: Deadline;
  asOf: IsoDate;
  /** Tình trạng. */
  progress?: CellValue;
  /** Ngày hoàn thành. */
  completedOn?: CellValue;
  /** Hạn cụ thể: the user's concrete due date, overrides everything. */
  dueOverride?: CellValue;
  /** Ngày bắt đầu tính hạn: the date an after-event deadline counts from. */
  eventDate?: CellValue;
  /** The row failed validation → INVALID. */
  invalid?: boolean;
  /** Days before the due date when a task becomes due soon; default 7. */
  dueSoonDays?: number;
  /** Counts the working days of after-event deadlines; default createWorkingCalendar(). */
  calendar?: WorkingCalendar;
}

export type StatusColumn = 'progress' | 'completedOn' | 'dueOverride' | 'eventDate';

export interface StatusProblem {
  column: StatusColumn;
  code: 'PROGRESS_UNREADABLE' | 'DATE_UNREADABLE';
  text: string;
}

export interface TaskStatus {
  code: StatusCode;
  label: string;
  /** The due date that decided the status. */
  due: IsoDate | null;
  windowStart: IsoDate | null;
  /** Calendar days past due as of asOf for OVERDUE; days late for DONE_LATE. */
  daysOverdue: number | null;
  /**
   * The cycle the status is about ("quý IV/2026"), for a task whose only dated part is a recurring
   * one (`hasSoleCycle`) and whose status has a due date; the label ends with it. Null otherwise.
   */
  cycle: string | null;
  problems: StatusProblem[];
}

let defaultCalendar: WorkingCalendar | undefined;

/**
 * The KPI status of a task on a day (docs/domain.md, "Task status").
 *
 * The deadline is laid out in dated steps (`deadlineSteps`: each concrete part, each milestone,
 * the current cycle of a recurring part, an after-event part counted from its event date) and the
 * progress mark and completion date say which steps are completed (`completedSteps`).
 * - Every step completed and the task marked done: DONE_ON_TIME / DONE_LATE against the latest due
 *   date, DONE without a completion date.
 * - Otherwise the earliest open step decides: OVERDUE (as-of after due), DUE_SOON (0 ≤ due − as-of
 *   ≤ window), NOT_DUE (before the step's window opens), else IN_PROGRESS. A step without a start
 *   (a bare date) has no window to wait for.
 * - A recurring part is judged on the cycle containing the as-of date, done only by a completion
 *   date inside that cycle: a new cycle starts afresh. When it is the deadline's only dated part,
 *   the label names the cycle: "Sắp đến hạn – kỳ quý IV/2026" (`cycle`).
 * - Undated parts count only when no dated step is left open: a directive or an after-event part
 *   without its date → NO_DEADLINE (a date may still come; the order `parseDeadline` uses to pick
 *   the part that drives a cell), else continuous → CONTINUOUS. When every dated step is recorded
 *   but the task is not marked done and has no undated part, the last step stays open.
 * - A readable "Hạn cụ thể" replaces the whole deadline, whatever its kind; an unknown deadline
 *   without one, or a row that failed validation, is INVALID.
 * - Unreadable cells become problems and are ignored (unreadable progress = not done).
 * The progress cell is taken as it stands: a completion date later than the as-of date is not
 * second-guessed.
 *
 * @example "Quý I/2026", as of 2026-03-25, "Đang thực hiện" → DUE_SOON, due 2026-03-31
 * @example "Trước ngày 15/01/2026", "Hoàn thành", completed 2026-01-20 → DONE_LATE, 6 days late
 */
export function computeStatus(input: StatusInput): TaskStatus {
  const problems: StatusProblem[] = [];
  const progress = readProgress(input.progress ?? null);
  if (progress.state === 'unknown') problems.push({ column: 'progress', code: 'PROGRESS_UNREADABLE', text: progress.text });
  const completedOn = readDate(input.completedOn, 'completedOn', problems);
  const override = readDate(input.dueOverride, 'dueOverride', problems);
  const eventDate = readDate(input.eventDate, 'eventDate', problems);
  const done = progress.state === 'done';
  let soleCycle = false;
  const result = (code: StatusCode, step: Step | null = null, daysOverdue: number | null = null) =>
    statusOf(code, step, daysOverdue, soleCycle && step?.cycle !== undefined ? cycleName(step.cycle) : null, problems);

  if (input.invalid) return result('INVALID');
  if (override === null && input.deadline.kind === 'unknown') return result('INVALID');
  const laidOut =
    override !== null
      ? { steps: [{ due: override, start: null }], continuous: false, pending: false, soleCycle: false }
      : deadlineSteps(input.deadline, { asOf: input.asOf, eventDate, calendar: input.calendar ?? (defaultCalendar ??= createWorkingCalendar()) });
  const { steps, continuous, pending } = laidOut;
  soleCycle = laidOut.soleCycle;
  const last = latest(steps);
  if (last === null && !continuous && !pending) return result('INVALID');

  const completed = completedSteps(steps, done, completedOn);
  const open = steps.filter((_, index) => !completed[index]);
  if (open.length === 0) {
    if (done) {
      if (completedOn === null) return result('DONE', last);
      if (last === null || completedOn <= last.due) return result('DONE_ON_TIME', last);
      return result('DONE_LATE', last, daysBetween(last.due, completedOn));
    }
    if (pending) return result('NO_DEADLINE');
    if (continuous || last === null) return result('CONTINUOUS');
    open.push(last);
  }

  const step = earliest(open);
  const daysLeft = daysBetween(input.asOf, step.due);
  if (daysLeft < 0) return result('OVERDUE', step, -daysLeft);
  if (daysLeft <= (input.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS)) return result('DUE_SOON', step);
  if (step.start !== null && input.asOf < step.start) return result('NOT_DUE', step);
  return result('IN_PROGRESS', step);
}

function statusOf(code: StatusCode, step: Step | null, daysOverdue: number | null, cycle: string | null, problems: StatusProblem[]): TaskStatus {
  const label = cycle === null ? STATUS_LABELS[code] : cycleLabel(code, cycle);
  return { code, label, due: step?.due ?? null, windowStart: step?.start ?? null, daysOverdue, cycle, problems };
}

function readDate(value: CellValue | undefined, column: StatusColumn, problems: StatusProblem[]): IsoDate | null {
  if (value === undefined) return null;
  const reading = readDateCell(value);
  if (reading.unreadable) problems.push({ column, code: 'DATE_UNREADABLE', text: cleanText(value) });
  return reading.date;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier), on day numbers: no `Date` per task. */
function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

function earliest(steps: readonly Step[]): Step {
  return steps.reduce((best, step) => (step.due < best.due ? step : best));
}

function latest(steps: readonly Step[]): Step | null {
  return steps.reduce<Step | null>((best, step) => (best === null || step.due > best.due ? step : best), null);
}
