import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/text/clean-text.js';
import { fold, foldWords } from '../src/text/fold.js';

describe('cleanText', () => {
  it('drops the HTML a converter leaves and keeps list items on their own lines', () => {
    expect(cleanText('<ul style="list-style-type: none"> <li>- Kế hoạch</li><li>- Báo cáo</li></ul>')).toBe('- Kế hoạch\n- Báo cáo');
  });
  it('removes bold tags, markdown bold and non-breaking spaces', () => {
    expect(cleanText('<b>II</b>')).toBe('II');
    expect(cleanText('**PHỤ LỤC**\u00a0 ')).toBe('PHỤ LỤC');
  });
  it('turns NFD text into NFC', () => {
    expect(cleanText('Hoa\u0300n tha\u0300nh')).toBe('Hoàn thành');
  });
  it('shows a date cell as dd/mm/yyyy and an error as empty', () => {
    expect(cleanText({ date: '2026-06-15' })).toBe('15/06/2026');
    expect(cleanText({ error: '#N/A' })).toBe('');
  });
});

describe('fold', () => {
  it('makes spellings of one unit compare equal', () => {
    expect(fold('Phòng Văn hoá – Xã hội')).toBe(fold('Phong Van hoa - Xa hoi'));
    expect(fold('Đơn vị chủ trì')).toBe('don vi chu tri');
  });
  it('reduces punctuation to spaces in foldWords', () => {
    expect(foldWords('Cơ quan, đơn vị chủ trì')).toBe('co quan don vi chu tri');
  });
});
