import { describe, expect, it } from 'vitest';
import type { DeadlineKind, Recurrence } from '../../../src/deadline/deadline.js';
import { parseDeadline } from '../../../src/deadline/parse-deadline.js';

const read = (text: string) => parseDeadline(text, { planYear: 2026 });

/** The deadline table of docs/domain.md ("Deadline language", first group of docs/deadline-phrases.md), one line per example, plan year 2026: text, kind, window start, due. */
const DATED: readonly (readonly [string, DeadlineKind, string | null, string])[] = [
  ['Trước ngày 15/01/2026', 'date', null, '2026-01-14'],
  ['Trước 15/01/2026', 'date', null, '2026-01-14'],
  ['Chậm nhất ngày 15/6/2026', 'date', null, '2026-06-15'],
  ['15/6/2026', 'date', null, '2026-06-15'],
  ['Tháng 10/2026', 'period', '2026-10-01', '2026-10-31'],
  ['Trong tháng 10/2026', 'period', '2026-10-01', '2026-10-31'],
  ['Tháng 10 năm 2026', 'period', '2026-10-01', '2026-10-31'],
  ['Tháng 8-9/2026', 'period', '2026-08-01', '2026-09-30'],
  ['Tháng 01/2026 đến tháng 5 năm 2026', 'period', '2026-01-01', '2026-05-31'],
  ['Quý I/2026', 'period', '2026-01-01', '2026-03-31'],
  ['Quý I năm 2026', 'period', '2026-01-01', '2026-03-31'],
  ['Quý 1/2026', 'period', '2026-01-01', '2026-03-31'],
  ['6 tháng đầu năm 2026', 'period', '2026-01-01', '2026-06-30'],
  ['6 tháng cuối năm', 'period', '2026-07-01', '2026-12-31'],
  ['Năm 2026', 'period', '2026-01-01', '2026-12-31'],
  ['Cả năm 2026', 'period', '2026-01-01', '2026-12-31'],
  ['Trong năm 2026', 'period', '2026-01-01', '2026-12-31'],
  ['2026', 'period', '2026-01-01', '2026-12-31'],
  ['Cuối năm 2026', 'period', '2026-01-01', '2026-12-31'],
  ['2026-2030', 'span', '2026-01-01', '2030-12-31'],
  ['Giai đoạn 2026 - 2030', 'span', '2026-01-01', '2030-12-31'],
  ['Năm 2026-2027', 'span', '2026-01-01', '2027-12-31'],
];

/** The recurring lines: no due date of their own; the status engine takes the current cycle's. */
const RECURRING: readonly (readonly [string, Recurrence])[] = [
  ['Hằng năm', { every: 'year', dueDay: null }],
  ['Hàng năm', { every: 'year', dueDay: null }],
  ['Ban hành kế hoạch hàng năm', { every: 'year', dueDay: null }],
  ['Ban hành Kế hoạch hàng năm', { every: 'year', dueDay: null }],
  ['Hàng quý', { every: 'quarter', dueDay: null }],
  ['Hằng quý', { every: 'quarter', dueDay: null }],
  ['Theo kỳ báo cáo CCHC', { every: 'quarter', dueDay: null }],
  ['06 tháng/lần', { every: 'half-year', dueDay: null }],
  ['6 tháng một lần', { every: 'half-year', dueDay: null }],
  ['Hằng tháng', { every: 'month', dueDay: null }],
  ['Định kỳ hằng tháng', { every: 'month', dueDay: null }],
  ['Trước ngày 10 của tháng cuối quý', { every: 'quarter', dueDay: 9 }],
];

/** Lines with no date until the user enters one, or never. */
const UNDATED: readonly (readonly [string, DeadlineKind])[] = [
  ['Thường xuyên', 'continuous'],
  ['Liên tục', 'continuous'],
  ['Theo chỉ đạo của UBND Thành phố', 'directive'],
  ['Theo hướng dẫn của Sở Nội vụ', 'directive'],
  ['Theo hướng dẫn của UBND Thành phố', 'directive'],
  ['Khi thành phố triển khai KH tổ chức', 'directive'],
  ['Khi thành phố triển khai Hội thi', 'directive'],
  ['Theo yêu cầu của UBND Thành phố', 'directive'],
  ['Theo yêu cầu', 'directive'],
];

describe("the domain's deadline table (docs/domain.md)", () => {
  it.each(DATED)('reads "%s" as a %s from %s, due %s', (text, kind, start, due) => {
    expect(read(text)).toMatchObject({ kind, start, due });
  });

  it.each(RECURRING)('reads "%s" as recurring %o, with no due date of its own', (text, recurrence) => {
    expect(read(text)).toMatchObject({ kind: 'recurring', start: null, due: null, recurrence });
  });

  it.each(UNDATED)('reads "%s" as %s, with no due date', (text, kind) => {
    expect(read(text)).toMatchObject({ kind, start: null, due: null });
  });

  it('reads the two meetings as milestones due with the last one, 2025-12-31', () => {
    expect(read('Giao ban quý III: tháng 9/2025; giao ban quý IV: tháng 12/2025')).toMatchObject({
      kind: 'milestones',
      start: '2025-09-01',
      due: '2025-12-31',
      milestones: [
        { label: 'Giao ban quý III', start: '2025-09-01', due: '2025-09-30' },
        { label: 'giao ban quý IV', start: '2025-12-01', due: '2025-12-31' },
      ],
    });
  });

  it('reads the thirty working days after the City signs as an after-event deadline, due null', () => {
    expect(read('Chậm nhất 30 ngày làm việc kể từ ngày UBND Thành phố ký Quyết định ban hành Kế hoạch')).toEqual({
      kind: 'after-event',
      text: 'Chậm nhất 30 ngày làm việc kể từ ngày UBND Thành phố ký Quyết định ban hành Kế hoạch',
      start: null,
      due: null,
      afterEvent: { days: 30, workingDays: true, event: 'UBND Thành phố ký Quyết định ban hành Kế hoạch' },
      parts: [
        {
          kind: 'after-event',
          text: 'Chậm nhất 30 ngày làm việc kể từ ngày UBND Thành phố ký Quyết định ban hành Kế hoạch',
          start: null,
          due: null,
          afterEvent: { days: 30, workingDays: true, event: 'UBND Thành phố ký Quyết định ban hành Kế hoạch' },
        },
      ],
    });
  });

  it('reads a date cell as its own day', () => {
    expect(parseDeadline({ date: '2026-06-15' }, { planYear: 2026 })).toMatchObject({ kind: 'date', due: '2026-06-15' });
  });
});
