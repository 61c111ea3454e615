import { quoted } from '../messages/define-messages.js';
import { TAB_COLOURS } from './palette.js';
import type { ProvinceConsolidation } from '../consolidate/province.js';
import { formatViDate } from '../dates/calendar-date.js';
import { STATUS_CODES, STATUS_LABELS } from '../status/status-codes.js';
import type { StatusCounts } from '../summary/summary.js';
import { BODY_SIZE, BOLD_SIZE, wrappedHeight } from './row-height.js';
import { cellRange, SheetModelBuilder } from './sheet-model-builder.js';
import type { CellContent, DetailedSheetModel } from './sheet-model.js';
import { periodLine } from './period-line.js';
import { periodTitle } from './summary-sheet-model.js';
import { CENTRED, COUNT, DATE, HEADER, PERCENT, TEXT, TOTAL_COUNT, TOTAL_PERCENT, TOTAL_TEXT, type Look } from './table-looks.js';

/** The province workbook's sheets, in tab order. */
export const PROVINCE_SHEET_NAMES = {
  communes: 'Theo xã, phường',
  sections: 'Theo mục',
  overdue: 'Nhiệm vụ quá hạn',
  problems: 'Tệp không đọc được',
} as const;

/** How many of the communes furthest behind the chart shows. */
export const CHART_COMMUNES = 10;

const COUNT_HEADERS = [...STATUS_CODES.map((code) => STATUS_LABELS[code]), 'Tổng số nhiệm vụ', 'Đến hạn (đến ngày đánh giá)', 'Đã hoàn thành (trong số đến hạn)', 'Tỷ lệ hoàn thành nhiệm vụ đến hạn'];
const COUNT_WIDTHS = [10, 10, 10, 10, 10, 12, 12, 10, 12, 9, 10, 11, 12, 12];

/** The four sheets of the province workbook, from one consolidation. */
export function provinceSheetModels(province: ProvinceConsolidation): DetailedSheetModel[] {
  return [communesSheetModel(province), sectionsSheetModel(province), overdueSheetModel(province), problemsSheetModel(province)];
}

/** A sheet with the three title rows over `widths`; `row` adds a row of cells with their looks. */
function startSheet(name: string, widths: readonly number[], tabColor: string, title: string, province: ProvinceConsolidation) {
  const sheet = new SheetModelBuilder(name, widths, tabColor, 'landscape');
  const full = widths.reduce((sum, width) => sum + width, 0);
  const wide = (text: string, look: Look, fontSize = BODY_SIZE) => {
    const row = sheet.addRow([text], wrappedHeight([{ text, width: full }], fontSize));
    sheet.look(cellRange(row, 0), look[0], look[1]).merge(cellRange(row, 0, row, widths.length - 1));
    return row;
  };
  wide(`${title} – ${periodTitle(province.period.shortTitle)}`, ['title'], 14);
  wide(periodLine(province.period, province.judgedOn), ['subtitle']);
  wide(readLine(province), ['subtitle']);
  const row = (cells: readonly CellContent[], looks: readonly Look[], height: number) => {
    const index = sheet.addRow(cells, height);
    sheet.lookRow(index, looks);
    return index;
  };
  const header = (texts: readonly string[]) =>
    row(
      texts,
      texts.map(() => HEADER),
      wrappedHeight(
        texts.map((text, index) => ({ text, width: widths[index]! })),
        BOLD_SIZE,
      ),
    );
  return { sheet, wide, row, header };
}

/**
 * Per commune, from the furthest behind: name, file, tasks, the counts by status, due by the
 * cut-off, done, completion rate (a data bar) and days of the worst overdue; the province's totals
 * last; a bar chart of the completion rates of the communes furthest behind.
 */
