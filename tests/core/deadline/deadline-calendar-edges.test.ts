import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/deadline/parse-deadline.js';

const read = (text: string, planYear = 2026) => parseDeadline(text, { planYear });

describe('deadlines at the edges of the calendar', () => {
  it('knows 29/02/2028 is a real day of a leap year', () => {
    expect(read('29/02/2028')).toMatchObject({ kind: 'date', due: '2028-02-29' });
  });

  it('ends February 2028 on the 29th and February 2026 on the 28th', () => {
    expect(read('Tháng 2/2028')).toMatchObject({ kind: 'period', start: '2028-02-01', due: '2028-02-29' });
    expect(read('Tháng 2/2026')).toMatchObject({ kind: 'period', start: '2026-02-01', due: '2026-02-28' });
  });

  it('ends February of a plan year that is a leap year on the 29th', () => {
    expect(read('Tháng 2', 2028)).toMatchObject({ due: '2028-02-29' });
  });

  it('refuses 29/02/2026, 31/04/2026 and 30/02 rather than moving them to another day', () => {
    expect(read('29/02/2026').kind).toBe('unknown');
    expect(read('31/04/2026').kind).toBe('unknown');
    expect(read('Trước ngày 30/02/2026')).toMatchObject({ kind: 'unknown', due: null });
  });

  it('puts "Trước ngày 01/01/2027" on the last day of 2026', () => {
    expect(read('Trước ngày 01/01/2027')).toMatchObject({ kind: 'date', due: '2026-12-31' });
  });

  it('puts "Trước ngày 01/03/2028" on the 29th of February', () => {
    expect(read('Trước ngày 01/03/2028')).toMatchObject({ kind: 'date', due: '2028-02-29' });
  });

  it('puts "Trước tháng 10/2026" on the last day of September', () => {
    expect(read('Trước tháng 10/2026')).toMatchObject({ kind: 'date', start: null, due: '2026-09-30' });
  });

  it.each([
    ['Quý I/2026', '2026-01-01', '2026-03-31'],
    ['Quý II/2026', '2026-04-01', '2026-06-30'],
    ['Quý III/2026', '2026-07-01', '2026-09-30'],
    ['Quý IV/2026', '2026-10-01', '2026-12-31'],
    ['Quý I/2028', '2028-01-01', '2028-03-31'],
  ])('ends %s on its last day (%s … %s)', (text, start, due) => {
    expect(read(text)).toMatchObject({ kind: 'period', start, due });
  });

  it('ends a quarter without a year in the plan year', () => {
    expect(read('Quý IV')).toMatchObject({ kind: 'period', start: '2026-10-01', due: '2026-12-31' });
    expect(read('Quý IV', 2025)).toMatchObject({ due: '2025-12-31' });
  });

  it('ends a year on 31/12 and a span on 31/12 of its last year', () => {
    expect(read('Năm 2030')).toMatchObject({ kind: 'period', start: '2030-01-01', due: '2030-12-31' });
    expect(read('Từ năm 2026 đến năm 2030')).toMatchObject({ kind: 'span', start: '2026-01-01', due: '2030-12-31' });
  });

  it('lets a range run across a new year', () => {
    expect(read('Tháng 11/2026 - tháng 2/2027')).toMatchObject({ kind: 'period', start: '2026-11-01', due: '2027-02-28' });
    expect(read('Quý IV/2026 - Quý I/2027')).toMatchObject({ kind: 'period', start: '2026-10-01', due: '2027-03-31' });
  });

  it('refuses a range that runs backwards', () => {
    expect(read('Quý IV/2026 - Quý I/2026').kind).toBe('unknown');
    expect(read('2030-2026').kind).toBe('unknown');
  });

  it('refuses months, quarters and days that do not exist', () => {
    expect(read('Tháng 13/2026').kind).toBe('unknown');
    expect(read('Quý 5/2026').kind).toBe('unknown');
    expect(read('32/01/2026').kind).toBe('unknown');
  });

  it('fills the year of a date without one from the plan year', () => {
    expect(read('Trước 31/12')).toMatchObject({ kind: 'date', due: '2026-12-30' });
    expect(read('15/6', 2027)).toMatchObject({ kind: 'date', due: '2027-06-15' });
  });

  it('cannot fill a missing year when the plan year is not a year, and says unknown', () => {
    expect(parseDeadline('Quý IV', { planYear: Number.NaN }).kind).toBe('unknown');
    expect(parseDeadline('Quý IV/2026', { planYear: Number.NaN })).toMatchObject({ kind: 'period', due: '2026-12-31' });
  });
});
