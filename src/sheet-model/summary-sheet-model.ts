import { TAB_COLOURS } from './palette.js';
import { formatViDate } from '../dates/calendar-date.js';
import { STATUS_CODES, STATUS_LABELS } from '../status/status-codes.js';
import type { PlanSummary, StatusCounts, TaskLine } from '../summary/summary.js';
import { BODY_SIZE, BOLD_SIZE, wrappedHeight } from './row-height.js';
import { cellRange, SheetModelBuilder } from './sheet-model-builder.js';
import type { CellContent, CellRange, DetailedSheetModel } from './sheet-model.js';
import { CENTRED, COUNT, DATE, HEADER, PERCENT, TEXT, TOTAL_COUNT, TOTAL_PERCENT, TOTAL_TEXT, type Look } from './table-looks.js';

/**
 * Widths of the summary's columns. The counts tables use all sixteen (a status a column); the task
 * lists use the first six, one field a column, so that no cell of a list is merged (a list may run to
 * tens of thousands of rows, and merged cells would make Excel crawl).
 */
const WIDTHS = [6, 44, 22, 17, 12, 13, 10, 10, 10, 10, 10, 9, 9, 10, 11, 12];
const LAST_COLUMN = WIDTHS.length - 1;
const FULL_WIDTH = WIDTHS.reduce((sum, width) => sum + width, 0);
const LIST_WIDTHS = WIDTHS.slice(0, 6);
/** The completion rate's column (P) in the counts tables. */
const RATE_COLUMN = LAST_COLUMN;

/** Header texts of the counts tables' columns from C on: the statuses, then the totals and rate. */
const COUNT_HEADERS = [
  ...STATUS_CODES.map((code) => STATUS_LABELS[code]),
  'Tổng số nhiệm vụ',
  'Đến hạn (đến ngày đánh giá)',
  'Đã hoàn thành (trong số đến hạn)',
  'Tỷ lệ hoàn thành nhiệm vụ đến hạn',
];

/** Rows 1–3 (title, plan, period) stay on screen and are printed at the top of every page. */
const TITLE_ROWS = 3;

/** The first line of the summary sheet starts with this: how a rebuild knows the sheet is ours. */
export const SUMMARY_TITLE_PREFIX = 'TỔNG HỢP TÌNH HÌNH THỰC HIỆN';


/**
 * The summary sheet of a reporting period, values judged at its cut-off (static, not formulas): the
 * title, the plan, the data period, cut-off and judging day; totals by status with shares (and a bar
 * chart of the counts); the same counts per section and per lead unit with the completion rate shown
 * as a data bar, and the note that a task with several leads counts for each; the overdue tasks; the
 * tasks falling due in the next quarter. A4 landscape, one page wide, the title block repeated on
 * every page.
 *
 * @example summarySheetModel(summary, { name: 'Tổng hợp Quý I-2026', planTitle: 'KẾ HOẠCH CCHC NĂM 2026' }).rows[0]
 *   → ['TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CCHC – Quý I/2026']
 */