export function communesSheetModel(province: ProvinceConsolidation): DetailedSheetModel {
  const widths = [6, 26, 24, ...COUNT_WIDTHS, 12];
  const { sheet, row, header, wide } = startSheet(PROVINCE_SHEET_NAMES.communes, widths, TAB_COLOURS.provinceCommunes, 'TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CCHC CỦA CÁC XÃ, PHƯỜNG', province);
  const headerRow = header(['STT', 'Xã, phường, đặc khu', 'Tệp', ...COUNT_HEADERS, 'Quá hạn lâu nhất (ngày)']);
  const looks = (total: boolean): Look[] => [
    total ? TOTAL_TEXT : CENTRED,
    total ? TOTAL_TEXT : TEXT,
    total ? TOTAL_TEXT : TEXT,
    ...COUNT_HEADERS.slice(1).map(() => (total ? TOTAL_COUNT : COUNT)),
    total ? TOTAL_PERCENT : PERCENT,
    total ? TOTAL_COUNT : COUNT,
  ];
  const first = headerRow + 1;
  province.ranked.forEach((commune, index) => {
    row(
      [index + 1, commune.name, commune.file, ...countCells(commune.counts), commune.worstDaysOverdue],
      looks(false),
      wrappedHeight([
        { text: commune.name, width: widths[1]! },
        { text: commune.file, width: widths[2]! },
      ]),
    );
  });
  const last = headerRow + province.ranked.length;
  row(
    ['', `Toàn tỉnh (${province.communes.length} xã, phường)`, '', ...countCells(province.totals), province.totals.worstDaysOverdue],
    looks(true),
    wrappedHeight([{ text: 'Toàn tỉnh', width: widths[1]! }], BOLD_SIZE),
  );
  if (province.communes.length === 0) wide('Chưa đọc được kế hoạch của xã, phường nào.', ['note']);
  const rateColumn = 3 + COUNT_HEADERS.length - 1;
  const behind = Math.min(CHART_COMMUNES, province.ranked.filter((commune) => commune.counts.completionRate !== null).length);
  return sheet.build({
    frozenRows: headerRow + 1,
    printTitleRows: { top: 0, bottom: headerRow },
    dataBars: last >= first ? [cellRange(first, rateColumn, last, rateColumn)] : [],
    ...(last >= first ? { autoFilter: cellRange(headerRow, 0, last, widths.length - 1) } : {}),
    ...(behind > 0
      ? {
          rateChart: {
            title: `${behind} xã, phường chậm nhất: tỷ lệ hoàn thành nhiệm vụ đến hạn`,
            categories: cellRange(first, 1, first + behind - 1, 1),
            values: cellRange(first, rateColumn, first + behind - 1, rateColumn),
            anchor: { row: last + 3, column: 1 },
          },
        }
      : {}),
  });
}

/** Per section across communes, grouped by the folded key of the title, each named as most communes word it. */
export function sectionsSheetModel(province: ProvinceConsolidation): DetailedSheetModel {
  const widths = [6, 44, 10, ...COUNT_WIDTHS];
  const { sheet, row, header } = startSheet(PROVINCE_SHEET_NAMES.sections, widths, TAB_COLOURS.provinceSections, 'TỔNG HỢP THEO MỤC CỦA KẾ HOẠCH CCHC', province);
  const headerRow = header(['STT', 'Mục (theo cách ghi của nhiều xã, phường nhất)', 'Số xã, phường có mục', ...COUNT_HEADERS]);
  const looks = (total: boolean): Look[] => [total ? TOTAL_TEXT : CENTRED, total ? TOTAL_TEXT : TEXT, ...COUNT_HEADERS.map(() => (total ? TOTAL_COUNT : COUNT)), total ? TOTAL_PERCENT : PERCENT];
  province.sections.forEach((section, index) => {
    row(
      [index + 1, section.key === '' ? '(Chưa thuộc mục nào)' : section.title, section.communes, ...countCells(section.counts)],
      looks(false),
      wrappedHeight([{ text: section.title, width: widths[1]! }]),
    );
  });
  const first = headerRow + 1;
  const last = headerRow + province.sections.length;
  row(['', 'Cộng', province.communes.length, ...countCells(province.totals)], looks(true), wrappedHeight([{ text: 'Cộng', width: widths[1]! }], BOLD_SIZE));
  const rateColumn = 3 + COUNT_HEADERS.length - 1;
  return sheet.build({ frozenRows: headerRow + 1, printTitleRows: { top: 0, bottom: headerRow }, dataBars: last >= first ? [cellRange(first, rateColumn, last, rateColumn)] : [] });
}

