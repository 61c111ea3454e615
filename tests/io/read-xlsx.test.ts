import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readGridFile } from '../../io/files/read-grid-file.js';
import { renderMessage } from '../../src/messages/catalogue.js';

const utc = (year: number, month: number, day: number, hours = 0, minutes = 0) => new Date(Date.UTC(year, month - 1, day, hours, minutes));

/** A small plan workbook with everything a real one may hold: merges, dates, formulas, errors, links. */
async function planWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const plan = workbook.addWorksheet('Phụ lục nhiệm vụ');
  plan.getCell('A1').value = 'Nhiệm vụ và sản phẩm';
  plan.mergeCells('A1:B2'); // a header across two columns and down two rows
  plan.getCell('C1').value = 'Thời hạn';
  plan.getCell('D1').value = 'Ghi chú';
  plan.getCell('A3').value = 1;
  plan.getCell('B3').value = 'Ban hành Kế hoạch CCHC năm 2026';
  plan.mergeCells('B3:B4'); // a task merged down over two rows
  plan.getCell('C3').value = utc(2026, 1, 15);
  plan.getCell('C4').value = utc(1965, 3, 8); // before 1970: a negative time value
  plan.getCell('C5').value = utc(2026, 6, 15, 14, 30); // a date with a time of day
  for (const address of ['C3', 'C4', 'C5']) plan.getCell(address).numFmt = 'dd/mm/yyyy';
  plan.getCell('D3').value = 42.5;
  plan.getCell('D4').value = {
    richText: [{ text: 'Phòng ' }, { font: { bold: true }, text: 'Văn hóa - Xã hội' }],
  };
  plan.getCell('D5').value = { formula: 'D3*2', result: 85 };
  plan.getCell('E3').value = { error: '#N/A' };
  plan.getCell('E4').value = { text: 'Cổng dịch vụ công', hyperlink: 'https://dichvucong.gov.vn' };
  plan.getCell('E5').value = { formula: 'C3+1', result: utc(2026, 1, 16) };
  plan.getCell('E5').numFmt = 'dd/mm/yyyy';
  plan.getCell('E6').value = { formula: 'VLOOKUP(A9,A1:B2,2,FALSE)', result: { error: '#N/A' } };
  plan.getCell('F3').value = true;
  plan.getCell('F5').value = { formula: 'D3+1', result: 43.5 };
  plan.getCell('F6').value = { sharedFormula: 'F5', result: 44.5 }; // written as <f t="shared" si="0"/>
  plan.getCell('C9').value = 'Hết bảng';
  plan.getCell('H3').numFmt = '0.00'; // formatted but empty: no value, no cell in the grid
  plan.getCell('G4').value = ''; // an empty string is an empty cell

  const targets = workbook.addWorksheet('Chỉ tiêu');
  targets.addRow(['Chỉ tiêu', 'Đơn vị tính', 'Kết quả']);
  targets.addRow(['Tỷ lệ hồ sơ trực tuyến', '%', 100]);
  workbook.addWorksheet('Trống');
  const hidden = workbook.addWorksheet('Ẩn đi');
  hidden.state = 'hidden';
  hidden.getCell('B2').value = 'ẩn';

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readGridFile on an .xlsx', () => {
  it('gives one grid per worksheet, in workbook order, with their Vietnamese names', async () => {
    const { grids } = await readGridFile(await planWorkbook(), 'ke-hoach-2026.xlsx');
    expect(grids.map((grid) => grid.sheet)).toEqual(['Phụ lục nhiệm vụ', 'Chỉ tiêu', 'Trống', 'Ẩn đi']);
  });

  it('reads every kind of cell at its own row and column', async () => {
    const [plan] = (await readGridFile(await planWorkbook(), 'ke-hoach-2026.xlsx')).grids;
    expect(plan!.rows).toEqual([
      ['Nhiệm vụ và sản phẩm', null, 'Thời hạn', 'Ghi chú'],
      [],
      [1, 'Ban hành Kế hoạch CCHC năm 2026', { date: '2026-01-15' }, 42.5, { error: '#N/A' }, true],
      [null, null, { date: '1965-03-08' }, 'Phòng Văn hóa - Xã hội', 'Cổng dịch vụ công'],
      [null, null, { date: '2026-06-15' }, 85, { date: '2026-01-16' }, 43.5],
      [null, null, null, null, { error: '#N/A' }, 44.5],
      [],
      [],
      [null, null, 'Hết bảng'],
    ]);
  });

  it('keeps a merged value in the top-left cell only and lists every merged range', async () => {
    const [plan] = (await readGridFile(await planWorkbook(), 'ke-hoach-2026.xlsx')).grids;
    expect(plan!.merges).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 1, bottom: 3, right: 1 },
    ]);
    expect(plan!.rows[1]).toEqual([]);
    expect(plan!.rows[3]![1]).toBeNull();
  });

  it('reads a second table and gives an empty sheet no rows', async () => {
    const { grids } = await readGridFile(await planWorkbook(), 'ke-hoach-2026.xlsx');
    expect(grids[1]).toEqual({
      sheet: 'Chỉ tiêu',
      rows: [
        ['Chỉ tiêu', 'Đơn vị tính', 'Kết quả'],
        ['Tỷ lệ hồ sơ trực tuyến', '%', 100],
      ],
      merges: [],
    });
    expect(grids[2]).toEqual({ sheet: 'Trống', rows: [], merges: [] });
  });

  it('reads a hidden sheet too and says it is hidden', async () => {
    const { grids, notices } = await readGridFile(await planWorkbook(), 'ke-hoach-2026.xlsx');
    expect(grids[3]!.rows).toEqual([[], [null, 'ẩn']]);
    expect(notices.map(renderMessage)).toEqual([expect.stringContaining('“Ẩn đi”')]);
    expect(renderMessage(notices[0]!)).toContain('ke-hoach-2026.xlsx');
  });
});

