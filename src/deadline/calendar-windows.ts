import { addDays, lastDayOfMonth, subDays } from 'date-fns';
import { fromLocalDate, isoDate, toLocalDate, type IsoDate } from '../dates/calendar-date.js';

/** The days a phrase names, first and last included: "Quý I/2026" → 2026-01-01 … 2026-03-31. */
export interface DateWindow {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** "Tháng 2/2028" → 2028-02-01 … 2028-02-29. `month` is 1-based. */
export function monthWindow(year: number, month: number): DateWindow {
  return monthsWindow(year, month, month);
}

/** "Quý II/2026" → 2026-04-01 … 2026-06-30. */
export function quarterWindow(year: number, quarter: number): DateWindow {
  return monthsWindow(year, quarter * 3 - 2, quarter * 3);
}

/** "6 tháng đầu năm 2026" (half 1) → 2026-01-01 … 2026-06-30; "6 tháng cuối năm" (half 2) → 07-01 … 12-31. */
export function halfYearWindow(year: number, half: number): DateWindow {
  return monthsWindow(year, half * 6 - 5, half * 6);
}

/** "Năm 2026" → 2026-01-01 … 2026-12-31. */
export function yearWindow(year: number): DateWindow {
  return monthsWindow(year, 1, 12);
}

/** "Trước ngày 01/01/2027" is due the day before: dayBefore("2027-01-01") → "2026-12-31". */
export function dayBefore(day: IsoDate): IsoDate {
  return fromLocalDate(subDays(toLocalDate(day), 1));
}

/** dayAfter("2026-03-31") → "2026-04-01": where a window that follows another begins. */
export function dayAfter(day: IsoDate): IsoDate {
  return fromLocalDate(addDays(toLocalDate(day), 1));
}

function monthsWindow(year: number, firstMonth: number, lastMonth: number): DateWindow {
  const end = lastDayOfMonth(new Date(year, lastMonth - 1, 1));
  return { start: isoDate(year, firstMonth, 1), end: isoDate(year, lastMonth, end.getDate()) };
}
