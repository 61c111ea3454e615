import { describe, expect, it } from 'vitest';
import { readProgress } from '../../../src/status/read-progress.js';

const stateOf = (value: Parameters<typeof readProgress>[0]) => readProgress(value).state;

describe('readProgress', () => {
  it.each(['Hoàn thành', 'Đã hoàn thành', 'HT', 'Đã HT', 'x', 'X', '✓', '✔', '☑', '✅', '100%', 'Xong', 'Đã xong', 'Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Đã thực hiện', 'TRUE'])(
    'reads %j as done',
    (text) => {
      expect(stateOf(text)).toBe('done');
    },
  );

  it('reads the number 1 as 100% and true as a ticked box', () => {
    expect(stateOf(1)).toBe('done');
    expect(stateOf(100)).toBe('done');
    expect(stateOf(true)).toBe('done');
  });

  it.each(['Đang thực hiện', 'Đang triển khai', 'Đang làm', 'Đang thực hiện (trong hạn)', '50%', '50 %', '12,5%', 'Hoàn thành 80%', 'Tiếp tục thực hiện'])('reads %j as in progress', (text) => {
    expect(stateOf(text)).toBe('in-progress');
  });

  it('reads fractions of 1 and numbers up to 100 as percentages in progress', () => {
    expect(stateOf(0.5)).toBe('in-progress');
    expect(stateOf(0.05)).toBe('in-progress');
    expect(stateOf(50)).toBe('in-progress');
  });

  it.each(['Chưa thực hiện', 'Chưa triển khai', 'Chưa bắt đầu', 'Chưa', 'Không thực hiện', '0%', '', '   ', 'FALSE'])('reads %j as not started', (text) => {
    expect(stateOf(text)).toBe('not-started');
  });

  it('reads an empty cell, a spreadsheet error, 0 and false as not started', () => {
    expect(stateOf(null)).toBe('not-started');
    expect(stateOf({ error: '#N/A' })).toBe('not-started');
    expect(stateOf(0)).toBe('not-started');
    expect(stateOf(false)).toBe('not-started');
  });

  it.each(['Không hoàn thành', 'Chưa hoàn thành', 'chua hoan thanh', 'KHONG HOAN THANH', 'Chưa xong', 'Ko hoàn thành', 'Chưa HT', 'k hoàn thành'])('never reads the negation %j as done', (text) => {
    expect(stateOf(text)).toBe('in-progress');
  });

  it.each([
    ['hoan thanh', 'done'],
    ['HOAN THANH', 'done'],
    ['da hoan thanh', 'done'],
    ['Hòan thành', 'done'],
    ['Hoa\u0300n tha\u0300nh', 'done'],
    ['Hoan thanb', 'done'],
    ['H0an thanh', 'done'],
    ['Hoàn thành.', 'done'],
    ['dang thuc hien', 'in-progress'],
    ['Dang thuc hicn', 'in-progress'],
    ['Đang thục hiên', 'in-progress'],
    ['chua thuc hien', 'not-started'],
    ['Chua trien khai', 'not-started'],
  ] as const)('reads %j without diacritics or garbled by OCR as %s', (text, state) => {
    expect(stateOf(text)).toBe(state);
  });

  it.each(['Quá hạn', 'Hoàn thiện', 'Đạt', 'Theo kế hoạch', '150%', '?', 'ok'])('does not guess at %j', (text) => {
    expect(readProgress(text)).toEqual({ state: 'unknown', text });
  });

  it('does not read a date or a negative number as progress', () => {
    expect(readProgress({ date: '2026-06-15' })).toEqual({ state: 'unknown', text: '15/06/2026' });
    expect(stateOf(-1)).toBe('unknown');
    expect(stateOf(250)).toBe('unknown');
  });

  it('keeps the cell text, cleaned, for the problem shown to the user', () => {
    expect(readProgress('  <b>Tạm dừng</b> ')).toEqual({ state: 'unknown', text: 'Tạm dừng' });
  });
});
