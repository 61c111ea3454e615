import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/deadline/parse-deadline.js';

const read = (text: string) => parseDeadline(text, { planYear: 2026 });
const YEARLY_FROM_2026 = { kind: 'recurring', start: '2026-01-01', due: null, recurrence: { every: 'year', dueDay: null } };

describe('quarters spelled with í, ý or y, and a dash or "năm" before the year', () => {
  it.each([
    ['Quí II-2026', '2026-04-01', '2026-06-30'],
    ['Quy III năm 2026', '2026-07-01', '2026-09-30'],
    ['quý IV - 2026', '2026-10-01', '2026-12-31'],
    ['Quý 3-2026', '2026-07-01', '2026-09-30'],
    ['QUÝ I – 2026', '2026-01-01', '2026-03-31'],
    ['Quy ll - 2026', '2026-04-01', '2026-06-30'],
    ['Quv IV - 2026', '2026-10-01', '2026-12-31'],
    ['Quý 3, năm 2026', '2026-07-01', '2026-09-30'],
    ['Tháng 10 - 2026', '2026-10-01', '2026-10-31'],
  ])('reads "%s" as the window %s … %s', (text, start, due) => {
    expect(read(text)).toMatchObject({ kind: 'period', start, due });
  });

  it('still reads a dash between two quarters as a range, and one between quarters of two years', () => {
    expect(read('Quý II - III/2026')).toMatchObject({ kind: 'period', start: '2026-04-01', due: '2026-09-30' });
    expect(read('Quý IV-2026 đến Quý II-2027')).toMatchObject({ kind: 'period', start: '2026-10-01', due: '2027-06-30' });
  });
});

describe('a year the work starts in and goes on from', () => {
  it.each([
    'Từ năm 2026',
    'từ năm 2026',
    'Từ năm 2026 trở đi',
    'Năm 2026 và những năm tiếp theo',
    '2026 và các năm tiếp theo',
    'Giai đoạn 2026 và những năm tiếp theo',
    'Tu nam 2026',
    'Từ năm 2026, thường xuyên',
  ])('reads "%s" as yearly from 2026, nothing due before it', (text) => {
    expect(read(text)).toMatchObject(YEARLY_FROM_2026);
  });

  it('keeps the cycle named after it', () => {
    expect(read('Từ năm 2026, hằng quý')).toMatchObject({ kind: 'recurring', start: '2026-01-01', recurrence: { every: 'quarter', dueDay: null } });
  });

  it('starts in the year written, whatever the plan year', () => {
    expect(read('Từ năm 2027')).toMatchObject({ ...YEARLY_FROM_2026, start: '2027-01-01' });
  });

  it('is not read with other words after it, and a range with an end stays a span', () => {
    expect(read('Từ năm 2026, báo cáo kết quả').kind).toBe('unknown');
    expect(read('Năm 2026 và các năm học tiếp theo').kind).toBe('unknown');
    expect(read('Từ năm 2026 đến năm 2030')).toMatchObject({ kind: 'span', start: '2026-01-01', due: '2030-12-31' });
  });
});

describe('a cycle together with "thường xuyên"', () => {
  it.each([
    ['thường xuyên, hằng năm', 'year'],
    ['Thường xuyên, định kỳ hằng quý báo cáo kết quả', 'quarter'],
    ['Thuong xuyen, hang nam', 'year'],
    ['Thường xuyên; hằng quý', 'quarter'],
  ] as const)('reads "%s" by its cycle (%s), as the work the cycle judges', (text, every) => {
    expect(read(text)).toMatchObject({ kind: 'recurring', start: null, due: null, recurrence: { every, dueDay: null } });
  });
});

