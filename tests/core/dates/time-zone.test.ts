import { describe, expect, it } from 'vitest';
import { fromLocalDate, toLocalDate } from '../../../src/dates/calendar-date.js';

describe('the time zone a suite runs in', () => {
  it('is the one its vitest project names', () => {
    const offsets: Record<string, number> = { UTC: 0, 'Asia/Ho_Chi_Minh': -420 };
    const zone = process.env.TZ;
    if (zone !== undefined && zone in offsets) expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(offsets[zone]);
  });

  it('does not move a calendar date across a conversion', () => {
    expect(fromLocalDate(toLocalDate('2026-01-01'))).toBe('2026-01-01');
    expect(fromLocalDate(toLocalDate('2028-02-29'))).toBe('2028-02-29');
  });
});
