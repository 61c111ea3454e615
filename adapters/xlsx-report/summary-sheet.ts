import type ExcelJS from 'exceljs';
import { formatViDate } from '../../src/dates/calendar-date.js';
import { STATUS_CODES, STATUS_LABELS, type StatusCode } from '../../src/status/status-codes.js';
import type { PlanSummary, StatusCounts, TaskLine } from '../../src/summary/summary.js';
import { BODY_SIZE, DATA_BAR_COLOUR, dateValue, STYLES, wrappedHeight } from './report-styles.js';
import { finishSheet, frozenRows, PAGE_FOOTER, printSetup, styleRow, writeDataBarExtensions } from './sheet-setup.js';

/**
 * The columns of the summary sheet. The counts tables use all sixteen (a status a column); the task
 * lists use the first six, one field a column, so that no cell of a list is merged (a list may run to
 * tens of thousands of rows, and merged cells would make Excel and exceljs crawl).
 */
const STATUS_COLUMNS: readonly StatusCode[] = STATUS_CODES;
const WIDTHS = [6, 44, 22, 17, 12, 13, 10, 10, 10, 10, 10, 9, 9, 10, 11, 12];
const LAST_COLUMN = WIDTHS.length;
const RATE_COLUMN = 'P';

/** Header texts of the counts tables' columns from C on: the statuses, then the totals and rate. */
const COUNT_HEADERS = [
  ...STATUS_COLUMNS.map((code) => STATUS_LABELS[code]),
  'Tổng số nhiệm vụ',
  'Đến hạn (đến ngày đánh giá)',
  'Đã hoàn thành (trong số đến hạn)',
  'Tỷ lệ hoàn thành nhiệm vụ đến hạn',
];

/** Rows 1–3 (title, plan, period) stay on screen and are printed at the top of every page. */
const TITLE_ROWS = 3;

/**
 * The summary sheet of a reporting period, values judged at its cut-off (static, not formulas):
 * the title, the plan, the data period, cut-off and judging day; totals by status with shares; the
 * same counts per section and per lead unit with the completion rate shown as a data bar, and the
 * note that a task with several leads counts for each; the overdue tasks; the tasks falling due in
 * the next quarter. A4 landscape, one page wide, the title block repeated on every page.
 */
