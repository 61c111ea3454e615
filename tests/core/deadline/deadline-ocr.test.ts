import { describe, expect, it } from 'vitest';
import { normalizeDeadlineText } from '../../../src/deadline/normalize-deadline-text.js';
import { parseDeadline } from '../../../src/deadline/parse-deadline.js';

const read = (text: string) => parseDeadline(text, { planYear: 2026 });

describe('deadlines from scanned plans and careless typing', () => {
  it("treats 'Quy 1V/2025' as the fourth quarter of 2025", () => {
    expect(read('Quy 1V/2025')).toMatchObject({ kind: 'period', start: '2025-10-01', due: '2025-12-31' });
  });

  it.each([
    ['Quý I/2026', '2026-03-31'],
    ['Quy I/2026', '2026-03-31'],
    ['Quí I/2026', '2026-03-31'],
    ['Qúy I/2026', '2026-03-31'],
    ['Qúy l/2026', '2026-03-31'],
    ['Quý I /2026', '2026-03-31'],
    ['Quý I / 2026', '2026-03-31'],
    ['Quý\u00a0I/2026', '2026-03-31'],
    ['Quy ll/2026', '2026-06-30'],
    ['Quy 11/2026', '2026-06-30'],
    ['Quy lll/2026', '2026-09-30'],
    ['Quy lV/2026', '2026-12-31'],
    ['Quy IV/2O26', '2026-12-31'],
    ['Q1/2026', '2026-03-31'],
    ['QUÝ II NĂM 2026', '2026-06-30'],
  ])('reads "%s" as the quarter ending %s', (text, due) => {
    expect(read(text)).toMatchObject({ kind: 'period', due });
  });

  it.each(['Trude ngay 15/01/2026', 'Trudc ngày 15/01/2026', 'Truoc ngay 15/01/2026', 'TRƯỚC NGÀY 15/01/2026', 'Trước  ngày  15/01/2026'])('reads "%s" as due the day before 15/01/2026', (text) => {
    expect(read(text)).toMatchObject({ kind: 'date', due: '2026-01-14' });
  });

  it.each(['Thang 10/2026', 'Théang 10/2026', 'Tháng 10 / 2026', 'THÁNG 10/2026', 'Thang l0/2026'])('reads "%s" as October 2026', (text) => {
    expect(read(text)).toMatchObject({ kind: 'period', start: '2026-10-01', due: '2026-10-31' });
  });

  it.each(['Thuong xuyén', 'Thudng xuyen', 'THƯỜNG XUYÊN', 'Thường xuyên.'])('reads "%s" as continuous', (text) => {
    expect(read(text).kind).toBe('continuous');
  });

  it.each(['15/01/2026.', '15/01/2026,', ' 15/01/2026 ', 'Ngay 15/01/2026', 'ngày15/01/2026', 'l5/0l/2026', '15.01.2026', '15-01-2026', '2026-01-15', '15/01/26'])(
    'reads "%s" as 15/01/2026, whatever is stuck to the numbers',
    (text) => {
      expect(read(text)).toMatchObject({ kind: 'date', due: '2026-01-15' });
    },
  );

  it('reads en and em dashes like hyphens', () => {
    expect(read('Giai đoạn 2026 – 2030')).toMatchObject({ kind: 'span', due: '2030-12-31' });
    expect(read('Năm 2026—2027')).toMatchObject({ kind: 'span', due: '2027-12-31' });
    expect(read('Tháng 8–9/2026')).toMatchObject({ kind: 'period', due: '2026-09-30' });
  });

  it('reads decomposed (NFD) Vietnamese like composed text', () => {
    expect(read('Tr\u01B0\u01A1\u0301c nga\u0300y 15/01/2026')).toMatchObject({ kind: 'date', due: '2026-01-14' });
  });
});

describe('normalizeDeadlineText', () => {
  it('folds, mends OCR slips and writes roman quarters as digits', () => {
    expect(normalizeDeadlineText('Qúy l /2026.')).toBe('quy 1/2026');
    expect(normalizeDeadlineText('Quy 1V/2025')).toBe('quy 4/2025');
    expect(normalizeDeadlineText('Trude ngay 15.01.2026')).toBe('truoc ngay 15/01/2026');
  });

  it('turns every quarter of a list or range into digits', () => {
    expect(normalizeDeadlineText('Quý II-III/2026')).toBe('quy 2-3/2026');
    expect(normalizeDeadlineText('Quý I và Quý IV')).toBe('quy 1 va quy 4');
  });

  it('leaves words that only look like roman numerals alone outside a quarter', () => {
    expect(normalizeDeadlineText('Lần II')).toBe('lan ii');
  });
});
