import ExcelJS from 'exceljs';
import { readPlanFile } from '../../io/files/read-plan-file.js';
import type { ReportWorkbookInput } from '../../io/xlsx-report/write-report-workbook.js';
import { assessPlan } from '../../src/plan/assess-plan.js';
import type { Plan } from '../../src/plan/plan.js';
import { buildSummary } from '../../src/summary/build-summary.js';
import { assessForPeriod } from '../../src/summary/assess-for-period.js';
import { parseReportPeriod } from '../../src/summary/report-periods.js';
import { AS_OF, readFixturePlan, type FixtureName } from './fixture-plans.js';
import { renderMessages } from '../../src/messages/catalogue.js';

export { AS_OF };

/** What `writeReportWorkbook` takes for a plan and a period, judged on AS_OF. */
export function reportInput(plan: Plan, period = 'Quý I/2026', source?: Uint8Array): ReportWorkbookInput {
  const reportPeriod = parseReportPeriod(period);
  if (reportPeriod === null) throw new Error(`No period: ${period}`);
  return {
    ...(source === undefined ? {} : { source }),
    assessed: assessPlan(plan, { asOf: AS_OF }),
    summary: buildSummary(assessForPeriod(plan, reportPeriod, { asOf: AS_OF }), reportPeriod),
  };
}

export async function fixtureInput(name: FixtureName, period = 'Quý I/2026'): Promise<ReportWorkbookInput> {
  return reportInput(await readFixturePlan(name), period);
}

/** A plan as read from a workbook's sheet, the way the command line reads it. */
export async function planFromWorkbook(bytes: Uint8Array, sheet: string): Promise<Plan> {
  const loaded = await readPlanFile(bytes, 'ke-hoach.xlsx', { sheet, today: '2000-01-01' });
  if (loaded.kind !== 'plan') throw new Error(renderMessages(loaded.messages));
  return loaded.plan;
}

export async function loadExcel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return workbook;
}

export const USER_PLAN_SHEET = 'Kế hoạch 2026';

/**
 * A clerk's own workbook, made with exceljs: a plan sheet with a merged title, a header, two sections,
 * tracking columns ("Tình trạng" in her own words, "Ngày hoàn thành" as a date cell and as text),
 * a "Ghi chú" column, texts that begin with "=", "+" and "-", her own conditional format, data
 * validation, note, defined name, column widths and frozen header; and a second sheet of notes
 * with a formula. `extraSheets` adds sheets of hers with the names given (each holding one line).
 */
export async function userWorkbook(extraSheets: readonly string[] = []): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(USER_PLAN_SHEET, { views: [{ state: 'frozen', ySplit: 3 }], properties: { tabColor: { argb: 'FFFF0000' } } });
  sheet.columns = [6, 40, 24, 20, 22, 16, 16, 14, 18].map((width) => ({ width }));
  sheet.addRow(['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026']);
  sheet.mergeCells('A1:I1');
  sheet.getCell('A1').font = { name: 'Times New Roman', size: 14, bold: true };
  sheet.addRow([]);
  sheet.addRow(['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm', 'Tình trạng', 'Ngày hoàn thành', 'Ghi chú']);
  sheet.getRow(3).font = { bold: true };
  sheet.addRow(['I', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH']);
  sheet.addRow([1, 'Ban hành kế hoạch CCHC năm 2026', 'Phòng Văn hóa - Xã hội', 'Các phòng, ban', 'Trước ngày 15/01/2026', 'Kế hoạch', 'đã hoàn thành', new Date(Date.UTC(2026, 0, 10)), 'Đúng hạn']);
  sheet.addRow([2, '=A1+B1 là chữ, không phải công thức', 'Văn phòng HĐND và UBND; Công an phường', null, 'Quý I/2026', '+84 báo cáo', 'x', '02/04/2026', '-5 ngày so với kế hoạch']);
  sheet.addRow(['II', 'CẢI CÁCH THỂ CHẾ']);
  sheet.addRow([3, 'Rà soát văn bản quy phạm pháp luật', 'Văn phòng HĐND và UBND', null, 'Tháng 5/2026', 'Báo cáo', 'Đang triển khai', null, null]);
  sheet.addRow([4, 'Tổ chức đối thoại với người dân', 'Phòng Văn hóa - Xã hội', null, 'Thường xuyên', 'Biên bản', 'tạm dừng', null, null]);
  sheet.addRow([5, 'Cập nhật thủ tục hành chính', 'Trung tâm Phục vụ hành chính công', null, 'Trước ngày 10/03/2026', 'Danh mục', null, null, null]);
  sheet.getCell('B5').note = 'Nhiệm vụ đầu năm';
  sheet.getCell('H5').numFmt = 'dd/mm/yyyy';
  sheet.addConditionalFormatting({
    ref: 'G5:G10',
    rules: [{ type: 'expression', priority: 1, formulae: ['$G5="x"'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FF00B050' } } } }],
  });
  (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations.add('G5:G10', {
    type: 'list',
    allowBlank: true,
    formulae: ['"x,Đang triển khai,đã hoàn thành"'],
  });
  workbook.definedNames.add(`'${USER_PLAN_SHEET}'!$C$5:$C$10`, 'DonViChuTri');
  const notes = workbook.addWorksheet('Hướng dẫn');
  notes.addRow(['Cập nhật cột Tình trạng mỗi tháng.']);
  notes.addRow([{ formula: 'LEN(A1)', result: 34 }]);
  for (const name of extraSheets) workbook.addWorksheet(name).addRow([`Trang riêng của tôi: ${name}`]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The report for the clerk's own workbook, as the command line makes it. */
export async function userReportInput(source: Uint8Array, period = 'Quý I/2026'): Promise<ReportWorkbookInput> {
  return reportInput(await planFromWorkbook(source, USER_PLAN_SHEET), period, source);
}

/**
 * The plan with the tracking cells a clerk fills in over the year, so that every branch of the
 * formulas is met: every third task marked done (with a completion date on, before or after its due
 * date, or none), every fifth in progress, every seventh with its own due date ("Hạn cụ thể"), and
 * after-event tasks given their event date.
 */
export function withProgress(plan: Plan): Plan {
  const tasks = plan.tasks.map((task, index) => {
    const progress: Record<string, string> = {};
    if (index % 3 === 0) {
      progress.progress = index % 2 === 0 ? 'Hoàn thành' : 'x';
      const dates = ['10/01/2026', '20/03/2026', '15/07/2026', ''];
      if (dates[index % 4]) progress.completedOn = dates[index % 4]!;
    } else if (index % 5 === 0) {
      progress.progress = 'Đang thực hiện';
    }
    if (index % 7 === 0) progress.dueOverride = index % 2 === 0 ? '30/04/2026' : '15/02/2026';
    if (/kể từ|sau khi/i.test(task.deadlineText)) progress.eventDate = '02/03/2026';
    return { ...task, progress: { ...task.progress, ...progress } };
  });
  return { ...plan, tasks };
}