export function writeSummarySheet(workbook: ExcelJS.Workbook, sheetName: string, summary: PlanSummary, planTitle: string): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(sheetName, {
    views: frozenRows(TITLE_ROWS),
    pageSetup: printSetup('landscape', `1:${TITLE_ROWS}`),
    headerFooter: PAGE_FOOTER,
    properties: { tabColor: { argb: 'FF548235' } },
  });
  writeDataBarExtensions(sheet);
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const fullWidth = WIDTHS.reduce((sum, width) => sum + width, 0);

  const wideRow = (text: string, style: Partial<ExcelJS.Style>, fontSize = BODY_SIZE) => {
    const row = sheet.addRow([text]);
    row.getCell(1).style = style;
    sheet.mergeCells(row.number, 1, row.number, LAST_COLUMN);
    row.height = wrappedHeight([{ text, width: fullWidth }], fontSize);
  };
  const band = (text: string) => {
    sheet.addRow([]);
    const row = sheet.addRow([text]);
    for (let column = 1; column <= LAST_COLUMN; column++) row.getCell(column).style = STYLES.band;
    row.height = 20;
  };

  const { period } = summary;
  wideRow(`TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CCHC – ${periodTitle(period.shortTitle)}`, STYLES.title, 14);
  wideRow(planTitle === '' ? '(Kế hoạch chưa có tiêu đề)' : planTitle, STYLES.subtitle);
  wideRow(periodLine(summary), STYLES.subtitle);

  band('I. TỔNG HỢP CHUNG');
  styleRow(sheet.addRow(['STT', 'Trạng thái', 'Số nhiệm vụ', 'Tỷ lệ']), [STYLES.header, STYLES.header, STYLES.header, STYLES.header]);
  const { totals } = summary;
  STATUS_COLUMNS.forEach((code, index) => {
    const row = sheet.addRow([index + 1, STATUS_LABELS[code], totals.byStatus[code], totals.percent[code] / 100]);
    styleRow(row, [STYLES.centred, STYLES.text, STYLES.count, STYLES.percent]);
  });
  styleRow(sheet.addRow(['', 'Tổng số nhiệm vụ', totals.total, totals.total === 0 ? 0 : 1]), [STYLES.totalText, STYLES.totalText, STYLES.totalCount, STYLES.totalPercent]);
  styleRow(sheet.addRow(['', 'Nhiệm vụ đến hạn tính đến ngày đánh giá', totals.dueByCutOff, null]), [STYLES.text, STYLES.text, STYLES.count, STYLES.percent]);
  styleRow(sheet.addRow(['', 'Trong đó đã hoàn thành', totals.doneOfDue, null]), [STYLES.text, STYLES.text, STYLES.count, STYLES.percent]);
  styleRow(sheet.addRow(['', 'Tỷ lệ hoàn thành nhiệm vụ đến hạn', null, rateValue(totals)]), [STYLES.totalText, STYLES.totalText, STYLES.totalCount, STYLES.totalPercent]);

  band('II. THEO MỤC CỦA KẾ HOẠCH');
  countsHeader(sheet, 'Mục', 'Tên mục');
  const sectionRows = summary.sections.map((section) => countsRow(sheet, section.label ?? '', section.title, section, false));
  countsRow(sheet, '', 'Cộng', totals, true);
  addDataBar(sheet, sectionRows);

  band('III. THEO ĐƠN VỊ CHỦ TRÌ');
  countsHeader(sheet, 'STT', 'Đơn vị chủ trì');
  const unitRows = summary.units.map((unit, index) => countsRow(sheet, index + 1, unit.unit, unit, false));
  addDataBar(sheet, unitRows);
  const several = summary.tasksWithSeveralLeads;
  wideRow(
    `Ghi chú: nhiệm vụ có từ hai đơn vị chủ trì trở lên được tính cho mỗi đơn vị chủ trì, nên cộng các dòng trên có thể lớn hơn tổng số nhiệm vụ. ${
      several === 0 ? 'Kế hoạch này không có nhiệm vụ nào như vậy.' : `Kế hoạch này có ${several} nhiệm vụ như vậy.`
    }`,
    STYLES.smallNote,
  );

  band(`IV. NHIỆM VỤ QUÁ HẠN TẠI NGÀY ${formatViDate(summary.judgedOn)} (${summary.overdue.length} nhiệm vụ)`);
  if (summary.overdue.length === 0) {
    wideRow('Không có nhiệm vụ nào quá hạn.', STYLES.note);
  } else {
    listHeader(sheet, 'Số ngày quá hạn');
    for (const line of summary.overdue) listRow(sheet, line, line.daysOverdue, STYLES.count);
  }

  const next = summary.nextQuarter;
  band(
    `V. NHIỆM VỤ ĐẾN HẠN TRONG ${next.label.toUpperCase()} (${formatViDate(next.start)} – ${formatViDate(next.end)}) (${next.tasks.length} nhiệm vụ)`,
  );
  if (next.tasks.length === 0) {
    wideRow('Không có nhiệm vụ nào đến hạn trong quý này.', STYLES.note);
  } else {
    listHeader(sheet, 'Trạng thái tại ngày đánh giá');
    for (const line of next.tasks) listRow(sheet, line, STATUS_LABELS[line.status], STYLES.text);
  }
  finishSheet(sheet);
  return sheet;
}

/** "Quý I-2026" → "Quý I/2026", "Năm 2026" stays: the period as a title writes it. */
export function periodTitle(shortTitle: string): string {
  return shortTitle.replace(/-(\d{4})$/, '/$1');
}

