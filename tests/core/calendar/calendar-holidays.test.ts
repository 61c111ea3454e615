import { describe, expect, it } from 'vitest';
import { vietnamHolidays } from '../../../src/calendar/vietnam-holidays.js';

const datesOf = (year: number, options?: Parameters<typeof vietnamHolidays>[1]) => vietnamHolidays(year, options).map((h) => h.date);

describe('vietnamHolidays', () => {
  it('lists the holidays of 2026 in full, with the Sunday Giỗ Tổ made up on Monday 27/04', () => {
    expect(vietnamHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Tết Dương lịch' },
      { date: '2026-02-16', name: 'Tết Nguyên Đán (29 tháng Chạp)' },
      { date: '2026-02-17', name: 'Tết Nguyên Đán (mùng 1)' },
      { date: '2026-02-18', name: 'Tết Nguyên Đán (mùng 2)' },
      { date: '2026-02-19', name: 'Tết Nguyên Đán (mùng 3)' },
      { date: '2026-02-20', name: 'Tết Nguyên Đán (mùng 4)' },
      { date: '2026-04-26', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
      { date: '2026-04-27', name: 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch), trùng Chủ nhật 26/04' },
      { date: '2026-04-30', name: 'Ngày Chiến thắng (30/4)' },
      { date: '2026-05-01', name: 'Ngày Quốc tế Lao động (1/5)' },
      { date: '2026-09-01', name: 'Quốc khánh (nghỉ liền kề, 1/9)' },
      { date: '2026-09-02', name: 'Quốc khánh (2/9)' },
    ]);
  });

  it('gives Tết Nguyên Đán five days: the last day of the lunar year and the first four of the new one', () => {
    expect(
      vietnamHolidays(2025)
        .filter((h) => h.name.startsWith('Tết Nguyên Đán'))
        .map((h) => h.date),
    ).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01']);
  });

  it('makes up a Tết day falling on Saturday on the next Monday (2025: 01/02 → 03/02)', () => {
    expect(vietnamHolidays(2025)).toContainEqual({
      date: '2025-02-03',
      name: 'Nghỉ bù Tết Nguyên Đán (mùng 4), trùng thứ Bảy 01/02',
    });
  });

  it('makes up a weekend inside Tết after the last Tết day (2024: Tết on Sat–Sun → 14/02 and 15/02)', () => {
    expect(datesOf(2024).filter((d) => d.startsWith('2024-02'))).toEqual(['2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14', '2024-02-15']);
  });

  it('makes up Giỗ Tổ on Saturday and 30/4 on Sunday one after the other, past 1/5 (2023: 02/05 and 03/05)', () => {
    expect(datesOf(2023).filter((d) => d >= '2023-04-29' && d <= '2023-05-31')).toEqual(['2023-04-29', '2023-04-30', '2023-05-01', '2023-05-02', '2023-05-03']);
  });

  it('makes up New Year on Saturday on Monday 03/01/2022 and on Sunday on Monday 02/01/2023', () => {
    expect(datesOf(2022)).toContain('2022-01-03');
    expect(datesOf(2023)).toContain('2023-01-02');
  });

  it('joins 1/9 to Quốc khánh by default and 3/9 when asked', () => {
    expect(datesOf(2025).filter((d) => d.startsWith('2025-09'))).toEqual(['2025-09-01', '2025-09-02']);
    expect(datesOf(2021, { nationalDayAdjoining: 'after' }).filter((d) => d.startsWith('2021-09'))).toEqual(['2021-09-02', '2021-09-03']);
  });

  it('makes up a Saturday 2/9 on Monday 4/9 (2023) and a Sunday 1/9 on Tuesday 3/9 (2024), as the government did', () => {
    expect(datesOf(2023).filter((d) => d.startsWith('2023-09'))).toEqual(['2023-09-01', '2023-09-02', '2023-09-04']);
    expect(datesOf(2024).filter((d) => d.startsWith('2024-09'))).toEqual(['2024-09-01', '2024-09-02', '2024-09-03']);
  });

  it('lists every day once, in date order', () => {
    for (let year = 1990; year <= 2060; year += 1) {
      const dates = datesOf(year);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(dates.length);
      expect(dates.every((d) => d.startsWith(String(year)))).toBe(true);
    }
  });
});
