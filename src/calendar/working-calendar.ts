import type { IsoDate } from '../dates/calendar-date.js';
import { dayNumber, isWeekend, isoFromDayNumber, jdFromDate } from './day-number.js';
import { vietnamHolidays } from './vietnam-holidays.js';

/** Which days a state office works, for counting "30 ngày làm việc". */
export interface WorkingCalendar {
  isWorkingDay(date: IsoDate): boolean;
  /**
   * The n-th working day after `from` (before it when n < 0); `from` itself is not counted, so
   * n = 0 gives `from` back.
   */
  addWorkingDays(from: IsoDate, n: number): IsoDate;
  /**
   * Working days after `from` up to and including `to`; when `to` is before `from`, minus the
   * working days from `to` up to but not including `from`. `workingDaysBetween(a, addWorkingDays(a, n))` is n.
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
}

export interface WorkingCalendarOptions {
  /** Extra days off, e.g. the Tết days the government fixes each year. */
  readonly daysOff?: readonly IsoDate[];
  /** Days worked although they would be off, e.g. a Saturday swapped to make a longer Tết break. */
  readonly workingDays?: readonly IsoDate[];
}

/**
 * A working calendar for state offices: Saturdays, Sundays, the public holidays and their
 * compensatory days (see `vietnamHolidays`) are off; the user's own days off are added and the
 * user's working days are forced on. The days off of each year are worked out once and kept.
 *
 * @example createWorkingCalendar().addWorkingDays('2026-02-13', 1) → '2026-02-23' (over Tết 2026)
 */
export function createWorkingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  const daysOff = new Set((options.daysOff ?? []).map(dayNumber));
  const forcedOn = new Set((options.workingDays ?? []).map(dayNumber));
  const hasOverrides = daysOff.size > 0 || forcedOn.size > 0;

  const isWorking = (jd: number): boolean => {
    if (hasOverrides) {
      if (forcedOn.has(jd)) return true;
      if (daysOff.has(jd)) return false;
    }
    return !isBuiltInDayOff(jd);
  };

  const step = (from: number, n: number): number => {
    const direction = n < 0 ? -1 : 1;
    let remaining = Math.abs(Math.trunc(n));
    let jd = from;
    while (remaining > 0) {
      jd += direction;
      if (isWorking(jd)) remaining -= 1;
    }
    return jd;
  };

  const added = new Map<string, IsoDate>();
  const addWorkingDays = (from: IsoDate, n: number): IsoDate => {
    const key = `${from}|${n}`;
    const known = added.get(key);
    if (known !== undefined) return known;
    const result = isoFromDayNumber(step(dayNumber(from), n));
    if (added.size >= CACHE_LIMIT) added.clear();
    added.set(key, result);
    return result;
  };

  return {
    isWorkingDay: (date) => isWorking(dayNumber(date)),
    addWorkingDays,
    workingDaysBetween: (from, to) => {
      const start = dayNumber(from);
      const end = dayNumber(to);
      let count = 0;
      if (start <= end) {
        for (let jd = start + 1; jd <= end; jd += 1) if (isWorking(jd)) count += 1;
        return count;
      }
      for (let jd = end; jd < start; jd += 1) if (isWorking(jd)) count -= 1;
      return count;
    },
  };
}

/** Answers of `addWorkingDays` kept per calendar: a plan counts from a handful of event dates. */
const CACHE_LIMIT = 10_000;

interface YearTable {
  readonly first: number;
  /** 1 for a day off (weekend, holiday, compensatory day), 0 for a working day. */
  readonly off: Uint8Array;
}

const yearTables = new Map<number, YearTable>();
let lastTable: YearTable | undefined;

function isBuiltInDayOff(jd: number): boolean {
  let table = lastTable;
  if (table === undefined || jd < table.first || jd >= table.first + table.off.length) {
    table = tableFor(yearOf(jd));
    lastTable = table;
  }
  return table.off[jd - table.first] === 1;
}

function tableFor(year: number): YearTable {
  const cached = yearTables.get(year);
  if (cached !== undefined) return cached;
  const first = jdFromDate(1, 1, year);
  const off = new Uint8Array(jdFromDate(1, 1, year + 1) - first);
  for (let i = 0; i < off.length; i += 1) if (isWeekend(first + i)) off[i] = 1;
  for (const holiday of vietnamHolidays(year)) off[dayNumber(holiday.date) - first] = 1;
  const table = { first, off };
  yearTables.set(year, table);
  return table;
}

function yearOf(jd: number): number {
  const estimate = Math.floor((jd - 2440588) / 365.2425) + 1970;
  if (jd < jdFromDate(1, 1, estimate)) return estimate - 1;
  if (jd >= jdFromDate(1, 1, estimate + 1)) return estimate + 1;
  return estimate;
}
