import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/deadline/parse-deadline.js';

const read = (text: string) => parseDeadline(text, { planYear: 2026 });

describe('recurring deadlines', () => {
  it.each([
    ['Trước ngày 15 hàng tháng', 'month', 14],
    ['Ngày 20 hằng tháng', 'month', 20],
    ['Trước ngày 15/12 hàng năm', 'year', 14],
    ['Trước ngày 10 tháng cuối mỗi quý', 'quarter', 9],
    ['Trước ngày 25 của tháng cuối năm', 'year', 24],
  ] as const)('reads "%s" as every %s, due on day %s of its last month', (text, every, dueDay) => {
    expect(read(text)).toMatchObject({ kind: 'recurring', due: null, recurrence: { every, dueDay } });
  });

  it.each([
    ['Hàng quý, 6 tháng, năm', 'quarter'],
    ['Định kỳ 6 tháng', 'half-year'],
    ['6 tháng/1 lần', 'half-year'],
    ['3 tháng/lần', 'quarter'],
    ['12 tháng/lần', 'year'],
    ['Tháng/lần', 'month'],
    ['Mỗi năm một lần', 'year'],
    ['Hàng quý năm 2026', 'quarter'],
    ['Định kì hằng quý', 'quarter'],
  ] as const)('reads "%s" as every %s, the shortest cycle it names', (text, every) => {
    expect(read(text)).toMatchObject({ kind: 'recurring', recurrence: { every, dueDay: null } });
  });

  it.each(['Quý I hàng năm', 'Trước ngày 15/6 hàng năm', 'Trước ngày 01 hàng tháng', '2 năm/lần', 'Tháng 12 hàng năm'])('does not guess "%s", whose date the cycle cannot hold', (text) => {
    expect(read(text)).toMatchObject({ kind: 'unknown', due: null });
  });
});

describe('continuous work', () => {
  it.each(['Thường xuyên', 'Liên tục', 'Thường xuyên, liên tục', 'Thực hiện thường xuyên', 'Hằng ngày', 'Hằng tuần'])('reads "%s" as continuous, never overdue', (text) => {
    expect(read(text)).toMatchObject({ kind: 'continuous', start: null, due: null });
  });
});

describe('directives', () => {
  it.each([
    'Theo chỉ đạo của Trung ương, Thành phố',
    'Theo hướng dẫn của Sở Nội vụ',
    'Theo kế hoạch của UBND phường',
    'Theo yêu cầu của cấp trên',
    'Khi có yêu cầu',
    'Sau khi có hướng dẫn của Sở Nội vụ',
    'Đột xuất',
    'Định kỳ, đột xuất',
  ])('reads "%s" as a directive with no date', (text) => {
    expect(read(text)).toMatchObject({ kind: 'directive', start: null, due: null });
  });

  it('keeps the yearly cycle of "Theo thời gian đánh giá hàng năm của Bộ Y tế" but does not invent its date', () => {
    expect(read('Theo thời gian đánh giá hàng năm của Bộ Y tế')).toEqual(expect.objectContaining({ kind: 'directive', due: null, recurrence: { every: 'year', dueDay: null } }));
  });

  it('takes the date a directive states in a clause of its own', () => {
    expect(read('Theo chỉ đạo của UBND Thành phố, trước ngày 15/3/2026')).toMatchObject({ kind: 'date', due: '2026-03-14' });
  });

  it('reads "Theo kỳ báo cáo CCHC" as the quarterly reporting cycle, not as a directive', () => {
    expect(read('Theo kỳ báo cáo CCHC')).toMatchObject({ kind: 'recurring', recurrence: { every: 'quarter' } });
  });
});

describe('deadlines counted from an event', () => {
  it('counts calendar days unless it says working days', () => {
    expect(read('Trong vòng 15 ngày kể từ ngày nhận được văn bản').afterEvent).toEqual({
      days: 15,
      workingDays: false,
      event: 'nhận được văn bản',
    });
    expect(read('10 ngày làm việc sau khi UBND phường phê duyệt.').afterEvent).toEqual({
      days: 10,
      workingDays: true,
      event: 'UBND phường phê duyệt',
    });
  });

  it('does not turn months after an event into days', () => {
    expect(read('Chậm nhất 02 tháng kể từ ngày ký').kind).toBe('unknown');
  });
});

describe('phrases that are not read', () => {
  it.each(['Đầu năm 2026', 'Năm', 'Từ tháng 3/2026', 'Năm học 2025-2026', 'Năm 2026 và các năm học tiếp theo', 'Quý I hoặc Quý II/2026', 'Báo cáo kết quả', '???'])(
    'leaves "%s" unknown with no due date',
    (text) => {
      expect(read(text)).toMatchObject({ kind: 'unknown', start: null, due: null });
    },
  );
});
