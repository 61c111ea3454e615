import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/text/clean-text.js';
import { fold, foldWords } from '../../../src/text/fold.js';

describe('cleanText', () => {
  it('drops the HTML a converter leaves and keeps list items on their own lines', () => {
    expect(cleanText('<ul style="list-style-type: none"> <li>- Kế hoạch</li><li>- Báo cáo</li></ul>')).toBe('- Kế hoạch\n- Báo cáo');
  });
  it('removes bold tags, markdown bold and non-breaking spaces', () => {
    expect(cleanText('<b>II</b>')).toBe('II');
    expect(cleanText('**PHỤ LỤC**\u00a0 ')).toBe('PHỤ LỤC');
  });
  it('keeps text in angle brackets that is not an HTML tag', () => {
    expect(cleanText('Cập nhật mẫu <Tên đơn vị> vào biểu')).toBe('Cập nhật mẫu <Tên đơn vị> vào biểu');
    expect(cleanText('Gửi <P. Văn hóa> và <UBND phường>')).toBe('Gửi <P. Văn hóa> và <UBND phường>');
    expect(cleanText('Tỷ lệ <50% hồ sơ, >= 80% được số hóa')).toBe('Tỷ lệ <50% hồ sơ, >= 80% được số hóa');
    expect(cleanText('&lt;Tên đơn vị&gt; báo cáo')).toBe('<Tên đơn vị> báo cáo');
    expect(cleanText('<a>')).toBe('');
  });
  it('strips the tags converters write, with their attributes, and breaks lines where they did', () => {
    expect(cleanText('<span style="font-weight: bold">Kế hoạch</span><br/>Báo cáo<br />Quyết định')).toBe('Kế hoạch\nBáo cáo\nQuyết định');
    expect(cleanText('<p class="MsoNormal">Rà soát<o:p></o:p></p><p>Công bố</p>')).toBe('Rà soát\nCông bố');
    expect(cleanText('<strong>I</strong>. <em>CẢI CÁCH</em> &amp; <u>THỂ CHẾ</u>')).toBe('I. CẢI CÁCH & THỂ CHẾ');
    expect(cleanText('<td>1</td><td>Ban hành</td>')).toBe('1Ban hành');
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