describe('readGridFile on a large or heavy .xlsx', () => {
  it('reads a sheet with drop-down lists on whole columns and on the whole sheet without expanding them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Tiến độ');
    sheet.addRow(['STT', 'Nhiệm vụ', 'Tiến độ']);
    sheet.addRow([1, 'Ban hành kế hoạch', 'Hoàn thành']);
    // exceljs has this API but its type definitions leave it out.
    const { dataValidations } = sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } };
    dataValidations.add('C2:C1048576', { type: 'list', allowBlank: true, formulae: ['"Hoàn thành,Đang thực hiện"'] });
    dataValidations.add('A1:XFD1048576', { type: 'whole', operator: 'between', allowBlank: true, formulae: [0, 100] });
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { grids } = await readGridFile(bytes, 'tien-do.xlsx');
    expect(grids[0]!.rows).toEqual([
      ['STT', 'Nhiệm vụ', 'Tiến độ'],
      [1, 'Ban hành kế hoạch', 'Hoàn thành'],
    ]);
  });
});

describe('readGridFile on an .xlsx saved by LibreOffice', () => {
  const bytes = () => new Uint8Array(readFileSync(new URL('../files/ke-hoach-libreoffice.xlsx', import.meta.url)));

  it('reads its merged header, dates stored as formatted serial numbers, an error and a date formula', async () => {
    const { grids } = await readGridFile(bytes(), 'ke-hoach-libreoffice.xlsx');
    expect(grids[0]).toEqual({
      sheet: 'Phụ lục',
      rows: [
        ['STT', 'Nội dung nhiệm vụ', 'Thời gian'],
        [null, null, 'Bắt đầu', 'Hoàn thành'],
        ['I', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH'],
        [1, 'Ban hành Kế hoạch CCHC năm 2026', { date: '2026-01-02' }, { date: '2026-01-14' }],
        [null, null, { date: '1969-12-31' }, 'Thường xuyên'],
        [2, 'Báo cáo CCHC\nhằng quý', { error: '#N/A' }, { date: '2026-02-13' }],
      ],
      merges: [
        { top: 0, left: 0, bottom: 1, right: 0 },
        { top: 0, left: 1, bottom: 1, right: 1 },
        { top: 0, left: 2, bottom: 0, right: 3 },
        { top: 3, left: 1, bottom: 4, right: 1 },
      ],
    });
  });

  it('reads its hidden sheet and says it is hidden', async () => {
    const { grids, notices } = await readGridFile(bytes(), 'ke-hoach-libreoffice.xlsx');
    expect(grids[1]).toEqual({ sheet: 'Ghi chú', rows: [['Trang ẩn']], merges: [] });
    expect(notices.map(renderMessage)).toEqual(['Trang tính “Ghi chú” trong tệp “ke-hoach-libreoffice.xlsx” đang bị ẩn; vẫn được đọc như các trang khác.']);
  });
});
