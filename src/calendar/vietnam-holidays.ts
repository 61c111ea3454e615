import { formatViDate, isoDate, type IsoDate } from '../dates/calendar-date.js';
import { dayNumber, isWeekend, isoFromDayNumber, weekdayOf } from './day-number.js';
import { lunarNewYear, lunarToSolar, solarToLunar } from './lunar-calendar.js';

/** One public holiday or compensatory day off. */
export interface Holiday {
  readonly date: IsoDate;
  readonly name: string;
}

export interface VietnamHolidaysOptions {
  /**
   * Which day joins Quốc khánh 2/9: the Labour Code 2019 (art. 112) gives "2/9 and one day before or
   * after" and the Prime Minister picks it each year. Default 'before' (1/9), as fixed in 2022, 2023
   * and 2025. 2024 took 3/9, which the default gives too (1/9/2024 was a Sunday, made up on 3/9);
   * 2021, when 2/9 was a Thursday, took Friday 3/9 — pass 'after' (or the user's days off) for such
   * a year (the next is 2027).
   */
  readonly nationalDayAdjoining?: 'before' | 'after';
}

const LUNAR_DAY_NAMES = ['mùng 1', 'mùng 2', 'mùng 3', 'mùng 4'];

/**
 * The public holidays of a year for state offices (Labour Code 2019, art. 112), with the
 * compensatory days (nghỉ bù, art. 111(3)): a holiday on a Saturday or Sunday — the weekly rest of
 * civil servants — is made up on the next working day that is not itself a holiday or already a
 * compensatory day. Tết Nguyên Đán is taken as the last day of the lunar year and the first four
 * days of the new one; the government fixes the exact days each year, which users add as days off.
 * Two holidays on one day (none between 1990 and 2100) would be listed once, under both names.
 *
 * @example vietnamHolidays(2026) → 1/1, 16/02–20/02 (Tết), 26/04 (Giỗ Tổ, a Sunday) and 27/04 (nghỉ bù),
 * 30/4, 1/5, 1/9, 2/9
 */
export function vietnamHolidays(year: number, options: VietnamHolidaysOptions = {}): Holiday[] {
  const byDay = new Map<number, string>();
  const add = (date: IsoDate, name: string) => {
    const day = dayNumber(date);
    const existing = byDay.get(day);
    byDay.set(day, existing === undefined ? name : `${existing}; ${name}`);
  };

  add(isoDate(year, 1, 1), 'Tết Dương lịch');
  const tet = dayNumber(lunarNewYear(year));
  const lunarNewYearsEve = isoFromDayNumber(tet - 1);
  add(lunarNewYearsEve, `Tết Nguyên Đán (${solarToLunar(lunarNewYearsEve).day} tháng Chạp)`);
  LUNAR_DAY_NAMES.forEach((name, index) => add(isoFromDayNumber(tet + index), `Tết Nguyên Đán (${name})`));
  const hungKings = lunarToSolar({ day: 10, month: 3, year, leap: false });
  if (hungKings !== null) add(hungKings, 'Giỗ Tổ Hùng Vương (10/3 âm lịch)');
  add(isoDate(year, 4, 30), 'Ngày Chiến thắng (30/4)');
  add(isoDate(year, 5, 1), 'Ngày Quốc tế Lao động (1/5)');
  add(isoDate(year, 9, 2), 'Quốc khánh (2/9)');
  const adjoining = options.nationalDayAdjoining === 'after' ? 3 : 1;
  add(isoDate(year, 9, adjoining), `Quốc khánh (nghỉ liền kề, ${adjoining}/9)`);

  const holidays = [...byDay.keys()].sort((a, b) => a - b);
  const taken = new Set(holidays);
  const result: Holiday[] = holidays.map((day) => ({ date: isoFromDayNumber(day), name: byDay.get(day) ?? '' }));
  for (const day of holidays) {
    if (!isWeekend(day)) continue;
    let substitute = day + 1;
    while (isWeekend(substitute) || taken.has(substitute)) substitute += 1;
    taken.add(substitute);
    const restDay = weekdayOf(day) === 0 ? 'Chủ nhật' : 'thứ Bảy';
    const shown = formatViDate(isoFromDayNumber(day)).slice(0, 5);
    result.push({ date: isoFromDayNumber(substitute), name: `Nghỉ bù ${byDay.get(day)}, trùng ${restDay} ${shown}` });
  }
  return result.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
