import { describe, expect, it } from 'vitest';
import { cycleContaining } from '../../../src/status/current-cycle.js';

describe('cycleContaining', () => {
  it('runs a yearly cycle from 1 January to 31 December', () => {
    expect(cycleContaining({ every: 'year', dueDay: null }, '2026-07-04')).toEqual({ start: '2026-01-01', end: '2026-12-31', due: '2026-12-31' });
  });

  it('splits the year in halves: January–June and July–December', () => {
    expect(cycleContaining({ every: 'half-year', dueDay: null }, '2026-06-30').due).toBe('2026-06-30');
    expect(cycleContaining({ every: 'half-year', dueDay: null }, '2026-07-01')).toEqual({ start: '2026-07-01', end: '2026-12-31', due: '2026-12-31' });
  });

  it('ends each quarter on its last day', () => {
    expect(cycleContaining({ every: 'quarter', dueDay: null }, '2026-01-01')).toEqual({ start: '2026-01-01', end: '2026-03-31', due: '2026-03-31' });
    expect(cycleContaining({ every: 'quarter', dueDay: null }, '2026-03-31').due).toBe('2026-03-31');
    expect(cycleContaining({ every: 'quarter', dueDay: null }, '2026-04-01').start).toBe('2026-04-01');
    expect(cycleContaining({ every: 'quarter', dueDay: null }, '2026-12-31')).toEqual({ start: '2026-10-01', end: '2026-12-31', due: '2026-12-31' });
  });

  it('ends a month on its last day, 29 February in a leap year', () => {
    expect(cycleContaining({ every: 'month', dueDay: null }, '2028-02-10')).toEqual({ start: '2028-02-01', end: '2028-02-29', due: '2028-02-29' });
    expect(cycleContaining({ every: 'month', dueDay: null }, '2026-02-10').due).toBe('2026-02-28');
  });

  it('puts "before the 10th of the quarter\'s last month" on 9 March, June, September and December', () => {
    const quarterly = { every: 'quarter', dueDay: 9 } as const;
    expect(['2026-02-01', '2026-05-01', '2026-08-01', '2026-11-01'].map((d) => cycleContaining(quarterly, d).due)).toEqual(['2026-03-09', '2026-06-09', '2026-09-09', '2026-12-09']);
  });

  it('keeps a day after the due day in the same cycle, which stays open to the end of the quarter', () => {
    expect(cycleContaining({ every: 'quarter', dueDay: 9 }, '2026-03-20')).toEqual({ start: '2026-01-01', end: '2026-03-31', due: '2026-03-09' });
  });

  it('moves a due day past the end of a short month to its last day', () => {
    expect(cycleContaining({ every: 'month', dueDay: 31 }, '2026-04-03').due).toBe('2026-04-30');
    expect(cycleContaining({ every: 'month', dueDay: 30 }, '2028-02-03').due).toBe('2028-02-29');
  });
});
