import { isoDate, type IsoDate } from '../dates/calendar-date.js';

/**
 * Julian Day Numbers: whole days counted on one line, so a calendar date becomes an integer that
 * the lunar algorithm needs and that working-day loops can step through cheaply. Pure integer
 * arithmetic on the ISO string: no `Date`, hence the same answer in every time zone.
 *
 * @example dayNumber('2000-01-01') → 2451545; isoFromDayNumber(2451545) → '2000-01-01'
 */
export function dayNumber(iso: IsoDate): number {
  return jdFromDate(Number(iso.slice(8, 10)), Number(iso.slice(5, 7)), Number(iso.slice(0, 4)));
}

/** The ISO date of a Julian Day Number. */
export function isoFromDayNumber(jd: number): IsoDate {
  const [day, month, year] = jdToDate(jd);
  return isoDate(year, month, day);
}

/** Day of the week of a Julian Day Number: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(jd: number): number {
  return (jd + 1) % 7;
}

/** Whether a Julian Day Number falls on a Saturday or a Sunday. */
export function isWeekend(jd: number): boolean {
  const weekday = weekdayOf(jd);
  return weekday === 0 || weekday === 6;
}

/** Julian Day Number of day/month/year (Gregorian from 15/10/1582, Julian before), as in Meeus. */
export function jdFromDate(day: number, month: number, year: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const jd = day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
  if (jd < 2299161) return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
  return jd;
}

/** [day, month, year] of a Julian Day Number. */
export function jdToDate(jd: number): [number, number, number] {
  let b: number;
  let c: number;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = Math.floor((4 * a + 3) / 146097);
    c = a - Math.floor((b * 146097) / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = b * 100 + d - 4800 + Math.floor(m / 10);
  return [day, month, year];
}
