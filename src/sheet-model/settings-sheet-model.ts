import { TAB_COLOURS } from './palette.js';
import { dayNumber, weekdayOf } from '../calendar/day-number.js';
import { vietnamHolidays } from '../calendar/vietnam-holidays.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { DUE_SOON_DAYS_MAX, DUE_SOON_DAYS_MIN } from '../sheet/due-soon-limits.js';
import { DONE_WORDS_TEXT } from '../sheet/progress-done-formula.js';
import { DEFAULT_SETTINGS_NAMES } from '../sheet/row-formulas.js';
import { wrappedHeight } from './row-height.js';
import { cellRange, SheetModelBuilder } from './sheet-model-builder.js';
import type { CellContent, DetailedSheetModel, ValidationMessage } from './sheet-model.js';
import { DATE_MESSAGE } from './plan-table-model.js';

export interface SettingsSheetOptions {
  readonly name: string;
  readonly planYear: number;
  readonly dueSoonDays: number;
  /** The user's own days off, listed after the built-in holidays. */
  readonly daysOff: readonly IsoDate[];
  /** A pinned as-of date; without it the cell holds =TODAY(). */
  readonly asOf?: IsoDate;
  /** The day the cached results were computed for: the cached result of =TODAY(), for viewers that do not recalculate. */
  readonly today?: IsoDate;
}

/** The first line of the settings sheet starts with this: how a rebuild knows the sheet is ours. */
export const SETTINGS_TITLE_PREFIX = 'CÀI ĐẶT THEO DÕI';

/** Rows left empty at the end of the days-off list (inside its defined name) for the user's own days. */
export const SPARE_DAY_ROWS = 30;

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const WIDTHS = [34, 16, 72];
const FULL_WIDTH = WIDTHS[0]! + WIDTHS[1]! + WIDTHS[2]!;

/**
 * The settings sheet the plan sheet's formulas read, with a Vietnamese explanation beside each
 * setting: the as-of date (`=TODAY()`, or a date the user pins), the due-soon window, the plan's year,
 * and the days off that WORKDAY skips — the public holidays of the plan's year −1 … +4 with their
 * compensatory days, then the user's own, then empty rows to add more; last, the progress texts the
 * status formula reads as done. Its `names` (DEFAULT_SETTINGS_NAMES) point at these cells: the as-of
 * date B4, the window B5, the days off, the done texts.
 *
 * @example settingsSheetModel({ name: 'Cài đặt CCHC', planYear: 2026, dueSoonDays: 7, daysOff: [] }).rows[3]
 *   → ['Ngày đánh giá', { formula: 'TODAY()' }, 'Để công thức =TODAY() …']
 */
