import { isoDate, isRealDate } from '../dates/calendar-date.js';
import { halfYearWindow, monthWindow, quarterWindow, yearWindow, type DateWindow } from './calendar-windows.js';

export type TimeUnit = 'day' | 'month' | 'quarter' | 'half' | 'year';

/**
 * A stretch of time a phrase names, before the plan year fills what it leaves out.
 * `index` is the month (for a day or a month), the quarter (1–4) or the half (1–2); `day` the day of
 * the month. "Quý II" → { unit: 'quarter', index: 2, year: null }; "15/6/2026" → day 15, index 6.
 */
export interface TimeRef {
  readonly unit: TimeUnit;
  readonly year: number | null;
  readonly index: number | null;
  readonly day: number | null;
}

const ROMAN = ['', 'I', 'II', 'III', 'IV'];

/** The days a complete reference covers, or null when it is incomplete or not a real date (31/02). */
export function timeRefWindow(ref: TimeRef): DateWindow | null {
  const { unit, year, index, day } = ref;
  if (year === null) return null;
  if (unit === 'year') return yearWindow(year);
  if (index === null) return null;
  if (unit === 'month') return monthWindow(year, index);
  if (unit === 'quarter') return quarterWindow(year, index);
  if (unit === 'half') return halfYearWindow(year, index);
  if (day === null || !isRealDate(year, index, day)) return null;
  const date = isoDate(year, index, day);
  return { start: date, end: date };
}

/** How a user would write a complete reference: "Quý II/2026", "Tháng 9/2025", "15/06/2026". */
export function formatTimeRef(ref: TimeRef): string {
  const year = String(ref.year ?? '');
  switch (ref.unit) {
    case 'year':
      return `Năm ${year}`;
    case 'half':
      return `6 tháng ${ref.index === 1 ? 'đầu' : 'cuối'} năm ${year}`;
    case 'quarter':
      return `Quý ${ROMAN[ref.index ?? 0] ?? ''}/${year}`;
    case 'month':
      return `Tháng ${ref.index ?? ''}/${year}`;
    case 'day':
      return `${String(ref.day ?? '').padStart(2, '0')}/${String(ref.index ?? '').padStart(2, '0')}/${year}`;
  }
}
