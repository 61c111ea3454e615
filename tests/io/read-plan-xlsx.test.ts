import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readGridFile } from '../../io/files/read-grid-file.js';
import { assessPlan } from '../../src/plan/assess-plan.js';
import { readPlan } from '../../src/plan/read-plan.js';

/** A plan as an office types it in Excel: merged title and header cells, real date cells, a second sheet. */
async function officeWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Hướng dẫn').addRow(['Bảng theo dõi nhiệm vụ CCHC, cập nhật hằng quý.']);
  const sheet = workbook.addWorksheet('Phụ lục');
  sheet.addRow(['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026']);
  sheet.mergeCells('A1:F1');
  sheet.addRow([]);
  sheet.addRow(['STT', 'Nội dung nhiệm vụ', 'Cơ quan', null, 'Thời gian hoàn thành', 'Tình trạng']);
  sheet.addRow([null, null, 'chủ trì', 'phối hợp', null, null]);
  sheet.mergeCells('C3:D3');
  for (const column of ['A', 'B', 'E', 'F']) sheet.mergeCells(`${column}3:${column}4`);
  sheet.addRow([1, 2, 3, 4, 5, 6]);
  sheet.addRow(['I', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH']);
  sheet.mergeCells('B6:F6');
  sheet.addRow([1, 'Ban hành kế hoạch CCHC năm 2026', 'Phòng Văn hóa - Xã hội', 'Các phòng, ban', new Date(Date.UTC(2026, 0, 14)), 'Hoàn thành']);
  sheet.addRow([2, 'Tổ chức đối thoại với người dân,', 'Văn phòng HĐND và UBND', 'Công an phường', { formula: 'DATE(2026,6,30)', result: new Date(Date.UTC(2026, 5, 30)) }, null]);
  sheet.addRow([null, 'doanh nghiệp về thủ tục hành chính', null, null, null, null]);
  sheet.mergeCells('A8:A9');
  sheet.addRow([3, { richText: [{ text: 'Rà soát ' }, { font: { bold: true }, text: 'văn bản QPPL' }] }, 'Văn phòng HĐND và UBND', null, 'Quý III/2026', 'Đang thực hiện']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('reading a plan typed in Excel', async () => {
  const file = await readGridFile(await officeWorkbook(), 'ke-hoach-2026.xlsx');
  const result = readPlan(file.grids[1]!, { fallbackYear: 2000 });
  if (!result.found) throw new Error(result.issue.message);
  const plan = result.plan;

  it('finds no table on the instructions sheet and the table on the plan sheet', () => {
    expect(readPlan(file.grids[0]!, { fallbackYear: 2026 }).found).toBe(false);
    expect(plan.plan).toEqual({ year: 2026, sheet: 'Phụ lục', title: 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026' });
  });

  it('reads a header merged over two rows and two columns, and skips the column numbers', () => {
    expect(plan.layout.headerRows).toEqual([2, 3]);
    expect(plan.layout.firstDataRow).toBe(5);
    expect(plan.layout.columns).toEqual({ stt: 0, task: 1, lead: 2, coUnits: 3, deadline: 4, progress: 5 });
  });

  it('reads a section title merged across the row', () => {
    expect(plan.sections).toEqual([{ label: 'I', title: 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH', row: 6 }]);
  });

  it('joins a task whose STT cell is merged over its two rows', () => {
    expect(plan.tasks.map((task) => task.stt)).toEqual(['1', '2', '3']);
    expect(plan.tasks[1]!.task).toBe('Tổ chức đối thoại với người dân, doanh nghiệp về thủ tục hành chính');
    expect(plan.tasks[2]!.task).toBe('Rà soát văn bản QPPL');
  });

  it('takes real date cells and formula results as dates, and judges them', () => {
    const assessed = assessPlan(plan, { asOf: '2026-06-25' });
    expect(assessed.tasks.map(({ task, deadline, status }) => [task.deadlineText, deadline.kind, deadline.due, status.code])).toEqual([
      ['14/01/2026', 'date', '2026-01-14', 'DONE'],
      ['30/06/2026', 'date', '2026-06-30', 'DUE_SOON'],
      ['Quý III/2026', 'period', '2026-09-30', 'NOT_DUE'],
    ]);
    expect(assessed.issues.map((issue) => `${issue.cell} ${issue.code}`)).toEqual(['A3 DELIVERABLE_COLUMN_MISSING']);
  });
});
