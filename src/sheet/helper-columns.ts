import type { Deadline, RecurrenceEvery } from '../deadline/deadline.js';
import { HELPER_HEADER_PREFIX } from './plan-sheet-layout.js';
import { sheetSerial } from './sheet-serial.js';
import type { StepLayout } from '../status/step-layout.js';

/** How many fixed steps (dates, periods, milestones) have helper columns; the formulas hold any more as DATE(…). */
export const FIXED_STEP_COLUMNS = 4;

/**
 * Headers of the hidden helper columns, left to right: the kind of deadline ('date', 'period', …,
 * 'unknown'; 'invalid' for a row that failed validation); four fixed steps, earliest due first, each
 * as the first day of its window (empty when it has none) and its due date; the first recurring
 * part's cycle in months (12, 6, 3, 1) and its due day in the cycle's last month (empty: the last
 * day); the first after-event part's number of days and whether they are working days (1/0).
 */
export const HELPER_HEADERS: readonly string[] = [
  'loại hạn',
  ...Array.from({ length: FIXED_STEP_COLUMNS }, (_, index) => [`bắt đầu ${index + 1}`, `hạn ${index + 1}`]).flat(),
  'chu kỳ (tháng)',
  'ngày hạn trong chu kỳ',
  'số ngày sau sự kiện',
  'tính ngày làm việc',
].map((header) => `${HELPER_HEADER_PREFIX}${header}`);

/** 0-based places of the helper values, counted from the first helper column. */
export const HELPER = {
  kind: 0,
  fixedStart: (index: number) => 1 + 2 * index,
  fixedDue: (index: number) => 2 + 2 * index,
  cycleMonths: 1 + 2 * FIXED_STEP_COLUMNS,
  cycleDueDay: 2 + 2 * FIXED_STEP_COLUMNS,
  eventDays: 3 + 2 * FIXED_STEP_COLUMNS,
  eventWorkingDays: 4 + 2 * FIXED_STEP_COLUMNS,
} as const;

/** Months in a cycle. */
export const CYCLE_MONTHS: Readonly<Record<RecurrenceEvery, number>> = { year: 12, 'half-year': 6, quarter: 3, month: 1 };

/**
 * The helper values of a row, dates as serial numbers.
 *
 * @example "Quý I/2026" → ['period', 46023, 46112, null, …]; "Hằng năm" → ['recurring', null × 8, 12, null, null, null]
 */
export function helperValues(deadline: Deadline, invalid: boolean, steps: StepLayout): (string | number | null)[] {
  const values: (string | number | null)[] = HELPER_HEADERS.map(() => null);
  values[HELPER.kind] = invalid ? 'invalid' : deadline.kind;
  if (invalid) return values;
  steps.fixed.slice(0, FIXED_STEP_COLUMNS).forEach((step, index) => {
    values[HELPER.fixedStart(index)] = step.start === null ? null : sheetSerial(step.start);
    values[HELPER.fixedDue(index)] = sheetSerial(step.due);
  });
  const [cycle] = steps.cycles;
  if (cycle !== undefined) {
    values[HELPER.cycleMonths] = CYCLE_MONTHS[cycle.recurrence.every];
    values[HELPER.cycleDueDay] = cycle.recurrence.dueDay === null ? null : cycleDueDay(cycle.recurrence.dueDay);
  }
  const [event] = steps.events;
  if (event !== undefined) {
    values[HELPER.eventDays] = event.days;
    values[HELPER.eventWorkingDays] = event.workingDays ? 1 : 0;
  }
  return values;
}

/** The due day as `cycleContaining` takes it, 1 … 31; the formula clamps it to the shorter months. */
export function cycleDueDay(day: number): number {
  return Math.min(Math.max(1, Math.trunc(day)), 31);
}