describe('work set by events and roadmaps', () => {
  it.each(['Khi có phát sinh', 'Khl co phat sinh', 'Khi phát sinh', 'Theo lộ trình', 'Theo lộ trình của UBND Thành phố', 'Theo lộ trình chuyển đổi số của Thành phố'])(
    'reads "%s" as a directive: no date until the user enters one',
    (text) => {
      expect(read(text)).toMatchObject({ kind: 'directive', start: null, due: null });
    },
  );

  it('keeps a date the same sentence states', () => {
    expect(read('Theo lộ trình đến hết năm 2027')).toMatchObject({ kind: 'date', due: '2027-12-31' });
    expect(read('Theo lộ trình đến năm 2030')).toMatchObject({ kind: 'date', due: '2030-12-31' });
    expect(read('Theo kế hoạch của UBND Thành phố trước ngày 15/3/2026')).toMatchObject({ kind: 'date', due: '2026-03-14' });
    expect(read('Theo hướng dẫn đến các đơn vị').kind).toBe('directive');
  });
});

describe('"đến hết"', () => {
  it.each([
    ['đến hết năm 2026', '2026-12-31'],
    ['Đến hết tháng 6/2026', '2026-06-30'],
    ['Den het nam 2026', '2026-12-31'],
    ['Đến hết Quý II/2026', '2026-06-30'],
  ])('reads "%s" as due on %s, the last day named', (text, due) => {
    expect(read(text)).toMatchObject({ kind: 'date', start: null, due });
  });
});

describe('times on separate lines or after ";"', () => {
  it('are milestones, not one range', () => {
    expect(read('Tháng 3/2026\nTháng 9/2026')).toMatchObject({
      kind: 'milestones',
      start: '2026-03-01',
      due: '2026-09-30',
      milestones: [
        { label: 'Tháng 3/2026', start: '2026-03-01', due: '2026-03-31' },
        { label: 'Tháng 9/2026', start: '2026-09-01', due: '2026-09-30' },
      ],
    });
    expect(read('15/3/2026; 15/9/2026')).toMatchObject({
      kind: 'milestones',
      start: null,
      due: '2026-09-15',
      milestones: [
        { label: '15/3/2026', start: null, due: '2026-03-15' },
        { label: '15/9/2026', start: null, due: '2026-09-15' },
      ],
    });
  });

  it('are milestones with bullets too, and keep a part without a date apart', () => {
    const deadline = read('- Tháng 6/2026\n- Tháng 12/2026\n- Thường xuyên');
    expect(deadline.parts.map((part) => part.kind)).toEqual(['milestones', 'continuous']);
    expect(deadline.milestones?.map((step) => step.due)).toEqual(['2026-06-30', '2026-12-31']);
  });

  it('leave one dated line with a description as it is', () => {
    expect(read('Quý I/2026\nBáo cáo kết quả')).toMatchObject({ kind: 'period', start: '2026-01-01', due: '2026-03-31' });
  });
});

describe('a lead and its date broken over two lines', () => {
  it.each([
    ['Trước ngày\n15/01/2026', 'date', '2026-01-14'],
    ['Trude ngay\n15/01/2026', 'date', '2026-01-14'],
    ['Trước\nngày 15/01/2026', 'date', '2026-01-14'],
    ['Chậm nhất\nngày 30/6/2026', 'date', '2026-06-30'],
    ['Hoàn thành trong\nQuý II/2026', 'period', '2026-06-30'],
    ['Tháng 6/\n2026', 'period', '2026-06-30'],
    ['15/01/\n2026', 'date', '2026-01-15'],
  ])('reads "%s" as one phrase (%s, due %s)', (text, kind, due) => {
    const deadline = read(text);
    expect(deadline).toMatchObject({ kind, due });
    expect(deadline.parts).toHaveLength(1);
  });

  it('does not join a line that reads by itself', () => {
    expect(read('Hằng ngày\nQuý I/2026').parts.map((part) => part.kind)).toEqual(['continuous', 'period']);
    expect(read('Báo cáo kết quả\nQuý I/2026').parts.map((part) => part.kind)).toEqual(['unknown', 'period']);
  });
});

