import { TAB_COLOURS } from './palette.js';
import { formatViDate } from '../dates/calendar-date.js';
import { STATUS_CODES, STATUS_LABELS } from '../status/status-codes.js';
import { groupCount, usedStatusGroups } from '../summary/status-groups.js';
import type { PlanSummary, StatusCounts, TaskLine } from '../summary/summary.js';
import { DEFAULT_ROW_HEIGHT, pageHeight, printScale, rateChartRows } from './page-model.js';
import { PagedRows, type PendingRow } from './paged-rows.js';
import { periodLine } from './period-line.js';
import { BODY_SIZE, BOLD_SIZE, wrappedHeight } from './row-height.js';
import { cellRange, SheetModelBuilder } from './sheet-model-builder.js';
import type { CellContent, CellRange, DetailedSheetModel } from './sheet-model.js';
import { CENTRED, COUNT, DATE, HEADER, PERCENT, TEXT, TOTAL_COUNT, TOTAL_PERCENT, TOTAL_TEXT, type Look } from './table-looks.js';

/**
 * Widths of the summary's first columns: the task lists use these six, one field a column, so that no
 * cell of a list is merged (a list may run to tens of thousands of rows, and merged cells would make
 * Excel crawl). The counts tables go on to the right, a status group a column, then the total and
 * the completion rate; the whole stays narrow enough to print at 85% or more on A4 landscape.
 */
const LIST_WIDTHS = [6, 38, 19, 16, 11, 12];
const COUNT_WIDTH = 9;
const RATE_WIDTH = 11;

/** Rows 1–3 (title, plan, period) stay on screen and are printed at the top of every page. */
const TITLE_ROWS = 3;

/** The first line of the summary sheet starts with this: how a rebuild knows the sheet is ours. */
export const SUMMARY_TITLE_PREFIX = 'TỔNG HỢP TÌNH HÌNH THỰC HIỆN';

/**
 * The summary sheet of a reporting period, values judged at its cut-off (static, not formulas): the
 * title, the plan, the data period, cut-off and judging day; totals by each of the ten statuses with
 * shares (and a bar chart of the counts); the counts per section and per lead unit in the government
 * grid's status groups (`status-groups.ts`) with the completion rate shown as a data bar, and the note
 * that a task with several leads counts for each; the overdue tasks; the tasks falling due in the next
 * quarter. Printed on A4 landscape at the scale its columns allow, paged by `PagedRows`: the title
 * block on every page, no heading at a page's foot, a table's header on every page it runs onto.
 *
 * @example summarySheetModel(summary, { name: 'Tổng hợp Quý I-2026', planTitle: 'KẾ HOẠCH CCHC NĂM 2026' }).rows[0]
 *   → ['TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CCHC – Quý I/2026']
 */
