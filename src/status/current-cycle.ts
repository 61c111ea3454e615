import { getDaysInMonth } from 'date-fns';
import { isoDate, type IsoDate } from '../dates/calendar-date.js';
import type { Recurrence, RecurrenceEvery } from '../deadline/deadline.js';

/** One occurrence of a recurring deadline: the months it covers and the day its work is due. */
export interface Cycle {
  /** First day of the cycle (01/01, 01/07, 01/04, …). */
  readonly start: IsoDate;
  /** Last day of the cycle. Work completed up to this day counts for the cycle, even after `due`. */
  readonly end: IsoDate;
  /** The cycle's due date: its last day, or `dueDay` of its last month. */
  readonly due: IsoDate;
}

const MONTHS: Record<RecurrenceEvery, number> = { year: 12, 'half-year': 6, quarter: 3, month: 1 };

/**
 * The cycle of a recurring deadline that contains a date.
 *
 * @example cycleContaining({ every: 'quarter', dueDay: null }, '2026-05-10') → 2026-04-01 … due 2026-06-30
 * @example cycleContaining({ every: 'quarter', dueDay: 9 }, '2026-03-20') → 2026-01-01 … due 2026-03-09
 * ("Trước ngày 10 của tháng cuối quý": 20/3 is still the first quarter, and past its due day)
 */
export function cycleContaining(recurrence: Recurrence, date: IsoDate): Cycle {
  const key = `${recurrence.every}|${recurrence.dueDay}|${date.slice(0, 7)}`;
  const known = cycles.get(key);
  if (known !== undefined) return known;
  const cycle = computeCycle(recurrence, date);
  if (cycles.size >= CACHE_LIMIT) cycles.clear();
  cycles.set(key, cycle);
  return cycle;
}

/** Cycles already worked out, by recurrence and month: a plan's tasks share a handful. */
const cycles = new Map<string, Cycle>();
const CACHE_LIMIT = 10_000;

function computeCycle(recurrence: Recurrence, date: IsoDate): Cycle {
  const length = MONTHS[recurrence.every];
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const firstMonth = Math.floor((month - 1) / length) * length + 1;
  const lastMonth = firstMonth + length - 1;
  const daysInLastMonth = getDaysInMonth(new Date(year, lastMonth - 1, 1));
  const dueDay = recurrence.dueDay === null ? daysInLastMonth : Math.min(Math.max(1, Math.trunc(recurrence.dueDay)), daysInLastMonth);
  return {
    start: isoDate(year, firstMonth, 1),
    end: isoDate(year, lastMonth, daysInLastMonth),
    due: isoDate(year, lastMonth, dueDay),
  };
}
