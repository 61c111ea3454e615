import { DONE_WORDS_TEXT } from '../../../src/sheet/progress-done-formula.js';
import { describe, expect, it } from 'vitest';
import { vietnamHolidays } from '../../../src/calendar/vietnam-holidays.js';
import { settingsSheetModel, SPARE_DAY_ROWS } from '../../../src/sheet-model/settings-sheet-model.js';
import { DEFAULT_SETTINGS_NAMES } from '../../../src/sheet/row-formulas.js';

const model = settingsSheetModel({ name: 'Cài đặt CCHC', planYear: 2026, dueSoonDays: 7, daysOff: ['2026-05-04'] });
const nameRange = (name: string) => model.names.find((item) => item.name === name)?.range;

describe('the settings sheet model', () => {
  it('holds =TODAY() as the as-of date, the due-soon window and the plan’s year, each explained', () => {
    expect(model.rows[0]).toEqual(['CÀI ĐẶT THEO DÕI KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH']);
    expect(model.rows[3]!.slice(0, 2)).toEqual(['Ngày đánh giá', { formula: 'TODAY()' }]);
    expect(model.rows[4]!.slice(0, 2)).toEqual(['Số ngày báo trước khi đến hạn', 7]);
    expect(model.rows[5]!.slice(0, 2)).toEqual(['Năm của kế hoạch', 2026]);
    for (const row of [3, 4, 5]) expect(String(model.rows[row]![2]).length).toBeGreaterThan(40);
  });

  it('holds a pinned as-of date as a date, and caches today’s date as the result of TODAY()', () => {
    const pinned = settingsSheetModel({ name: 'Cài đặt CCHC', planYear: 2026, dueSoonDays: 7, daysOff: [], asOf: '2026-03-14' });
    expect(pinned.rows[3]![1]).toEqual({ date: '2026-03-14' });
    const cached = settingsSheetModel({ name: 'Cài đặt CCHC', planYear: 2026, dueSoonDays: 7, daysOff: [], today: '2026-03-20' });
    expect(cached.rows[3]![1]).toEqual({ formula: 'TODAY()', result: { date: '2026-03-20' } });
  });

  it('defines the names the formulas read: the as-of date, the window, the days off with spare rows, the done texts', () => {
    expect(model.names.map((item) => item.name)).toEqual([DEFAULT_SETTINGS_NAMES.asOf, DEFAULT_SETTINGS_NAMES.dueSoonDays, DEFAULT_SETTINGS_NAMES.daysOff, DEFAULT_SETTINGS_NAMES.doneWords]);
    const done = nameRange(DEFAULT_SETTINGS_NAMES.doneWords)!;
    expect(model.rows[done.top]![done.left]).toBe(DONE_WORDS_TEXT);
    expect(done.top).toBeGreaterThan(nameRange(DEFAULT_SETTINGS_NAMES.daysOff)!.bottom);
    expect(nameRange(DEFAULT_SETTINGS_NAMES.asOf)).toEqual({ top: 3, left: 1, bottom: 3, right: 1 });
    expect(nameRange(DEFAULT_SETTINGS_NAMES.dueSoonDays)).toEqual({ top: 4, left: 1, bottom: 4, right: 1 });
    const days = nameRange(DEFAULT_SETTINGS_NAMES.daysOff)!;
    expect(model.rows[days.top - 1]).toEqual(['Thứ', 'Ngày', 'Tên ngày nghỉ']);
    const listed = model.rows.slice(days.top, days.bottom + 1);
    expect(listed.filter((cells) => cells.length === 0)).toHaveLength(SPARE_DAY_ROWS);
    expect(listed.length).toBe(days.bottom - days.top + 1);
  });

  it('lists the holidays from the year before the plan to four years after, then the user’s own days off', () => {
    const days = nameRange(DEFAULT_SETTINGS_NAMES.daysOff)!;
    const listed = model.rows.slice(days.top, days.bottom + 1).filter((cells) => cells.length > 0);
    const dates = listed.map((cells) => (cells[1] as { date: string }).date);
    const holidays = [2025, 2026, 2027, 2028, 2029, 2030].flatMap((year) => vietnamHolidays(year).map((holiday) => holiday.date));
    expect(dates).toEqual([...new Set([...holidays, '2026-05-04'])].sort());
    expect(listed.find((cells) => (cells[1] as { date: string }).date === '2026-05-04')).toEqual(['Thứ Hai', { date: '2026-05-04' }, 'Ngày nghỉ của đơn vị']);
  });

  it('validates the as-of date and the days off as dates and the window as 0 to 365 days', () => {
    const days = nameRange(DEFAULT_SETTINGS_NAMES.daysOff)!;
    expect(model.validations).toEqual([
      { range: { top: 3, left: 1, bottom: 3, right: 1 }, kind: 'date' },
      { range: days, kind: 'date' },
    ]);
    expect(model.wholeNumberValidations).toEqual([{ range: { top: 4, left: 1, bottom: 4, right: 1 }, min: 0, max: 365 }]);
  });

  it('has no frozen rows, rules or chart', () => {
    expect([model.frozenRows, model.rules, model.chart]).toEqual([0, [], undefined]);
  });
});
