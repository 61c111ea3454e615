import { describe, expect, it } from 'vitest';
import { asLiteralText } from '../../../src/sheet-model/literal-text.js';
import { freeSheetName, PLAN_SHEET_NAME, SETTINGS_SHEET_NAME, summarySheetName } from '../../../src/sheet-model/own-sheet-names.js';

describe('asLiteralText', () => {
  it('puts an apostrophe before a text that begins with "=", "+", "-" or "@"', () => {
    expect(['=A1+B1 là chữ', '+84 báo cáo', '-5 ngày so với kế hoạch', '@mention'].map(asLiteralText)).toEqual(["'=A1+B1 là chữ", "'+84 báo cáo", "'-5 ngày so với kế hoạch", "'@mention"]);
  });

  it('puts one before a text a spreadsheet would take for a number, a date or a truth value', () => {
    expect(['0012', '1.5', '15/6/2026', '15-6-2026', '50%', 'TRUE', 'false'].map(asLiteralText)).toEqual(["'0012", "'1.5", "'15/6/2026", "'15-6-2026", "'50%", "'TRUE", "'false"]);
  });

  it('leaves any other text as it is, an empty text and a dash inside a text included', () => {
    for (const text of ['Quý I/2026', '', ' =A1', 'Phòng Văn hóa - Xã hội', "'đã có nháy", 'Tháng 8-9/2026', 'Năm 2026', 'Đúng hạn']) expect(asLiteralText(text)).toBe(text);
  });
});

describe('the product’s sheet names', () => {
  it('are "Theo dõi CCHC", "Cài đặt CCHC" and "Tổng hợp" with the period', () => {
    expect([PLAN_SHEET_NAME, SETTINGS_SHEET_NAME, summarySheetName('Quý I-2026')]).toEqual(['Theo dõi CCHC', 'Cài đặt CCHC', 'Tổng hợp Quý I-2026']);
  });

  it('replace the characters Excel refuses in a period’s title', () => {
    expect(summarySheetName('6 tháng/2026')).toBe('Tổng hợp 6 tháng-2026');
  });
});

describe('freeSheetName', () => {
  it('gives the wanted name when no sheet has it', () => {
    expect(freeSheetName('Tổng hợp Quý I-2026', ['Kế hoạch 2026'])).toBe('Tổng hợp Quý I-2026');
  });

  it('takes the first free "(n)" when a sheet has the name, whatever its case or Unicode form', () => {
    expect(freeSheetName('Theo dõi CCHC', ['theo dõi cchc'])).toBe('Theo dõi CCHC (2)');
    expect(freeSheetName('Theo dõi CCHC', ['Theo dõi CCHC'.normalize('NFD'), 'Theo dõi CCHC (2)'])).toBe('Theo dõi CCHC (3)');
  });

  it('stays within 31 characters, the suffix included', () => {
    const long = 'Tổng hợp tình hình thực hiện kế hoạch năm 2026';
    const first = freeSheetName(long, []);
    const second = freeSheetName(long, [first]);
    expect([...first]).toHaveLength(31);
    expect([...second].length).toBeLessThanOrEqual(31);
    expect(second.endsWith(' (2)')).toBe(true);
  });

  it('replaces the characters Excel refuses and drops apostrophes at the ends', () => {
    expect(freeSheetName("'Báo cáo [Quý 1]: 2026?'", [])).toBe('Báo cáo -Quý 1-- 2026-');
  });
});