export function settingsSheetModel(options: SettingsSheetOptions): DetailedSheetModel {
  const sheet = new SheetModelBuilder(options.name, WIDTHS, TAB_COLOURS.settings, 'portrait');
  const wide = (text: string, title: boolean) => {
    const row = sheet.addRow([text], wrappedHeight([{ text, width: FULL_WIDTH }], title ? 14 : 12));
    sheet.merge(cellRange(row, 0, row, 2));
    return row;
  };
  sheet.look(cellRange(wide(`${SETTINGS_TITLE_PREFIX} KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH`, true), 0), 'title');
  const intro = wide(
    'Các cột “Hạn (tự tính)”, “Trạng thái (tự tính)” và màu các dòng ở trang kế hoạch được tính bằng công thức từ các ô tô vàng dưới đây. Có thể sửa các ô tô vàng; đừng đổi chỗ hay xóa các ô này.',
    false,
  );
  sheet.look(cellRange(intro, 0), 'note');
  sheet.addRow([]);

  const setting = (label: string, value: CellContent, date: boolean, explanation: string) => {
    const row = sheet.addRow(
      [label, value, explanation],
      wrappedHeight([
        { text: label, width: WIDTHS[0]! },
        { text: explanation, width: WIDTHS[2]! },
      ]),
    );
    sheet.lookRow(row, [['note', 'bold'], [date ? 'date' : 'number', 'input'], ['note']]);
    return row;
  };
  const asOfValue: CellContent = options.asOf !== undefined ? { date: options.asOf } : { formula: 'TODAY()', ...(options.today === undefined ? {} : { result: { date: options.today } }) };
  const asOf = setting(
    'Ngày đánh giá',
    asOfValue,
    true,
    'Để công thức =TODAY() thì trạng thái luôn tính theo ngày hôm nay. Muốn xem tình hình tại một ngày khác (ví dụ ngày chốt số liệu báo cáo), gõ ngày đó, dạng dd/mm/yyyy.',
  );
  const dueSoon = setting('Số ngày báo trước khi đến hạn', options.dueSoonDays, false, 'Nhiệm vụ chưa hoàn thành mà còn từ 0 đến số ngày này là đến hạn thì hiện “Sắp đến hạn” (tô vàng).');
  setting('Năm của kế hoạch', options.planYear, false, 'Năm dùng để hiểu các thời hạn không ghi năm (ví dụ “Quý II”, “Tháng 10”). Sửa năm ở đây không tự tính lại thời hạn: hãy tạo lại báo cáo.');
  sheet.addRow([]);

  const daysTitle = wide(
    'NGÀY NGHỈ — không tính là ngày làm việc khi đếm thời hạn “… ngày làm việc”: các ngày lễ, Tết theo Bộ luật Lao động và ngày nghỉ bù, rồi các ngày nghỉ riêng của đơn vị. Thêm ngày nghỉ khác (ví dụ ngày Tết Chính phủ cho nghỉ thêm) vào các ô trống cuối danh sách.',
    false,
  );
  sheet.look(cellRange(daysTitle, 0), 'note', 'bold');
  const header = sheet.addRow(['Thứ', 'Ngày', 'Tên ngày nghỉ'], wrappedHeight([]));
  sheet.look(cellRange(header, 0, header, 2), 'header');

  const days = daysOffList(options.planYear, options.daysOff);
  const first = header + 1;
  for (const { date, name } of days) {
    sheet.addRow([WEEKDAYS[weekdayOf(dayNumber(date))]!, { date }, name], wrappedHeight([{ text: name, width: WIDTHS[2]! }]));
  }
  for (let i = 0; i < SPARE_DAY_ROWS; i++) sheet.addRow([]);
  const last = first + days.length + SPARE_DAY_ROWS - 1;
  sheet
    .look(cellRange(first, 0, last, 0), 'body', 'centred')
    .look(cellRange(first, 1, last, 1), 'date')
    .look(cellRange(first, 2, last, 2), 'body');

  sheet.addRow([]);
  const doneLabel = 'Các cách ghi “đã hoàn thành” mà công thức trạng thái hiểu (ở cột Tình trạng). Đừng sửa ô này.';
  const doneWords = sheet.addRow(
    [doneLabel, DONE_WORDS_TEXT],
    wrappedHeight([
      { text: doneLabel, width: WIDTHS[0]! },
      { text: DONE_WORDS_TEXT, width: WIDTHS[1]! + WIDTHS[2]! },
    ]),
  );
  sheet.merge(cellRange(doneWords, 1, doneWords, 2));
  sheet.lookRow(doneWords, [
    ['note', 'bold'],
    ['body', 'small'],
  ]);

  const names = DEFAULT_SETTINGS_NAMES;
  const daysRange = cellRange(first, 1, last, 1);
  const messages: ValidationMessage[] = [
    { range: cellRange(asOf, 1), ...DATE_MESSAGE, prompt: '=TODAY() hoặc một ngày dd/mm/yyyy' },
    { range: cellRange(dueSoon, 1), title: 'Cần một số ngày', message: `Hãy nhập số ngày từ ${DUE_SOON_DAYS_MIN} đến ${DUE_SOON_DAYS_MAX}.`, warnOnly: false },
    { range: daysRange, ...DATE_MESSAGE, prompt: 'Một ngày nghỉ, dạng dd/mm/yyyy' },
  ];
  return sheet.build({
    frozenRows: 0,
    names: [
      { name: names.asOf, range: cellRange(asOf, 1) },
      { name: names.dueSoonDays, range: cellRange(dueSoon, 1) },
      { name: names.daysOff, range: daysRange },
      { name: names.doneWords, range: cellRange(doneWords, 1) },
    ],
    validations: [
      { range: cellRange(asOf, 1), kind: 'date' },
      { range: daysRange, kind: 'date' },
    ],
    wholeNumberValidations: [{ range: cellRange(dueSoon, 1), min: DUE_SOON_DAYS_MIN, max: DUE_SOON_DAYS_MAX }],
    validationMessages: messages,
  });
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

/**
 * Where a settings sheet written before the done texts had a named cell gets one (the add-ins keep
 * such a sheet as the user's): on the as-of date's row, past its explanation, in the first of `tries`
 * cells that is empty (0-based row and column).
 *
 * @example doneWordsPlaceFor({ row: 3, column: 1 }) → { row: 3, column: 4, tries: 10 } (E4 … N4)
 */
export function doneWordsPlaceFor(asOf: { readonly row: number; readonly column: number }): { row: number; column: number; tries: number } {
  return { row: asOf.row, column: asOf.column + 3, tries: 10 };
}
