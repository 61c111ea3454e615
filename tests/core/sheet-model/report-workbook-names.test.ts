import { describe, expect, it } from 'vitest';
import { OWN_SHEETS_REGISTRY, readOwnSheets, readRegistry, registryRows } from '../../../src/sheet-model/own-sheets.js';
import { cleanSheetName, freeSheetName, summarySheetName } from '../../../src/sheet-model/own-sheet-names.js';
import { dateCellValue, planSheetTitle, progressValue } from '../../../src/sheet-model/plan-sheet-rows.js';
import { periodTitle } from '../../../src/sheet-model/summary-sheet-model.js';
import { calendarQuarters, ministryPeriods } from '../../../src/summary/report-periods.js';

describe('sheet names', () => {
  it('names the summary after the period, within Excel’s rules', () => {
    expect([...ministryPeriods(2026), ...calendarQuarters(2026)].map((period) => summarySheetName(period.shortTitle))).toEqual([
      'Tổng hợp Quý I-2026',
      'Tổng hợp 6 tháng-2026',
      'Tổng hợp Quý III-2026',
      'Tổng hợp Năm 2026',
      'Tổng hợp Q1-2026',
      'Tổng hợp Q2-2026',
      'Tổng hợp Q3-2026',
      'Tổng hợp Q4-2026',
    ]);
  });

  it('replaces the characters Excel refuses and cuts a name to 31 characters', () => {
    expect(cleanSheetName('Tổng hợp 6 tháng/2026')).toBe('Tổng hợp 6 tháng-2026');
    expect(cleanSheetName("'[Báo cáo]: quý? *1* \\ 2'")).toBe('-Báo cáo-- quý- -1- - 2');
    expect([...cleanSheetName('Tổng hợp tình hình thực hiện kế hoạch cải cách hành chính')]).toHaveLength(31);
  });

  it('takes the first free "(n)" when a sheet has the name, whatever its case', () => {
    expect(freeSheetName('Theo dõi CCHC', ['Phụ lục'])).toBe('Theo dõi CCHC');
    expect(freeSheetName('Theo dõi CCHC', ['theo dõi cchc', 'Theo dõi CCHC (2)'])).toBe('Theo dõi CCHC (3)');
    const long = freeSheetName('Tổng hợp 6 tháng-2026 của phường', ['Tổng hợp 6 tháng-2026 của phườn']);
    expect(long).toBe('Tổng hợp 6 tháng-2026 của p (2)');
    expect([...long].length).toBeLessThanOrEqual(31);
  });

  it('writes a period as a title writes it', () => {
    expect(['Quý I-2026', '6 tháng-2026', 'Năm 2026', 'Q2-2026'].map(periodTitle)).toEqual(['Quý I/2026', '6 tháng/2026', 'Năm 2026', 'Q2/2026']);
  });
});

describe('the registry of the product’s sheets', () => {
  const rows = registryRows([
    { name: 'Theo dõi CCHC', role: 'plan', version: 1, period: '' },
    { name: 'Tổng hợp Quý I-2026', role: 'summary', version: 1, period: 'Quý I-2026' },
    { name: 'Tổng hợp 6 tháng-2026', role: 'summary', version: 1, period: '6 tháng-2026' },
    { name: 'Cài đặt CCHC', role: 'settings', version: 1, period: '' },
  ]);
  const grid = (sheet: string) => ({ sheet, rows: [] });

  it('reads back what it wrote', () => {
    expect(readRegistry(rows).map((sheet) => sheet.name)).toEqual(['Theo dõi CCHC', 'Tổng hợp Quý I-2026', 'Tổng hợp 6 tháng-2026', 'Cài đặt CCHC']);
  });

  it('gives the plan, summary and settings sheets still in the workbook, and nothing without a registry', () => {
    const grids = [grid('Phụ lục'), grid('Theo dõi CCHC'), grid('Tổng hợp 6 tháng-2026'), grid('Cài đặt CCHC'), { sheet: OWN_SHEETS_REGISTRY, rows }];
    expect(readOwnSheets(grids)).toEqual({ plan: 'Theo dõi CCHC', summaries: ['Tổng hợp 6 tháng-2026'], settings: 'Cài đặt CCHC' });
    expect(readOwnSheets([grid('Theo dõi CCHC')])).toEqual({ summaries: [] });
  });

  it('skips lines that name no sheet or no known role', () => {
    expect(readRegistry([['header'], ['', 'plan'], ['Trang', 'chart', 1], [42, 'plan'], ['Trang', 'settings', '1']])).toEqual([{ name: 'Trang', role: 'settings', version: 1, period: '' }]);
  });
});

describe('the plan sheet’s cells', () => {
  it('puts the plan’s year in its title when the title does not say it', () => {
    expect(planSheetTitle('DANH MỤC NHIỆM VỤ CCHC', 2026)).toBe('DANH MỤC NHIỆM VỤ CCHC NĂM 2026');
    expect(planSheetTitle('NHIỆM VỤ CCHC GIAI ĐOẠN 2026-2030', 2026)).toBe('NHIỆM VỤ CCHC GIAI ĐOẠN 2026-2030');
    expect(planSheetTitle('', 2027)).toBe('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027');
  });

  it('writes a recognised progress mark as the dropdown’s word and keeps any other as it was', () => {
    expect(['Đã hoàn thành', 'HT', 'x', 1, true, '50%', 'Đang triển khai', 'Chưa hoàn thành', 'chưa thực hiện', 0, '', null, 'tạm dừng', { error: '#N/A' }].map(progressValue)).toEqual([
      'Hoàn thành',
      'Hoàn thành',
      'Hoàn thành',
      'Hoàn thành',
      'Hoàn thành',
      'Đang thực hiện',
      'Đang thực hiện',
      'Đang thực hiện',
      'Chưa thực hiện',
      'Chưa thực hiện',
      null,
      null,
      'tạm dừng',
      null,
    ]);
  });

  it('writes a date cell as a real date and keeps a text that is no date', () => {
    expect(dateCellValue('15/6/2026')).toEqual({ date: '2026-06-15' });
    expect(dateCellValue({ date: '2026-01-10' })).toEqual({ date: '2026-01-10' });
    expect(dateCellValue(46112)).toEqual({ date: '2026-03-31' });
    expect(dateCellValue('tuần sau')).toBe('tuần sau');
    expect(dateCellValue('')).toBeNull();
  });
});
