import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/deadline/parse-deadline.js';
import { splitDeadlineParts } from '../../../src/deadline/split-deadline-parts.js';

const read = (text: string) => parseDeadline(text, { planYear: 2026 });
const kindsAndTexts = (text: string) => read(text).parts.map((part) => [part.kind, part.text]);

describe('splitDeadlineParts', () => {
  it('cuts a converter\'s bullet list at each "- "', () => {
    expect(splitDeadlineParts('- Theo chỉ đạo của UBND Thành phố - 06 tháng/lần')).toEqual(['Theo chỉ đạo của UBND Thành phố', '06 tháng/lần']);
  });

  it('cuts at lines, "•" and ";"', () => {
    expect(splitDeadlineParts('Quý I/2026\nQuý III/2026')).toEqual(['Quý I/2026', 'Quý III/2026']);
    expect(splitDeadlineParts('• Thường xuyên • Trước ngày 15/12/2026')).toEqual(['Thường xuyên', 'Trước ngày 15/12/2026']);
    expect(splitDeadlineParts('Thường xuyên; báo cáo hàng quý')).toEqual(['Thường xuyên', 'báo cáo hàng quý']);
  });

  it('does not cut a dash between two numbers', () => {
    expect(splitDeadlineParts('Giai đoạn 2026 - 2030')).toEqual(['Giai đoạn 2026 - 2030']);
    expect(splitDeadlineParts('- Giai đoạn 2026 – 2030')).toEqual(['Giai đoạn 2026 – 2030']);
    expect(splitDeadlineParts('Quý II - III/2026')).toEqual(['Quý II - III/2026']);
    expect(splitDeadlineParts('Tháng 8 - 9/2026')).toEqual(['Tháng 8 - 9/2026']);
  });

  it("does not cut a dash inside a unit's name", () => {
    expect(splitDeadlineParts('Theo hướng dẫn của Phòng Văn hóa - Xã hội')).toEqual(['Theo hướng dẫn của Phòng Văn hóa - Xã hội']);
    expect(splitDeadlineParts('- Theo hướng dẫn của Phòng Văn hoá – Xã hội - Hằng quý')).toEqual(['Theo hướng dẫn của Phòng Văn hoá – Xã hội', 'Hằng quý']);
  });

  it('reads a dash between two times as a range in a cell without bullets, and as a cut in a bulleted one', () => {
    expect(splitDeadlineParts('Quý I/2026 - Quý II/2026')).toEqual(['Quý I/2026 - Quý II/2026']);
    expect(splitDeadlineParts('- Quý I/2026 - Quý III/2026')).toEqual(['Quý I/2026', 'Quý III/2026']);
  });

  it('cuts before a cycle even when a number comes first', () => {
    expect(splitDeadlineParts('Tháng 10/2026 - 06 tháng/lần')).toEqual(['Tháng 10/2026', '06 tháng/lần']);
  });

  it('drops empty bullets and keeps unhyphenated ranges whole', () => {
    expect(splitDeadlineParts('- \n-\n2026-2030;')).toEqual(['2026-2030']);
  });
});

