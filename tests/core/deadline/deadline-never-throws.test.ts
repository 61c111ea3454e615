import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRealDate } from '../../../src/dates/calendar-date.js';
import { DEADLINE_KINDS, type Deadline, type DeadlinePart } from '../../../src/deadline/deadline.js';
import { parseDeadline } from '../../../src/deadline/parse-deadline.js';
import type { CellValue } from '../../../src/grid/cell-value.js';

const WORDS = [
  'Trước',
  'trude',
  'ngày',
  'Ngay',
  'tháng',
  'Thang',
  'Quý',
  'Quy',
  'năm',
  'Năm',
  'I',
  'II',
  'III',
  'IV',
  '1V',
  'l',
  'đến',
  'và',
  '-',
  '–',
  ',',
  ';',
  ':',
  '/',
  '(',
  ')',
  '.',
  'Chậm nhất',
  'Hạn',
  'Cả',
  'Trong',
  'Từ',
  'Cuối',
  'Giai đoạn',
  'hàng năm',
  'hằng quý',
  'tháng/lần',
  'lần',
  'Thường xuyên',
  'Theo chỉ đạo',
  'của',
  'số',
  'ngày làm việc',
  'kể từ',
  'Khi',
  '•',
  '\n',
  '<ul>',
  '<li>',
  '&nbsp;',
  '\u00a0',
  '0',
  '1',
  '6',
  '06',
  '10',
  '12',
  '15',
  '29',
  '31',
  '99',
  '2025',
  '2026',
  '2028',
  '2030',
  '2199',
  '9999',
  '46188',
];

const phrase = fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }).map((words) => words.join(' '));
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  phrase,
  fc.double(),
  fc.integer(),
  fc.integer({ min: 1800, max: 90_000 }),
  fc.boolean(),
  fc.constant(null),
  fc.record({ date: fc.string() }),
  fc.record({ date: fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)) }),
  fc.record({ error: fc.string() }),
);
const planYear = fc.oneof(fc.integer({ min: 1900, max: 2199 }), fc.integer(), fc.double());

function expectWellFormed(part: DeadlinePart): void {
  expect(DEADLINE_KINDS).toContain(part.kind);
  expect(typeof part.text).toBe('string');
  for (const day of [part.start, part.due, ...(part.milestones ?? []).flatMap((step) => [step.start, step.due])]) {
    if (day === null) continue;
    const [year, month, date] = day.split('-').map(Number);
    expect(isRealDate(year ?? 0, month ?? 0, date ?? 0), day).toBe(true);
  }
  if (part.start !== null && part.due !== null) expect(part.start <= part.due).toBe(true);
  if (part.kind === 'unknown') expect(part.due).toBeNull();
}

describe('parseDeadline on any input', () => {
  it('never throws, and always answers a well-formed deadline', () => {
    fc.assert(
      fc.property(cellValue, planYear, (value, year) => {
        const deadline: Deadline = parseDeadline(value, { planYear: year });
        expectWellFormed(deadline);
        deadline.parts.forEach(expectWellFormed);
      }),
      { numRuns: 3000 },
    );
  });

  it('never takes a due date from text that holds no digit', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        if (/\d/.test(text)) return;
        const deadline = parseDeadline(text, { planYear: 2026 });
        if (deadline.kind === 'date' || deadline.kind === 'span' || deadline.kind === 'milestones') throw new Error(text);
      }),
    );
  });

  it('reads a very long cell without throwing (the test timeout guards against a runaway pattern)', () => {
    const long = `${'Quý I/2026 - '.repeat(2000)}${'a'.repeat(20_000)}`;
    expect(parseDeadline(long, { planYear: 2026 }).kind).toBe('unknown');
  });
});
