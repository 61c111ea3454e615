import { describe, expect, it } from 'vitest';
import { dayNumber, isoFromDayNumber } from '../../../src/calendar/day-number.js';
import { lunarNewYear, lunarToSolar, solarToLunar } from '../../../src/calendar/lunar-calendar.js';

describe('lunarNewYear', () => {
  it.each([
    [2020, '2020-01-25'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    [2029, '2029-02-13'],
  ])('puts Tết %i on %s', (year, tet) => {
    expect(lunarNewYear(year)).toBe(tet);
  });

  it('puts Tết 1985 on 21/01, a month before China (20/02), as Vietnam reckons at UTC+7', () => {
    expect(lunarNewYear(1985)).toBe('1985-01-21');
    expect(lunarNewYear(1985, { timeZone: 8 })).toBe('1985-02-20');
  });

  it('puts Tết 2007 on 17/02, a day before China (18/02)', () => {
    expect(lunarNewYear(2007)).toBe('2007-02-17');
    expect(lunarNewYear(2007, { timeZone: 8 })).toBe('2007-02-18');
  });

  it('puts Tết 2030 on 02/02, a day before China: the new moon falls at 23:07 Hà Nội time', () => {
    expect(lunarNewYear(2030)).toBe('2030-02-02');
    expect(lunarNewYear(2030, { timeZone: 8 })).toBe('2030-02-03');
  });
});

describe('lunarToSolar', () => {
  it('finds Giỗ Tổ Hùng Vương (10/3 âm lịch) on 07/04/2025 and 26/04/2026', () => {
    expect(lunarToSolar({ day: 10, month: 3, year: 2025, leap: false })).toBe('2025-04-07');
    expect(lunarToSolar({ day: 10, month: 3, year: 2026, leap: false })).toBe('2026-04-26');
  });

  it('finds Tết Trung thu (15/8 âm lịch) on 17/09/2024 and 06/10/2025', () => {
    expect(lunarToSolar({ day: 15, month: 8, year: 2024, leap: false })).toBe('2024-09-17');
    expect(lunarToSolar({ day: 15, month: 8, year: 2025, leap: false })).toBe('2025-10-06');
  });

  it('knows the leap sixth month of 2025 and refuses a leap month the year does not have', () => {
    expect(lunarToSolar({ day: 1, month: 6, year: 2025, leap: true })).toBe('2025-07-25');
    expect(lunarToSolar({ day: 1, month: 5, year: 2025, leap: true })).toBeNull();
    expect(lunarToSolar({ day: 1, month: 6, year: 2026, leap: true })).toBeNull();
  });

  it('refuses the 30th of a 29-day month: the year Ất Tỵ ends on 29 tháng Chạp', () => {
    expect(lunarToSolar({ day: 29, month: 12, year: 2025, leap: false })).toBe('2026-02-16');
    expect(lunarToSolar({ day: 30, month: 12, year: 2025, leap: false })).toBeNull();
  });
});

describe('solarToLunar', () => {
  it('reads 16/02/2026 as 29 tháng Chạp of the lunar year that began in 2025', () => {
    expect(solarToLunar('2026-02-16')).toEqual({ day: 29, month: 12, year: 2025, leap: false });
  });

  it('reads 22/03/2023 as the first day of the leap second month', () => {
    expect(solarToLunar('2023-03-22')).toEqual({ day: 1, month: 2, year: 2023, leap: true });
  });

  it('converts every day of 1990–2040 there and back, with months of 29 or 30 days', () => {
    let previous = solarToLunar('1989-12-31');
    for (let day = dayNumber('1990-01-01'); day <= dayNumber('2040-12-31'); day += 1) {
      const iso = isoFromDayNumber(day);
      const lunar = solarToLunar(iso);
      expect(lunarToSolar(lunar)).toBe(iso);
      if (lunar.day === 1) expect([29, 30]).toContain(previous.day);
      else expect(lunar.day).toBe(previous.day + 1);
      previous = lunar;
    }
  });
});