describe('a cell that says several things', () => {
  it('keeps both bullets of "- Theo chỉ đạo của UBND Thành phố - 06 tháng/lần" and is recurring every half-year', () => {
    const deadline = read('<ul style="list-style-type: none"> - Theo chỉ đạo của UBND Thành phố - 06 tháng/lần');
    expect(deadline).toMatchObject({ kind: 'recurring', due: null, recurrence: { every: 'half-year', dueDay: null } });
    expect(deadline.text).toBe('- Theo chỉ đạo của UBND Thành phố - 06 tháng/lần');
    expect(kindsAndTexts(deadline.text)).toEqual([
      ['directive', 'Theo chỉ đạo của UBND Thành phố'],
      ['recurring', '06 tháng/lần'],
    ]);
  });

  it('takes its kind from its dated parts, which become milestones, and runs from the earliest start to the latest due date', () => {
    const deadline = read('- Thường xuyên - Quý III/2026 - Quý I/2026');
    expect(deadline).toMatchObject({ kind: 'milestones', start: '2026-01-01', due: '2026-09-30' });
    expect(deadline.parts.map((part) => part.kind)).toEqual(['continuous', 'milestones']);
    expect(deadline.milestones?.map((step) => [step.label, step.start, step.due])).toEqual([
      ['Quý III/2026', '2026-07-01', '2026-09-30'],
      ['Quý I/2026', '2026-01-01', '2026-03-31'],
    ]);
  });

  it('has no start when its first dated step has none', () => {
    expect(read('- Quý III/2026 - Trước 15/01/2026')).toMatchObject({ kind: 'milestones', start: null, due: '2026-09-30' });
  });

  it('takes its kind from its one dated part, and runs from its start', () => {
    const deadline = read('- Thường xuyên - Quý III/2026 - Báo cáo kết quả');
    expect(deadline).toMatchObject({ kind: 'period', start: '2026-07-01', due: '2026-09-30' });
    expect(deadline.parts.map((part) => part.due)).toEqual([null, '2026-09-30', null]);
  });

  it('lets a cycle speak for the cell when no part has a date', () => {
    expect(read('Thường xuyên; báo cáo hàng quý')).toMatchObject({ kind: 'recurring', recurrence: { every: 'quarter' }, due: null });
  });

  it('prefers an after-event part to a directive, and a directive to continuous work', () => {
    expect(read('Theo chỉ đạo của UBND Thành phố; Chậm nhất 10 ngày kể từ ngày nhận văn bản').kind).toBe('after-event');
    expect(read('Thường xuyên; Theo chỉ đạo của UBND Thành phố').kind).toBe('directive');
  });

  it('is not unknown because one part is only a description', () => {
    const deadline = read('- Quý I/2026 - Báo cáo kết quả thực hiện');
    expect(deadline).toMatchObject({ kind: 'period', due: '2026-03-31' });
    expect(deadline.parts.map((part) => part.kind)).toEqual(['period', 'unknown']);
  });

  it('is unknown, with every part kept, when no part is understood', () => {
    const deadline = read('- Báo cáo kết quả - Kế hoạch');
    expect(deadline).toMatchObject({ kind: 'unknown', due: null });
    expect(deadline.parts.map((part) => part.text)).toEqual(['Báo cáo kết quả', 'Kế hoạch']);
  });

  it('is unknown with no parts when empty', () => {
    expect(read('')).toEqual({ kind: 'unknown', text: '', start: null, due: null, parts: [] });
    expect(read(' <ul><li> </li></ul> ')).toMatchObject({ kind: 'unknown', parts: [] });
  });
});

describe('labelled steps', () => {
  it('join into milestones when there are two or more, on one line or several', () => {
    for (const text of ['Giao ban quý III: tháng 9/2025; giao ban quý IV: tháng 12/2025', 'Giao ban quý III: tháng 9/2025\ngiao ban quý IV: tháng 12/2025']) {
      const deadline = read(text);
      expect(deadline.kind).toBe('milestones');
      expect(deadline.due).toBe('2025-12-31');
      expect(deadline.parts).toHaveLength(1);
      expect(deadline.milestones?.map((step) => [step.label, step.due])).toEqual([
        ['Giao ban quý III', '2025-09-30'],
        ['giao ban quý IV', '2025-12-31'],
      ]);
    }
  });

  it('take their label from whichever side of the colon is not a time', () => {
    expect(read('Quý I/2026: Kế hoạch; Quý III/2026: Báo cáo').milestones).toEqual([
      { label: 'Kế hoạch', start: '2026-01-01', due: '2026-03-31' },
      { label: 'Báo cáo', start: '2026-07-01', due: '2026-09-30' },
    ]);
  });

  it('stay a plain deadline when alone', () => {
    expect(read('Thời gian: Quý I/2026')).toMatchObject({ kind: 'period', due: '2026-03-31' });
    expect(read('Hạn: 15/6/2026')).toMatchObject({ kind: 'date', due: '2026-06-15' });
  });

  it('become milestones also when times with gaps are listed in one phrase', () => {
    expect(read('Tháng 6 và tháng 12/2026')).toMatchObject({
      kind: 'milestones',
      due: '2026-12-31',
      milestones: [
        { label: 'Tháng 6/2026', start: '2026-06-01', due: '2026-06-30' },
        { label: 'Tháng 12/2026', start: '2026-12-01', due: '2026-12-31' },
      ],
    });
  });

  it('form one window when the listed times follow one another', () => {
    expect(read('Quý 3 và Quý 4 năm 2026')).toMatchObject({ kind: 'period', start: '2026-07-01', due: '2026-12-31' });
    expect(read('Quý I, II/2026')).toMatchObject({ kind: 'period', start: '2026-01-01', due: '2026-06-30' });
  });
});

describe('a part with a colon', () => {
  it('is read by the side that has a date, whichever it is', () => {
    expect(read('Quý I/2026: theo chỉ đạo của UBND Thành phố')).toMatchObject({ kind: 'period', due: '2026-03-31' });
    expect(read('Theo chỉ đạo: Quý I/2026')).toMatchObject({ kind: 'period', due: '2026-03-31' });
  });

  it('is read by what it says after the colon when neither side has a date', () => {
    expect(read('Báo cáo: hằng quý')).toMatchObject({ kind: 'recurring', recurrence: { every: 'quarter' } });
  });

  it('is not a label when the colon is inside a time of day', () => {
    expect(read('8:30 ngày 15/6/2026').kind).toBe('unknown');
  });
});