describe('invisible marks', () => {
  it.each([
    ['Quý I/2026\u200e', 'period', '2026-03-31'],
    ['\u200fTrước ngày 15/01/2026', 'date', '2026-01-14'],
    ['Tháng\u200b 10/2026', 'period', '2026-10-31'],
    ['Quý II/\u20602026', 'period', '2026-06-30'],
    ['\ufeffNăm 2026', 'period', '2026-12-31'],
    ['Trư\u00adớc ngày 15/01/2026', 'date', '2026-01-14'],
    ['Trước ngày 15/\u200d01/2026', 'date', '2026-01-14'],
  ])('are ignored in %j', (text, kind, due) => {
    expect(read(text)).toMatchObject({ kind, due });
  });

  it('are ignored between the words of continuous work and a cycle', () => {
    expect(read('Thường\u200cxuyên').kind).toBe('continuous');
    expect(read('Hằng\u200d năm')).toMatchObject({ kind: 'recurring', recurrence: { every: 'year' } });
  });
});

describe('directives damaged by OCR', () => {
  it.each([
    'Theo huong dan cua UBND Thanh pho',
    'Theo chi dao cua UBND Thanh pho',
    'Tlieo chi dao cua UBND Thanh pho',
    'Theo chl dao cua UBND Thanh pho',
    'Theo clii dao cua UBND',
    'Thco huong dan cua So Noi vu',
    'Tbeo yeu cau cua UBND phuong',
    "Theo hu'ong dan",
    'Theo hư ớng dẫn của Sở Nội vụ',
    'Theo ke hoach',
    'Theo chi đạo',
    'Theo huong dän',
    '1heo chi dao',
  ])('reads "%s" as a directive', (text) => {
    expect(read(text)).toMatchObject({ kind: 'directive', start: null, due: null });
  });

  it('does not make a directive of other words after a damaged "theo"', () => {
    expect(read('Tlieo doi').kind).toBe('unknown');
    expect(read('Thco quý').kind).toBe('unknown');
  });
});

describe('quarters, months and dates damaged by OCR', () => {
  it.each([
    ['Quy 1V/2025', 'period', '2025-12-31'],
    ['Trude ngay 15/01/2026', 'date', '2026-01-14'],
    ["Tru'o'c ngay 15/01/2026", 'date', '2026-01-14'],
    ['Thang 10/2026', 'period', '2026-10-31'],
    ['Thang 1O/2026', 'period', '2026-10-31'],
    ['Narn 2026', 'period', '2026-12-31'],
    ['Quv I/2026', 'period', '2026-03-31'],
    ['Quy I1/2026', 'period', '2026-06-30'],
    ['Quy |/2026', 'period', '2026-03-31'],
    ['Quy |V/2026', 'period', '2026-12-31'],
    ['Quy H/2026', 'period', '2026-06-30'],
    ['Quy TV/2026', 'period', '2026-12-31'],
  ])('reads "%s" (%s, due %s)', (text, kind, due) => {
    expect(read(text)).toMatchObject({ kind, due });
  });

  it('reads digits a scanner took for letters in a cycle and in a count of days', () => {
    expect(read('Trước ngày l0 của tháng cuối quý')).toMatchObject({ kind: 'recurring', recurrence: { every: 'quarter', dueDay: 9 } });
    expect(read('Chậm nhất 3O ngày làm việc kể từ ngày ký Quyết định')).toMatchObject({ kind: 'after-event', afterEvent: { days: 30, workingDays: true } });
    expect(read('O6 tháng/lần')).toMatchObject({ kind: 'recurring', recurrence: { every: 'half-year' } });
  });

  it.each(['Thuong xuyén', 'Thưòng xuyên', 'Thuờng xuyên', 'Thư ờng xuyên'])('reads "%s" as continuous', (text) => {
    expect(read(text).kind).toBe('continuous');
  });

  it('reads "Hang narn" as yearly', () => {
    expect(read('Hang narn')).toMatchObject({ kind: 'recurring', recurrence: { every: 'year' } });
  });
});
