import type { IsoDate } from '../dates/calendar-date.js';
import { dayNumber, isoFromDayNumber, jdFromDate } from './day-number.js';

/** A day of the lunisolar calendar: 10/3 Ất Tỵ is `{ day: 10, month: 3, year: 2025, leap: false }`. */
export interface LunarDate {
  readonly day: number;
  readonly month: number;
  /** The Gregorian year in which the lunar year begins (Tết Ất Tỵ = 29/01/2025 → 2025). */
  readonly year: number;
  /** Whether the month is the leap (nhuận) month that repeats `month`. */
  readonly leap: boolean;
}

export interface LunarCalendarOptions {
  /** Hours east of UTC of the meridian the calendar is reckoned on: 7 for Vietnam (default), 8 for China. */
  readonly timeZone?: number;
}

const VIETNAM = 7;
const SYNODIC_MONTH = 29.530588853;
const NEW_MOON_EPOCH = 2415021.076998695;

/**
 * The Vietnamese lunar date of a solar date, by Hồ Ngọc Đức's algorithm (new moons and the sun's
 * longitude after Jean Meeus, reckoned at UTC+7). Vietnam and China differ in the years when a new
 * moon falls between 16:00 and 17:00 UTC: Tết 1985 is 21/01 in Vietnam, 20/02 in China.
 *
 * @example solarToLunar('2026-02-17') → { day: 1, month: 1, year: 2026, leap: false }
 */
export function solarToLunar(date: IsoDate, options: LunarCalendarOptions = {}): LunarDate {
  const timeZone = options.timeZone ?? VIETNAM;
  const year = Number(date.slice(0, 4));
  const jd = dayNumber(date);
  const k = Math.floor((jd - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1, timeZone);
  if (monthStart > jd) monthStart = newMoonDay(k, timeZone);
  let a11 = lunarMonth11(year, timeZone);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = lunarMonth11(year - 1, timeZone);
  } else {
    lunarYear = year + 1;
    b11 = lunarMonth11(year + 1, timeZone);
  }
  const day = jd - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapMonthDiff = leapMonthOffset(a11, timeZone);
    if (diff >= leapMonthDiff) {
      month = diff + 10;
      if (diff === leapMonthDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { day, month, year: lunarYear, leap };
}

/**
 * The solar date of a Vietnamese lunar date, or null when there is no such day (a leap month the
 * year does not have, the 30th of a 29-day month).
 *
 * @example lunarToSolar({ day: 10, month: 3, year: 2026, leap: false }) → '2026-04-26' (Giỗ Tổ Hùng Vương)
 */
export function lunarToSolar(lunar: LunarDate, options: LunarCalendarOptions = {}): IsoDate | null {
  const timeZone = options.timeZone ?? VIETNAM;
  const { day, month, year, leap } = lunar;
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return null;
  if (day < 1 || day > 30 || month < 1 || month > 12) return null;
  const a11 = month < 11 ? lunarMonth11(year - 1, timeZone) : lunarMonth11(year, timeZone);
  const b11 = month < 11 ? lunarMonth11(year, timeZone) : lunarMonth11(year + 1, timeZone);
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let offset = month - 11;
  if (offset < 0) offset += 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11, timeZone);
    let leapMonth = leapOffset - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    return null;
  }
  const solar = isoFromDayNumber(newMoonDay(k + offset, timeZone) + day - 1);
  const back = solarToLunar(solar, options);
  return back.day === day && back.month === month && back.leap === leap ? solar : null;
}

/**
 * Tết Nguyên Đán of a year: the solar date of 1/1 of the lunar year that begins in it.
 *
 * @example lunarNewYear(2026) → '2026-02-17'; lunarNewYear(1985) → '1985-01-21'
 */
export function lunarNewYear(year: number, options: LunarCalendarOptions = {}): IsoDate {
  const tet = lunarToSolar({ day: 1, month: 1, year, leap: false }, options);
  if (tet === null) throw new RangeError(`No lunar new year for ${year}`);
  return tet;
}

/** Julian day (fractional, UTC) of the k-th new moon after 1900-01-01, after Meeus ch. 49 (simplified). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = Math.PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  C1 = C1 - 0.0004 * Math.sin(dr * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  C1 = C1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  C1 = C1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  C1 = C1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltaT = T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + C1 - deltaT;
}

/** The sun's apparent longitude in radians, 0 ≤ L < 2π, at a Julian day (UTC). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = Math.PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  const L = (L0 + DL) * dr;
  return L - Math.PI * 2 * Math.floor(L / (Math.PI * 2));
}

/** Which 30° sector (major solar term, 0–11) the sun is in at local midnight starting a day. */
function sunSector(dayNo: number, timeZone: number): number {
  return Math.floor((sunLongitude(dayNo - 0.5 - timeZone / 24) / Math.PI) * 6);
}

/** The local day on which the k-th new moon falls. */
function newMoonDay(k: number, timeZone: number): number {
  return Math.floor(newMoon(k) + 0.5 + timeZone / 24);
}

/** Day on which the 11th lunar month (the one holding the winter solstice) begins, in a solar year. */
function lunarMonth11(year: number, timeZone: number): number {
  const off = jdFromDate(31, 12, year) - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k, timeZone);
  return sunSector(nm, timeZone) >= 9 ? newMoonDay(k - 1, timeZone) : nm;
}

/** How many months after month 11 the leap month comes: the first month holding no major solar term. */
function leapMonthOffset(a11: number, timeZone: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
  let last: number;
  do {
    last = arc;
    i += 1;
    arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
  } while (arc !== last && i < 14);
  return i - 1;
}
