import { describe, expect, it } from 'vitest';
import { dayNumber, isoFromDayNumber, weekdayOf } from '../../../src/calendar/day-number.js';

describe('dayNumber', () => {
  it('numbers 01/01/2000 as Julian day 2451545 and back', () => {
    expect(dayNumber('2000-01-01')).toBe(2451545);
    expect(isoFromDayNumber(2451545)).toBe('2000-01-01');
  });

  it('steps over 29 February in leap years only', () => {
    expect(isoFromDayNumber(dayNumber('2028-02-28') + 1)).toBe('2028-02-29');
    expect(isoFromDayNumber(dayNumber('2026-02-28') + 1)).toBe('2026-03-01');
    expect(isoFromDayNumber(dayNumber('2100-02-28') + 1)).toBe('2100-03-01');
  });

  it('knows the day of the week: 17/02/2026 (Tết) is a Tuesday, 26/04/2026 a Sunday', () => {
    expect(weekdayOf(dayNumber('2026-02-17'))).toBe(2);
    expect(weekdayOf(dayNumber('2026-04-26'))).toBe(0);
  });
});