export function summarySheetModel(summary: PlanSummary, options: { name: string; planTitle: string }): DetailedSheetModel {
  const sheet = new SheetModelBuilder(options.name, WIDTHS, TAB_COLOURS.summary, 'landscape');
  const dataBars: CellRange[] = [];
  const wideRow = (text: string, look: Look, fontSize = BODY_SIZE) => {
    const row = sheet.addRow([text], wrappedHeight([{ text, width: FULL_WIDTH }], fontSize));
    sheet.look(cellRange(row, 0, row, 0), look[0], look[1]).merge(cellRange(row, 0, row, LAST_COLUMN));
  };
  const band = (text: string) => {
    sheet.addRow([]);
    const row = sheet.addRow([text], 20);
    sheet.look(cellRange(row, 0, row, LAST_COLUMN), 'section', 'band');
  };
  const tableRow = (cells: readonly CellContent[], looks: readonly Look[], height: number | null = null) => {
    const row = sheet.addRow(cells, height);
    sheet.lookRow(row, looks);
    return row;
  };

  const { period, totals } = summary;
  wideRow(`${SUMMARY_TITLE_PREFIX} KẾ HOẠCH CCHC – ${periodTitle(period.shortTitle)}`, ['title'], 14);
  wideRow(options.planTitle === '' ? '(Kế hoạch chưa có tiêu đề)' : options.planTitle, ['subtitle']);
  wideRow(periodLine(summary), ['subtitle']);

  band('I. TỔNG HỢP CHUNG');
  const totalsHeader = tableRow(['STT', 'Trạng thái', 'Số nhiệm vụ', 'Tỷ lệ'], [HEADER, HEADER, HEADER, HEADER]);
  STATUS_CODES.forEach((code, index) => {
    tableRow([index + 1, STATUS_LABELS[code], totals.byStatus[code], totals.percent[code] / 100], [CENTRED, TEXT, COUNT, PERCENT]);
  });
  const firstStatus = totalsHeader + 1;
  const lastStatus = totalsHeader + STATUS_CODES.length;
  tableRow(['', 'Tổng số nhiệm vụ', totals.total, totals.total === 0 ? 0 : 1], [TOTAL_TEXT, TOTAL_TEXT, TOTAL_COUNT, TOTAL_PERCENT]);
  tableRow(['', 'Nhiệm vụ đến hạn tính đến ngày đánh giá', totals.dueByCutOff, null], [TEXT, TEXT, COUNT, PERCENT]);
  tableRow(['', 'Trong đó đã hoàn thành', totals.doneOfDue, null], [TEXT, TEXT, COUNT, PERCENT]);
  tableRow(['', 'Tỷ lệ hoàn thành nhiệm vụ đến hạn', null, rateValue(totals)], [TOTAL_TEXT, TOTAL_TEXT, TOTAL_COUNT, TOTAL_PERCENT]);

  const countsHeader = (first: string, second: string) =>
    tableRow(
      [first, second, ...COUNT_HEADERS],
      COUNT_HEADERS.concat('', '').map(() => HEADER),
      wrappedHeight(COUNT_HEADERS.map((text, index) => ({ text, width: WIDTHS[index + 2]! })), BOLD_SIZE),
    );
  const countsRow = (label: string | number, name: string, counts: StatusCounts, total: boolean) =>
    tableRow(
      [label, name, ...STATUS_CODES.map((code) => counts.byStatus[code]), counts.total, counts.dueByCutOff, counts.doneOfDue, rateValue(counts)],
      [total ? TOTAL_TEXT : CENTRED, total ? TOTAL_TEXT : TEXT, ...COUNT_HEADERS.slice(1).map(() => (total ? TOTAL_COUNT : COUNT)), total ? TOTAL_PERCENT : PERCENT],
      wrappedHeight([{ text: name, width: WIDTHS[1]! }], total ? BOLD_SIZE : BODY_SIZE),
    );
  const rateBar = (rows: readonly number[]) => {
    if (rows.length > 0) dataBars.push(cellRange(rows[0]!, RATE_COLUMN, rows[rows.length - 1]!, RATE_COLUMN));
  };

  band('II. THEO MỤC CỦA KẾ HOẠCH');
  countsHeader('Mục', 'Tên mục');
  rateBar(summary.sections.map((section) => countsRow(section.label ?? '', section.title, section, false)));
  countsRow('', 'Cộng', totals, true);

  band('III. THEO ĐƠN VỊ CHỦ TRÌ');
  countsHeader('STT', 'Đơn vị chủ trì');
  const unitRows = summary.units.map((unit, index) => countsRow(index + 1, unit.unit, unit, false));
  rateBar(unitRows);
  const several = summary.tasksWithSeveralLeads;
  wideRow(
    `Ghi chú: nhiệm vụ có từ hai đơn vị chủ trì trở lên được tính cho mỗi đơn vị chủ trì, nên cộng các dòng trên có thể lớn hơn tổng số nhiệm vụ. ${
      several === 0 ? 'Kế hoạch này không có nhiệm vụ nào như vậy.' : `Kế hoạch này có ${several} nhiệm vụ như vậy.`
    }`,
    ['note', 'small'],
  );

  const listHeader = (last: string) => {
    const headers = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Hạn', last];
    tableRow(headers, headers.map(() => HEADER), wrappedHeight(headers.map((text, index) => ({ text, width: LIST_WIDTHS[index]! })), BOLD_SIZE));
  };
  const listRow = (line: TaskLine, last: string | number, lastLook: Look) => {
    const lead = line.lead.join('; ');
    tableRow([line.stt, line.task, lead, line.deadlineText, line.due === null ? null : { date: line.due }, last], [CENTRED, TEXT, TEXT, TEXT, DATE, lastLook], wrappedHeight([
      { text: line.task, width: LIST_WIDTHS[1]! },
      { text: lead, width: LIST_WIDTHS[2]! },
      { text: line.deadlineText, width: LIST_WIDTHS[3]! },
      { text: String(last), width: LIST_WIDTHS[5]! },
    ]));
  };

  band(`IV. NHIỆM VỤ QUÁ HẠN TẠI NGÀY ${formatViDate(summary.judgedOn)} (${summary.overdue.length} nhiệm vụ)`);
  if (summary.overdue.length === 0) {
    wideRow('Không có nhiệm vụ nào quá hạn.', ['note']);
  } else {
    listHeader('Số ngày quá hạn');
    for (const line of summary.overdue) listRow(line, line.daysOverdue, COUNT);
  }

  const next = summary.nextQuarter;
  band(`V. NHIỆM VỤ ĐẾN HẠN TRONG ${next.label.toUpperCase()} (${formatViDate(next.start)} – ${formatViDate(next.end)}) (${next.tasks.length} nhiệm vụ)`);
  if (next.tasks.length === 0) {
    wideRow('Không có nhiệm vụ nào đến hạn trong quý này.', ['note']);
  } else {
    listHeader('Trạng thái tại ngày đánh giá');
    for (const line of next.tasks) listRow(line, STATUS_LABELS[line.status], TEXT);
  }

  return sheet.build({
    frozenRows: TITLE_ROWS,
    printTitleRows: { top: 0, bottom: TITLE_ROWS - 1 },
    dataBars,
    chart: {
      title: 'Số nhiệm vụ theo trạng thái',
      categories: cellRange(firstStatus, 1, lastStatus, 1),
      values: cellRange(firstStatus, 2, lastStatus, 2),
      anchor: { row: totalsHeader, column: 5 },
    },
    ...(unitRows.length === 0
      ? {}
      : {
          rateChart: {
            title: 'Tỷ lệ hoàn thành nhiệm vụ đến hạn theo đơn vị chủ trì',
            categories: cellRange(unitRows[0]!, 1, unitRows[unitRows.length - 1]!, 1),
            values: cellRange(unitRows[0]!, RATE_COLUMN, unitRows[unitRows.length - 1]!, RATE_COLUMN),
            // Below the lists, where it neither covers a cell nor widens the printed page.
            anchor: { row: sheet.next + 1, column: 1 },
          },
        }),
  });
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
