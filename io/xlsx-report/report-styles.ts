import type ExcelJS from 'exceljs';
import type { IsoDate } from '../../src/dates/calendar-date.js';
// Body text size of the tables, which the models' row heights are worked out for; titles are larger.
import { BODY_SIZE } from '../../src/sheet-model/row-height.js';
import { RULE_COLOURS, TABLE_COLOURS } from '../../src/sheet-model/palette.js';
import { DATE_FORMAT } from '../../src/sheet-model/typed-cell-input.js';

/**
 * The looks of the sheets the product writes, as exceljs formats: what the sheet models' looks
 * (`CellLook`, refined by `LookVariant`) and status colours (`RuleLook`) become in the workbook
 * (see `own-styles.ts`, which appends them to a workbook's styles). Times New Roman, as Vietnamese administrative documents
 * use (LibreOffice shows it as the metric-compatible Liberation Serif). Every style is a
 * frozen object shared by many cells: exceljs keeps the reference, so none is ever changed in place.
 */
export const FONT_NAME = 'Times New Roman';

export { DATE_FORMAT };
export const PERCENT_FORMAT = '0.0%';

/** A palette colour as OOXML's ARGB: opaque. */
const argb = (rgb: string) => ({ argb: `FF${rgb}` });

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: argb(TABLE_COLOURS.line) };
const BOX: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: FONT_NAME, size: BODY_SIZE, ...extra });
const solid = (rgb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: argb(rgb) });

const HEADER_FILL = solid(TABLE_COLOURS.headerFill);
const SECTION_FILL = solid(TABLE_COLOURS.sectionFill);
const BAND_FILL = solid(TABLE_COLOURS.bandFill);

function style(value: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  return Object.freeze(value);
}

export const STYLES = {
  /** A sheet's big title. */
  title: style({ font: font({ bold: true, size: 14 }), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }),
  /** A line under the title (plan title, period). */
  subtitle: style({ font: font({ italic: true }), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }),
  /** A plain line of text, left aligned, wrapped. */
  note: style({ font: font(), alignment: { vertical: 'top', wrapText: true } }),
  /** An explanatory note in small italics. */
  smallNote: style({ font: font({ italic: true, size: 10 }), alignment: { vertical: 'top', wrapText: true } }),
  /** A table's column header. */
  header: style({
    font: font({ bold: true }),
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    fill: HEADER_FILL,
    border: BOX,
  }),
  /** A hidden helper column's header: small grey, not meant to be read. */
  helperHeader: style({ font: font({ size: 9, color: argb(TABLE_COLOURS.line) }) }),
  /** The default format, as one object (exceljs recognises a format by its object). */
  plain: style({}),
  /** A table cell of text. */
  text: style({ font: font(), alignment: { vertical: 'top', wrapText: true }, border: BOX }),
  /** A table cell of text, centred (numbers in a column, short codes). */
  centred: style({ font: font(), alignment: { horizontal: 'center', vertical: 'top', wrapText: true }, border: BOX }),
  /** A table cell holding a date. */
  date: style({ font: font(), alignment: { horizontal: 'center', vertical: 'top' }, border: BOX, numFmt: DATE_FORMAT }),
  /** A count. */
  count: style({ font: font(), alignment: { horizontal: 'center', vertical: 'top' }, border: BOX, numFmt: '0' }),
  /** A share shown as a percentage. */
  percent: style({ font: font(), alignment: { horizontal: 'center', vertical: 'top' }, border: BOX, numFmt: PERCENT_FORMAT }),
  /** A section row's label and title, and its other cells. */
  sectionLabel: style({ font: font({ bold: true }), alignment: { horizontal: 'center', vertical: 'top' }, fill: SECTION_FILL, border: BOX }),
  sectionTitle: style({ font: font({ bold: true }), alignment: { vertical: 'top', wrapText: true }, fill: SECTION_FILL, border: BOX }),
  sectionCell: style({ font: font({ bold: true }), fill: SECTION_FILL, border: BOX }),
  /** A totals row: bold. */
  totalText: style({ font: font({ bold: true }), alignment: { vertical: 'top', wrapText: true }, border: BOX }),
  totalCount: style({ font: font({ bold: true }), alignment: { horizontal: 'center', vertical: 'top' }, border: BOX, numFmt: '0' }),
  totalPercent: style({ font: font({ bold: true }), alignment: { horizontal: 'center', vertical: 'top' }, border: BOX, numFmt: PERCENT_FORMAT }),
  /** A part heading of the summary ("I. THEO MỤC CỦA KẾ HOẠCH"). */
  band: style({ font: font({ bold: true }), alignment: { vertical: 'middle' }, fill: BAND_FILL }),
  /** A label on the settings sheet, and the cell the user may change. */
  label: style({ font: font({ bold: true }), alignment: { vertical: 'top', wrapText: true } }),
  input: style({
    font: font({ bold: true, color: argb(TABLE_COLOURS.accent) }),
    alignment: { horizontal: 'center', vertical: 'top' },
    fill: solid(TABLE_COLOURS.inputFill),
    border: BOX,
  }),
  inputDate: style({
    font: font({ bold: true, color: argb(TABLE_COLOURS.accent) }),
    alignment: { horizontal: 'center', vertical: 'top' },
    fill: solid(TABLE_COLOURS.inputFill),
    border: BOX,
    numFmt: DATE_FORMAT,
  }),
} as const;

/** Conditional formatting looks (the differential styles Excel lays over a cell's own). */
export const RULE_STYLES = {
  overdue: { fill: { type: 'pattern', pattern: 'solid', bgColor: argb(RULE_COLOURS.overdue.fill) }, font: { color: argb(RULE_COLOURS.overdue.text) } },
  dueSoon: { fill: { type: 'pattern', pattern: 'solid', bgColor: argb(RULE_COLOURS.dueSoon.fill) }, font: { color: argb(RULE_COLOURS.dueSoon.text) } },
  done: { fill: { type: 'pattern', pattern: 'solid', bgColor: argb(RULE_COLOURS.done.fill) }, font: { color: argb(RULE_COLOURS.done.text) } },
  invalid: {
    font: { color: argb(RULE_COLOURS.invalid.text), bold: true },
    border: {
      top: { style: 'thin', color: argb(RULE_COLOURS.invalid.text) },
      left: { style: 'thin', color: argb(RULE_COLOURS.invalid.text) },
      bottom: { style: 'thin', color: argb(RULE_COLOURS.invalid.text) },
      right: { style: 'thin', color: argb(RULE_COLOURS.invalid.text) },
    },
  },
} as const satisfies Record<string, Partial<ExcelJS.Style>>;

/** A data bar's colour on the summary's completion rates. */
export const DATA_BAR_COLOUR = `FF${TABLE_COLOURS.dataBar}`;

/** A calendar date as exceljs writes a date cell: midnight UTC of that day (no time-zone shift). */
export function dateValue(iso: IsoDate): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!));
}
