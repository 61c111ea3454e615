import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayNumber, isoFromDayNumber } from '../../../src/calendar/day-number.js';
import { createWorkingCalendar } from '../../../src/calendar/working-calendar.js';

const calendar = createWorkingCalendar();
const isoDates = fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2040-12-31') }).map(isoFromDayNumber);

describe('createWorkingCalendar', () => {
  it('takes Saturdays, Sundays and holidays off and works the other days', () => {
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-14')).toBe(false);
    expect(calendar.isWorkingDay('2026-02-15')).toBe(false);
    expect(calendar.isWorkingDay('2026-02-17')).toBe(false);
    expect(calendar.isWorkingDay('2026-04-27')).toBe(false);
    expect(calendar.isWorkingDay('2026-09-01')).toBe(false);
    expect(calendar.isWorkingDay('2026-09-03')).toBe(true);
  });

  it('counts one working day from Friday 13/02/2026 to Monday 23/02, over Tết', () => {
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-23')).toBe(1);
  });

  it('counts 30 working days from 02/02/2026 to 23/03/2026', () => {
    expect(calendar.addWorkingDays('2026-02-02', 30)).toBe('2026-03-23');
  });

  it('counts across the end of a year and the New Year holiday', () => {
    expect(calendar.addWorkingDays('2025-12-31', 1)).toBe('2026-01-02');
    expect(calendar.workingDaysBetween('2025-12-30', '2026-01-02')).toBe(2);
  });

  it('gives the start back for zero days and counts backwards for a negative number', () => {
    expect(calendar.addWorkingDays('2026-02-14', 0)).toBe('2026-02-14');
    expect(calendar.addWorkingDays('2026-02-23', -1)).toBe('2026-02-13');
    expect(calendar.workingDaysBetween('2026-02-23', '2026-02-13')).toBe(-1);
  });

  it("adds the user's own days off, such as the Tết days the government fixed", () => {
    const fixed = createWorkingCalendar({ daysOff: ['2026-02-23', '2026-02-24'] });
    expect(fixed.isWorkingDay('2026-02-23')).toBe(false);
    expect(fixed.addWorkingDays('2026-02-13', 1)).toBe('2026-02-25');
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
  });

  it('works a Saturday the user swapped to a working day, and a holiday the user says is worked', () => {
    const swapped = createWorkingCalendar({ workingDays: ['2026-02-14', '2026-09-01'], daysOff: ['2026-09-03'] });
    expect(swapped.isWorkingDay('2026-02-14')).toBe(true);
    expect(swapped.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(swapped.isWorkingDay('2026-09-01')).toBe(true);
    expect(swapped.isWorkingDay('2026-09-03')).toBe(false);
  });

  it('lands on a working day and counts back the same number of days', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: -400, max: 400 }), (from, n) => {
        const to = calendar.addWorkingDays(from, n);
        if (n !== 0) expect(calendar.isWorkingDay(to)).toBe(true);
        expect(calendar.workingDaysBetween(from, to)).toBe(n);
      }),
    );
  });

  it('has between 245 and 252 working days in each year 2020–2040', () => {
    for (let year = 2020; year <= 2040; year += 1) {
      const days = calendar.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`);
      expect(days).toBeGreaterThanOrEqual(245);
      expect(days).toBeLessThanOrEqual(252);
    }
  });
});