export function summarySheetModel(summary: PlanSummary, options: { name: string; planTitle: string }): DetailedSheetModel {
  const groups = usedStatusGroups(summary.totals);
  const countHeaders = [...groups.map((group) => group.label), 'Tổng số nhiệm vụ', 'Tỷ lệ hoàn thành nhiệm vụ đến hạn'];
  const columns = 2 + countHeaders.length;
  const widths = [...LIST_WIDTHS, ...Array.from({ length: columns - LIST_WIDTHS.length }, (_, at) => (at === columns - LIST_WIDTHS.length - 1 ? RATE_WIDTH : COUNT_WIDTH))];
  const lastColumn = columns - 1;
  const rateColumn = lastColumn;
  const fullWidth = widths.reduce((sum, width) => sum + width, 0);
  const scale = printScale(widths, 'landscape');

  const sheet = new SheetModelBuilder(options.name, widths, TAB_COLOURS.summary, 'landscape');
  const dataBars: CellRange[] = [];
  const wideRow = (text: string, look: Look, fontSize = BODY_SIZE): PendingRow => {
    const height = wrappedHeight([{ text, width: fullWidth }], fontSize);
    return {
      height,
      write: () => {
        const row = sheet.addRow([text], height);
        sheet.look(cellRange(row, 0, row, 0), look[0], look[1]).merge(cellRange(row, 0, row, lastColumn));
        return row;
      },
    };
  };
  const tableRow = (cells: readonly CellContent[], looks: readonly Look[], height: number | null = null): PendingRow => ({
    height,
    write: () => {
      const row = sheet.addRow(cells, height);
      sheet.lookRow(row, looks);
      return row;
    },
  });
  const blank: PendingRow = { height: null, write: () => sheet.addRow([]) };
  const bandRow = (text: string): PendingRow => ({
    height: 20,
    write: () => {
      const row = sheet.addRow([text], 20);
      sheet.look(cellRange(row, 0, row, lastColumn), 'section', 'band');
      return row;
    },
  });

  const { period, totals } = summary;
  const titles = [
    wideRow(`${SUMMARY_TITLE_PREFIX} KẾ HOẠCH CCHC – ${periodTitle(period.shortTitle)}`, ['title'], 14),
    wideRow(options.planTitle === '' ? '(Kế hoạch chưa có tiêu đề)' : options.planTitle, ['subtitle']),
    wideRow(periodLine(summary.period, summary.judgedOn), ['subtitle']),
  ];
  const titlesHeight = titles.reduce((sum, row) => sum + (row.height ?? DEFAULT_ROW_HEIGHT), 0);
  const pages = new PagedRows(pageHeight('landscape', scale) - titlesHeight, scale, () => sheet.next);
  pages.titles(...titles);
  const band = (text: string) => pages.heading(blank, bandRow(text));

  band('I. TỔNG HỢP CHUNG');
  const statusRows = pages.table(
    [tableRow(['STT', 'Trạng thái', 'Số nhiệm vụ', 'Tỷ lệ'], [HEADER, HEADER, HEADER, HEADER])],
    [
      ...STATUS_CODES.map((code, index) => tableRow([index + 1, STATUS_LABELS[code], totals.byStatus[code], totals.percent[code] / 100], [CENTRED, TEXT, COUNT, PERCENT])),
      tableRow(['', 'Tổng số nhiệm vụ', totals.total, totals.total === 0 ? 0 : 1], [TOTAL_TEXT, TOTAL_TEXT, TOTAL_COUNT, TOTAL_PERCENT]),
      tableRow(['', 'Nhiệm vụ đến hạn tính đến ngày đánh giá', totals.dueByCutOff, null], [TEXT, TEXT, COUNT, PERCENT]),
      tableRow(['', 'Trong đó đã hoàn thành', totals.doneOfDue, null], [TEXT, TEXT, COUNT, PERCENT]),
      tableRow(['', 'Tỷ lệ hoàn thành nhiệm vụ đến hạn', null, rateValue(totals)], [TOTAL_TEXT, TOTAL_TEXT, TOTAL_COUNT, TOTAL_PERCENT]),
    ],
  );
  // The status rows are never split from their header (the table fits a page), so they stay together.
  const totalsHeader = statusRows[0]! - 1;
  const firstStatus = statusRows[0]!;
  const lastStatus = statusRows[STATUS_CODES.length - 1]!;

  const countsHeader = (first: string, second: string) =>
    tableRow(
      [first, second, ...countHeaders],
      [first, second, ...countHeaders].map(() => HEADER),
      wrappedHeight(
        countHeaders.map((text, index) => ({ text, width: widths[index + 2]! })),
        BOLD_SIZE,
      ),
    );
  const countsRow = (label: string | number, name: string, counts: StatusCounts, total: boolean) =>
    tableRow(
      [label, name, ...groups.map((group) => groupCount(counts, group)), counts.total, rateValue(counts)],
      [total ? TOTAL_TEXT : CENTRED, total ? TOTAL_TEXT : TEXT, ...countHeaders.slice(1).map(() => (total ? TOTAL_COUNT : COUNT)), total ? TOTAL_PERCENT : PERCENT],
      wrappedHeight([{ text: name, width: widths[1]! }], total ? BOLD_SIZE : BODY_SIZE),
    );
  const rateBar = (rows: readonly number[]) => {
    if (rows.length > 0) dataBars.push(cellRange(rows[0]!, rateColumn, rows[rows.length - 1]!, rateColumn));
  };

  band('II. THEO MỤC CỦA KẾ HOẠCH');
  const sectionRows = pages.table(
    [countsHeader('Mục', 'Tên mục')],
    [...summary.sections.map((section) => countsRow(section.label ?? '', section.title, section, false)), countsRow('', 'Cộng', totals, true)],
  );
  rateBar(sectionRows.slice(0, -1));

  band('III. THEO ĐƠN VỊ CHỦ TRÌ');
  const several = summary.tasksWithSeveralLeads;
  const note = wideRow(
    `Ghi chú: nhiệm vụ có từ hai đơn vị chủ trì trở lên được tính cho mỗi đơn vị chủ trì, nên cộng các dòng trên có thể lớn hơn tổng số nhiệm vụ. ${
      several === 0 ? 'Kế hoạch này không có nhiệm vụ nào như vậy.' : `Kế hoạch này có ${several} nhiệm vụ như vậy.`
    }`,
    ['note', 'small'],
  );
  const unitRows = pages.table([countsHeader('STT', 'Đơn vị chủ trì')], [...summary.units.map((unit, index) => countsRow(index + 1, unit.unit, unit, false)), note]).slice(0, -1);
  rateBar(unitRows);

  const listHeader = (last: string) => {
    const headers = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Hạn', last];
    return tableRow(
      headers,
      headers.map(() => HEADER),
      wrappedHeight(
        headers.map((text, index) => ({ text, width: LIST_WIDTHS[index]! })),
        BOLD_SIZE,
      ),
    );
  };
  const listRow = (line: TaskLine, last: string | number, lastLook: Look) => {
    const lead = line.lead.join('; ');
    return tableRow(
      [line.stt, line.task, lead, line.deadlineText, line.due === null ? null : { date: line.due }, last],
      [CENTRED, TEXT, TEXT, TEXT, DATE, lastLook],
      wrappedHeight([
        { text: line.task, width: LIST_WIDTHS[1]! },
        { text: lead, width: LIST_WIDTHS[2]! },
        { text: line.deadlineText, width: LIST_WIDTHS[3]! },
        { text: String(last), width: LIST_WIDTHS[5]! },
      ]),
    );
  };

  band(`IV. NHIỆM VỤ QUÁ HẠN TẠI NGÀY ${formatViDate(summary.judgedOn)} (${summary.overdue.length} nhiệm vụ)`);
  if (summary.overdue.length === 0) pages.together(wideRow('Không có nhiệm vụ nào quá hạn.', ['note']));
  else
    pages.table(
      [listHeader('Số ngày quá hạn')],
      summary.overdue.map((line) => listRow(line, line.daysOverdue, COUNT)),
    );

  const next = summary.nextQuarter;
  band(`V. NHIỆM VỤ ĐẾN HẠN TRONG ${next.label.toUpperCase()} (${formatViDate(next.start)} – ${formatViDate(next.end)}) (${next.tasks.length} nhiệm vụ)`);
  if (next.tasks.length === 0) pages.together(wideRow('Không có nhiệm vụ nào đến hạn trong quý này.', ['note']));
  else
    pages.table(
      [listHeader('Trạng thái tại ngày đánh giá')],
      next.tasks.map((line) => listRow(line, STATUS_LABELS[line.status], TEXT)),
    );

  // Below the lists, where it neither covers a cell nor widens the printed page; on a page of its own when the rest of the last is too short.
  const charted = unitRows.length > 0 && summary.units.some((unit) => unit.completionRate !== null);
  // At most a page high: a chart cut by a page break prints in two halves.
  const rateRows = Math.min(rateChartRows(unitRows.length), Math.floor(pages.capacity / DEFAULT_ROW_HEIGHT) - 1);
  if (charted) pages.reserve((1 + rateRows) * DEFAULT_ROW_HEIGHT);
  const rateAnchor = { row: sheet.next + 1, column: 1 };

  return sheet.build({
    frozenRows: TITLE_ROWS,
    printTitleRows: { top: 0, bottom: TITLE_ROWS - 1 },
    dataBars,
    print: pages.layout(),
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
            values: cellRange(unitRows[0]!, rateColumn, unitRows[unitRows.length - 1]!, rateColumn),
            anchor: rateAnchor,
            heightRows: rateRows,
          },
        }),
  });
}

/** "Quý I-2026" → "Quý I/2026", "Năm 2026" stays: the period as a title writes it. */
export function periodTitle(shortTitle: string): string {
  return shortTitle.replace(/-(\d{4})$/, '/$1');
}

function rateValue(counts: StatusCounts): number | null {
  return counts.completionRate === null ? null : counts.completionRate / 100;
}