/** Every commune's overdue tasks, most days overdue first, with commune, section, lead unit, deadline text and due date. */
export function overdueSheetModel(province: ProvinceConsolidation): DetailedSheetModel {
  const widths = [6, 22, 24, 8, 48, 24, 22, 12, 11];
  const { sheet, row, header, wide } = startSheet(
    PROVINCE_SHEET_NAMES.overdue,
    widths,
    TAB_COLOURS.provinceOverdue,
    `NHIỆM VỤ QUÁ HẠN TẠI NGÀY ${formatViDate(province.judgedOn)} CỦA CÁC XÃ, PHƯỜNG`,
    province,
  );
  const headerRow = header(['STT', 'Xã, phường, đặc khu', 'Mục', 'STT trong kế hoạch', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Hạn', 'Số ngày quá hạn']);
  province.overdue.forEach((task, index) => {
    const lead = task.lead.join('; ');
    const section = task.section ?? '';
    row(
      [index + 1, task.commune, section, task.stt, task.task, lead, task.deadlineText, task.due === null ? null : { date: task.due }, task.daysOverdue],
      [CENTRED, TEXT, TEXT, CENTRED, TEXT, TEXT, TEXT, DATE, COUNT],
      wrappedHeight([
        { text: task.commune, width: widths[1]! },
        { text: section, width: widths[2]! },
        { text: task.task, width: widths[4]! },
        { text: lead, width: widths[5]! },
        { text: task.deadlineText, width: widths[6]! },
      ]),
    );
  });
  if (province.overdue.length === 0) wide('Không có nhiệm vụ nào quá hạn.', ['note']);
  const last = headerRow + province.overdue.length;
  return sheet.build({ frozenRows: headerRow + 1, printTitleRows: { top: 0, bottom: headerRow }, ...(last > headerRow ? { autoFilter: cellRange(headerRow, 0, last, widths.length - 1) } : {}) });
}

/** Every file that gave no figures, with the reason in Vietnamese. */
export function problemsSheetModel(province: ProvinceConsolidation): DetailedSheetModel {
  const widths = [6, 40, 90];
  const { sheet, row, header, wide } = startSheet(PROVINCE_SHEET_NAMES.problems, widths, TAB_COLOURS.provinceProblems, 'CÁC TỆP KHÔNG ĐỌC ĐƯỢC HOẶC KHÔNG CÓ BẢNG NHIỆM VỤ', province);
  const headerRow = header(['STT', 'Tệp', 'Lý do']);
  province.problems.forEach((problem, index) => {
    row(
      [index + 1, problem.file, problem.message],
      [CENTRED, TEXT, TEXT],
      wrappedHeight([
        { text: problem.file, width: widths[1]! },
        { text: problem.message, width: widths[2]! },
      ]),
    );
  });
  if (province.problems.length === 0) wide('Mọi tệp đều đọc được.', ['note']);
  return sheet.build({ frozenRows: headerRow + 1, printTitleRows: { top: 0, bottom: headerRow } });
}

function countCells(counts: StatusCounts): CellContent[] {
  return [...STATUS_CODES.map((code) => counts.byStatus[code]), counts.total, counts.dueByCutOff, counts.doneOfDue, counts.completionRate === null ? null : counts.completionRate / 100];
}

function readLine({ communes, problems }: ProvinceConsolidation): string {
  const read = `Đã tổng hợp ${communes.length} xã, phường`;
  return problems.length === 0 ? `${read}.` : `${read}; ${problems.length} tệp không đọc được hoặc không có bảng nhiệm vụ (xem trang ${quoted(PROVINCE_SHEET_NAMES.problems)}).`;
}
