import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readGridFile } from '../../io/files/read-grid-file.js';
import { OWN_SHEETS_REGISTRY, readOwnSheets } from '../../src/sheet-model/own-sheets.js';
import { TEMPLATE_ROWS_PER_SECTION, TEMPLATE_SECTIONS, writeTemplateWorkbook } from '../../io/xlsx-report/write-template-workbook.js';
import { writeReportWorkbook } from '../../io/xlsx-report/write-report-workbook.js';
import { readPlan } from '../../src/plan/read-plan.js';
import { PLAN_SHEET_COLUMNS, PROGRESS_CHOICES } from '../../src/sheet/plan-sheet-layout.js';
import { DEFAULT_SETTINGS_NAMES } from '../../src/sheet/row-formulas.js';
import { statusRuleFormulas } from '../../src/sheet/status-rule-formulas.js';
import { dumpWorkbook } from '../helpers/report-workbook-dump.js';
import { loadExcel, reportInput } from '../helpers/report-workbook-inputs.js';

const bytes = await writeTemplateWorkbook({ year: 2027 });
const workbook = await loadExcel(bytes);
const sheet = workbook.getWorksheet('Theo dõi CCHC')!;
const rows = TEMPLATE_SECTIONS.length * (1 + TEMPLATE_ROWS_PER_SECTION);
const lastRow = 3 + rows;

describe('the blank template', () => {
  it('has the plan sheet, the settings sheet and the very hidden registry', () => {
    expect(workbook.worksheets.map((item) => [item.name, item.state])).toEqual([
      ['Theo dõi CCHC', 'visible'],
      ['Cài đặt CCHC', 'visible'],
      [OWN_SHEETS_REGISTRY, 'veryHidden'],
    ]);
    expect(workbook.definedNames.model.map((name) => name.name).sort()).toEqual(Object.values(DEFAULT_SETTINGS_NAMES).sort());
    expect(workbook.getWorksheet('Cài đặt CCHC')!.getCell('B6').value).toBe(2027);
  });

  it('titles the plan with its year and lists the canonical columns', () => {
    expect(sheet.getCell('A1').value).toBe('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027');
    expect(PLAN_SHEET_COLUMNS.map((_, index) => sheet.getRow(3).getCell(index + 1).value)).toEqual(PLAN_SHEET_COLUMNS.map((column) => column.header));
  });

  it('lists the seven usual sections, with empty numbered task rows under each', () => {
    const lines: [unknown, unknown][] = [];
    for (let row = 4; row <= lastRow; row++) lines.push([sheet.getCell(`A${row}`).value, sheet.getCell(`B${row}`).value ?? null]);
    const sections = lines.filter(([label]) => typeof label === 'string');
    expect(sections).toEqual([
      ['I', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH'],
      ['II', 'CẢI CÁCH THỂ CHẾ'],
      ['III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      ['IV', 'CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC'],
      ['V', 'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ'],
      ['VI', 'CẢI CÁCH TÀI CHÍNH CÔNG'],
      ['VII', 'XÂY DỰNG, PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ'],
    ]);
    const tasks = lines.filter(([label]) => typeof label === 'number');
    expect(tasks.map(([stt]) => stt)).toEqual(Array.from({ length: TEMPLATE_SECTIONS.length * TEMPLATE_ROWS_PER_SECTION }, (_, i) => i + 1));
    expect(tasks.every(([, task]) => task === null)).toBe(true);
  });

  it('has the due and status formulas ready, showing nothing while a row is empty', () => {
    const due = sheet.getCell('K5').value as ExcelJS.CellFormulaValue;
    const status = sheet.getCell('L5').value as ExcelJS.CellFormulaValue;
    expect(status.formula).toMatch(/^IF\(AND\(LEN\(B5\)=0,LEN\(F5\)=0\),"",/);
    expect(status.formula).toContain('"Chưa có thời hạn cụ thể"');
    expect(due.formula).toMatch(/^IF\(AND\(LEN\(B5\)=0,LEN\(F5\)=0\),"",/);
    expect(status.result ?? '').toBe('');
  });

  it('has the progress dropdown, date validation and status colours on the task rows', () => {
    const model = sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> }; conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };
    expect(model.dataValidations.model.G5).toMatchObject({ type: 'list', formulae: [`"${PROGRESS_CHOICES.join(',')}"`] });
    expect(model.dataValidations.model.H5).toMatchObject({ type: 'date' });
    expect(model.conditionalFormattings.map((format) => format.ref)).toEqual([`A4:M${lastRow}`]);
    expect((model.conditionalFormattings[0]!.rules[1] as { formulae: string[] }).formulae).toEqual([statusRuleFormulas('L', 4).overdue]);
  });

  it('reads back: readPlan finds the table and the sections, and no task nor finding in the empty numbered rows', async () => {
    const file = await readGridFile(bytes, 'ke-hoach-cchc-2027.xlsx');
    const result = readPlan(file.grids[0]!, { fallbackYear: 2000 });
    expect(result.found).toBe(true);
    if (!result.found) return;
    expect(result.plan.plan).toEqual({ year: 2027, sheet: 'Theo dõi CCHC', title: 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027' });
    expect(result.plan.sections.map((section) => section.label)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
    expect(result.plan.tasks.length).toBeLessThanOrEqual(TEMPLATE_SECTIONS.length * TEMPLATE_ROWS_PER_SECTION);
    expect(result.plan.tasks).toEqual([]);
    expect(result.plan.issues).toEqual([]);
    expect(result.plan.layout.extraColumns.map((column) => column.header)).toEqual(['Ghi chú']);
    expect(readOwnSheets(file.grids)).toEqual({ plan: 'Theo dõi CCHC', summaries: [], settings: 'Cài đặt CCHC' });
  });

  it('is rebuilt in place by a report made from it', async () => {
    const file = await readGridFile(bytes, 'ke-hoach-cchc-2027.xlsx');
    const result = readPlan(file.grids[0]!, { fallbackYear: 2000 });
    if (!result.found) throw new Error(result.issue.message);
    const report = await dumpWorkbook(await writeReportWorkbook(reportInput(result.plan, 'Quý I/2027', bytes)));
    expect(report.sheets).toEqual(['Theo dõi CCHC', 'Tổng hợp Quý I-2027', 'Cài đặt CCHC', OWN_SHEETS_REGISTRY]);
  });
});
