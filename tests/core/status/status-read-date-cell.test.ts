import { describe, expect, it } from 'vitest';
import { readDateCell } from '../../../src/status/read-date-cell.js';

const date = (iso: string) => ({ date: iso, unreadable: false });
const unreadable = { date: null, unreadable: true };

describe('readDateCell', () => {
  it('takes a date cell as it is', () => {
    expect(readDateCell({ date: '2026-06-15' })).toEqual(date('2026-06-15'));
  });

  it('reads a spreadsheet serial number, also as text', () => {
    expect(readDateCell(46188)).toEqual(date('2026-06-15'));
    expect(readDateCell(46188.75)).toEqual(date('2026-06-15'));
    expect(readDateCell('46188')).toEqual(date('2026-06-15'));
  });

  it.each([
    '15/6/2026',
    '15/06/2026',
    '15-06-2026',
    '15.06.2026',
    '15 / 6 / 2026',
    '2026-06-15',
    '2026/6/15',
    '15/6/26',
    'ngày 15/6/2026',
    'Ngày 15 tháng 6 năm 2026',
    '15/06/2026 08:30',
    '2026-06-15T00:00:00Z',
  ])('reads %j as 15 June 2026, day before month', (text) => {
    expect(readDateCell(text)).toEqual(date('2026-06-15'));
  });

  it('reads 06/07/2026 as 6 July, never as 7 June', () => {
    expect(readDateCell('06/07/2026')).toEqual(date('2026-07-06'));
  });

  it('knows 29/02 only in leap years', () => {
    expect(readDateCell('29/02/2028')).toEqual(date('2028-02-29'));
    expect(readDateCell('29/02/2026')).toEqual(unreadable);
  });

  it('reads an empty cell, blank text and a spreadsheet error as no date', () => {
    const none = { date: null, unreadable: false };
    expect(readDateCell(null)).toEqual(none);
    expect(readDateCell('')).toEqual(none);
    expect(readDateCell('  ')).toEqual(none);
    expect(readDateCell({ error: '#N/A' })).toEqual(none);
  });

  it.each(['tuần sau', '31/02/2026', '15/13/2026', '6/2026', 'Quý II', '15/6', 'x', 'Hoàn thành'])('calls %j unreadable', (text) => {
    expect(readDateCell(text)).toEqual(unreadable);
  });

  it('calls unreadable a number that cannot be a date of our time, a boolean and a broken date cell', () => {
    expect(readDateCell(2026)).toEqual(unreadable);
    expect(readDateCell(-5)).toEqual(unreadable);
    expect(readDateCell(true)).toEqual(unreadable);
    expect(readDateCell({ date: '2026-02-30' })).toEqual(unreadable);
  });
});
