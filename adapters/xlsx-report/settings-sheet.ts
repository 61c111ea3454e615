import type ExcelJS from 'exceljs';
import { vietnamHolidays } from '../../src/calendar/vietnam-holidays.js';
import { dayNumber, weekdayOf } from '../../src/calendar/day-number.js';
import type { IsoDate } from '../../src/dates/calendar-date.js';
import type { SettingsNames } from '../../src/sheet/sheet-formulas.js';
import { dateValue, STYLES, wrappedHeight } from './report-styles.js';
import { dataValidations, finishSheet, PAGE_FOOTER, printSetup, styleRow } from './sheet-setup.js';

export interface SettingsSheetInput {
  /** The as-of date the cached results were computed for (today): the cached value of `=TODAY()`. */
  readonly asOf: IsoDate;
  readonly dueSoonDays: number;
  readonly planYear: number;
  /** The user's own days off, listed after the built-in holidays. */
  readonly daysOff: readonly IsoDate[];
  readonly names: SettingsNames;
}

/** Rows left empty at the end of the days-off list (inside its defined name) for the user's own days. */
const SPARE_DAY_ROWS = 30;

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

const WIDTHS = [34, 16, 72];

/**
 * The settings sheet the plan sheet's formulas read, with a Vietnamese explanation beside each
 * setting: the as-of date (`=TODAY()`, or a date the user types), the due-soon window, the plan's
 * year, and the days off that WORKDAY skips — the public holidays of the plan's year −1 … +4 with
 * their compensatory days, then the user's own, then empty rows to add more. The workbook's
 * defined names (`names`) point at these cells.
 */
export function writeSettingsSheet(workbook: ExcelJS.Workbook, sheetName: string, input: SettingsSheetInput): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(sheetName, {
    pageSetup: printSetup('portrait'),
    headerFooter: PAGE_FOOTER,
    properties: { tabColor: { argb: 'FFBF9000' } },
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));

  const addWide = (text: string, style: Partial<ExcelJS.Style>) => {
    const row = sheet.addRow([text]);
    row.getCell(1).style = style;
    sheet.mergeCells(row.number, 1, row.number, 3);
    row.height = wrappedHeight([{ text, width: WIDTHS[0]! + WIDTHS[1]! + WIDTHS[2]! }], style === STYLES.title ? 14 : 12);
    return row;
  };

  addWide('CÀI ĐẶT THEO DÕI KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH', STYLES.title);
  addWide(
    'Các cột «Hạn (tự tính)», «Trạng thái (tự tính)» và màu các dòng ở trang kế hoạch được tính bằng công thức từ các ô tô vàng dưới đây. Có thể sửa các ô tô vàng; đừng đổi chỗ hay xóa các ô này.',
    STYLES.note,
  );
  sheet.addRow([]);

  const setting = (label: string, value: ExcelJS.CellValue, valueStyle: Partial<ExcelJS.Style>, explanation: string) => {
    const row = sheet.addRow([label, value, explanation]);
    styleRow(row, [STYLES.label, valueStyle, STYLES.note]);
    row.height = wrappedHeight([{ text: label, width: WIDTHS[0]! }, { text: explanation, width: WIDTHS[2]! }]);
    return row;
  };
  const asOf = setting(
    'Ngày đánh giá',
    { formula: 'TODAY()', result: dateValue(input.asOf) },
    STYLES.inputDate,
    'Để công thức =TODAY() thì trạng thái luôn tính theo ngày hôm nay. Muốn xem tình hình tại một ngày khác (ví dụ ngày chốt số liệu báo cáo), gõ ngày đó, dạng dd/mm/yyyy.',
  );
  const dueSoon = setting(
    'Số ngày báo trước khi đến hạn',
    input.dueSoonDays,
    STYLES.input,
    'Nhiệm vụ chưa hoàn thành mà còn từ 0 đến số ngày này là đến hạn thì hiện «Sắp đến hạn» (tô vàng).',
  );
  setting(
    'Năm của kế hoạch',
    input.planYear,
    STYLES.input,
    'Năm dùng để hiểu các thời hạn không ghi năm (ví dụ «Quý II», «Tháng 10»). Sửa năm ở đây không tự tính lại thời hạn: hãy tạo lại báo cáo.',
  );
  sheet.addRow([]);

  addWide(
    'NGÀY NGHỈ — không tính là ngày làm việc khi đếm thời hạn «… ngày làm việc»: các ngày lễ, Tết theo Bộ luật Lao động và ngày nghỉ bù, rồi các ngày nghỉ riêng của đơn vị. Thêm ngày nghỉ khác (ví dụ ngày Tết Chính phủ cho nghỉ thêm) vào các ô trống cuối danh sách.',
    STYLES.label,
  );
  const header = sheet.addRow(['Thứ', 'Ngày', 'Tên ngày nghỉ']);
  styleRow(header, [STYLES.header, STYLES.header, STYLES.header]);
  header.height = wrappedHeight([]);

  const days = daysOffList(input.planYear, input.daysOff);
  const first = header.number + 1;
  for (const { date, name } of days) {
    const row = sheet.addRow([WEEKDAYS[weekdayOf(dayNumber(date))]!, dateValue(date), name]);
    styleRow(row, [STYLES.centred, STYLES.date, STYLES.text]);
    row.height = wrappedHeight([{ text: name, width: WIDTHS[2]! }]);
  }
  for (let i = 0; i < SPARE_DAY_ROWS; i++) styleRow(sheet.addRow([]), [STYLES.centred, STYLES.date, STYLES.text]);
  const last = first + days.length + SPARE_DAY_ROWS - 1;

  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  workbook.definedNames.add(`${quoted}!$B$${asOf.number}`, input.names.asOf);
  workbook.definedNames.add(`${quoted}!$B$${dueSoon.number}`, input.names.dueSoonDays);
  workbook.definedNames.add(`${quoted}!$B$${first}:$B$${last}`, input.names.daysOff);

  const validations = dataValidations(sheet);
  const dateRule = (prompt: string): ExcelJS.DataValidation => ({
    type: 'date',
    operator: 'between',
    allowBlank: true,
    formulae: [dateValue('1990-01-01'), dateValue('2099-12-31')],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Cần một ngày',
    error: 'Hãy nhập một ngày, ví dụ 15/06/2026 (hoặc 2026-06-15).',
    showInputMessage: true,
    prompt,
  });
  validations.add(`B${asOf.number}`, dateRule('=TODAY() hoặc một ngày dd/mm/yyyy'));
  validations.add(`B${dueSoon.number}`, {
    type: 'whole',
    operator: 'between',
    allowBlank: false,
    formulae: [0, 365],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Cần một số ngày',
    error: 'Hãy nhập số ngày từ 0 đến 365.',
  });
  validations.add(`B${first}:B${last}`, dateRule('Một ngày nghỉ, dạng dd/mm/yyyy'));
  finishSheet(sheet);
  return sheet;
}

/**
 * The public holidays of the plan's year −1 … +4 (a plan's deadlines reach a year back and a
 * five-year plan's end), and the user's own days off that are not among them, by date.
 */
export function daysOffList(planYear: number, own: readonly IsoDate[]): { date: IsoDate; name: string }[] {
  const days = new Map<IsoDate, string>();
  for (let year = planYear - 1; year <= planYear + 4; year++) {
    for (const holiday of vietnamHolidays(year)) days.set(holiday.date, holiday.name);
  }
  for (const date of own) if (!days.has(date)) days.set(date, 'Ngày nghỉ của đơn vị');
  return [...days].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, name]) => ({ date, name }));
}