function periodLine({ period, judgedOn }: PlanSummary): string {
  const parts = [`Số liệu từ ngày ${formatViDate(period.dataStart)} đến ngày ${formatViDate(period.cutOff)} (ngày chốt số liệu)`];
  if (period.reportDue !== null) parts.push(`hạn gửi báo cáo: ${formatViDate(period.reportDue)}`);
  const early = judgedOn < period.cutOff ? ' (trước ngày chốt số liệu: kỳ báo cáo chưa kết thúc)' : '';
  parts.push(`đánh giá tại ngày ${formatViDate(judgedOn)}${early}`);
  return `${parts.join('; ')}.`;
}

function rateValue(counts: StatusCounts): number | null {
  return counts.completionRate === null ? null : counts.completionRate / 100;
}

function countsHeader(sheet: ExcelJS.Worksheet, first: string, second: string): void {
  const row = sheet.addRow([first, second, ...COUNT_HEADERS]);
  for (let column = 1; column <= LAST_COLUMN; column++) row.getCell(column).style = STYLES.header;
  row.height = wrappedHeight(COUNT_HEADERS.map((text, index) => ({ text, width: WIDTHS[index + 2]! })), BOLD_SIZE);
}

function countsRow(sheet: ExcelJS.Worksheet, label: string | number, name: string, counts: StatusCounts, total: boolean): number {
  const row = sheet.addRow([
    label,
    name,
    ...STATUS_COLUMNS.map((code) => counts.byStatus[code]),
    counts.total,
    counts.dueByCutOff,
    counts.doneOfDue,
    rateValue(counts),
  ]);
  const text = total ? STYLES.totalText : STYLES.text;
  const count = total ? STYLES.totalCount : STYLES.count;
  styleRow(row, [total ? STYLES.totalText : STYLES.centred, text, ...STATUS_COLUMNS.map(() => count), count, count, count, total ? STYLES.totalPercent : STYLES.percent]);
  row.height = wrappedHeight([{ text: name, width: WIDTHS[1]! }], total ? BOLD_SIZE : BODY_SIZE);
  return row.number;
}

/** A data bar (0–100 %) on the completion rates of a table's rows. */
function addDataBar(sheet: ExcelJS.Worksheet, rows: readonly number[]): void {
  if (rows.length === 0) return;
  sheet.addConditionalFormatting({
    ref: `${RATE_COLUMN}${rows[0]}:${RATE_COLUMN}${rows[rows.length - 1]}`,
    rules: [
      {
        type: 'dataBar',
        priority: 1,
        minLength: 0,
        maxLength: 100,
        gradient: false,
        border: false,
        cfvo: [
          { type: 'num', value: 0 },
          { type: 'num', value: 1 },
        ],
        color: { argb: DATA_BAR_COLOUR },
      } as unknown as ExcelJS.ConditionalFormattingRule,
    ],
  });
}

const LIST_WIDTHS = WIDTHS.slice(0, 6);

/** Bold text runs wider: its rows are measured as a size larger. */
const BOLD_SIZE = BODY_SIZE + 1;

function listHeader(sheet: ExcelJS.Worksheet, last: string): void {
  const headers = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Hạn', last];
  const row = sheet.addRow(headers);
  styleRow(row, headers.map(() => STYLES.header));
  row.height = wrappedHeight(headers.map((text, index) => ({ text, width: LIST_WIDTHS[index]! })), BOLD_SIZE);
}

function listRow(sheet: ExcelJS.Worksheet, line: TaskLine, last: string | number, lastStyle: Partial<ExcelJS.Style>): void {
  const row = sheet.addRow([line.stt, line.task, line.lead.join('; '), line.deadlineText, line.due === null ? null : dateValue(line.due), last]);
  styleRow(row, [STYLES.centred, STYLES.text, STYLES.text, STYLES.text, STYLES.date, lastStyle]);
  row.height = wrappedHeight([
    { text: line.task, width: LIST_WIDTHS[1]! },
    { text: line.lead.join('; '), width: LIST_WIDTHS[2]! },
    { text: line.deadlineText, width: LIST_WIDTHS[3]! },
    { text: String(last), width: LIST_WIDTHS[5]! },
  ]);
}
