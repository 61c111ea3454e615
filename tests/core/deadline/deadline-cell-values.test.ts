import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/grid/cell-value.js';
import { parseDeadline } from '../../../src/deadline/parse-deadline.js';

const read = (value: CellValue) => parseDeadline(value, { planYear: 2026 });

describe('deadline cells that hold no text', () => {
  it('reads a real date cell as a date due that day', () => {
    expect(read({ date: '2026-06-15' })).toEqual({
      kind: 'date',
      text: '15/06/2026',
      start: null,
      due: '2026-06-15',
      parts: [{ kind: 'date', text: '15/06/2026', start: null, due: '2026-06-15' }],
    });
    expect(read({ date: '2028-02-29' })).toMatchObject({ kind: 'date', due: '2028-02-29' });
  });

  it('reads an Excel or Sheets serial number as the day it counts to', () => {
    expect(read(46188)).toMatchObject({ kind: 'date', text: '15/06/2026', due: '2026-06-15' });
    expect(read(46188.75)).toMatchObject({ kind: 'date', due: '2026-06-15' });
    expect(read(20000)).toMatchObject({ kind: 'date', due: '1954-10-03' });
  });

  it('reads a year typed as a number as that whole year', () => {
    expect(read(2026)).toMatchObject({ kind: 'period', text: '2026', start: '2026-01-01', due: '2026-12-31' });
  });

  it('does not take other numbers for deadlines', () => {
    for (const value of [0, 15, 1899, 2200, 19999, 80001, -46188, 2026.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(read(value), String(value)).toMatchObject({ kind: 'unknown', due: null });
    }
  });

  it('reads true, false and errors as unknown, quoting what the cell showed', () => {
    expect(read(true)).toMatchObject({ kind: 'unknown', text: 'TRUE' });
    expect(read({ error: '#N/A' })).toMatchObject({ kind: 'unknown', text: '#N/A', due: null });
  });

  it('reads a date cell that is not a real day as unknown', () => {
    expect(read({ date: '2026-02-30' })).toMatchObject({ kind: 'unknown', text: '2026-02-30' });
    expect(read({ date: 'hôm qua' })).toMatchObject({ kind: 'unknown', due: null });
  });

  it('reads an empty cell as unknown with no parts', () => {
    expect(read(null)).toEqual({ kind: 'unknown', text: '', start: null, due: null, parts: [] });
    expect(read(undefined as unknown as CellValue)).toMatchObject({ kind: 'unknown', parts: [] });
  });

  it('hands back a frozen result, so that a remembered one cannot be changed by a caller', () => {
    const deadline = read('Quý I/2026');
    expect(Object.isFrozen(deadline)).toBe(true);
    expect(Object.isFrozen(deadline.parts[0])).toBe(true);
    expect(read('Quý I/2026')).toEqual(deadline);
  });
});
