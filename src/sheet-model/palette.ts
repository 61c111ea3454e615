import type { StatusCode } from '../status/status-codes.js';

/**
 * The product's colours, written once: every writer (the report workbook, office.js, Sheets) and the
 * dashboard's stylesheet take them from here. Hex RRGGBB without "#"; each writer adds its own
 * prefix ("FF" alpha for OOXML, "#" for office.js, Sheets and CSS).
 */
export const TABLE_COLOURS = {
  /** A table's column headers. */
  headerFill: 'DDEBF7',
  /** A section row, and the summary's totals in the page's preview. */
  sectionFill: 'F2F2F2',
  /** A part heading of the summary ("I. TỔNG HỢP CHUNG"). */
  bandFill: 'E2EFDA',
  /** The cell a user may change on the settings sheet. */
  inputFill: 'FFF2CC',
  /** The product's blue: titles, the values a user typed, the dashboard's headings. */
  accent: '1F4E79',
  /** Thin table borders, and the hidden helper columns' headers. */
  line: '808080',
  /** Explanatory notes. */
  noteText: '595959',
  /** Data bars of the completion rates; Sheets, which has no bars, grades from white to `dataBarLight`. */
  dataBar: '5B9BD5',
  dataBarLight: '9FC5E8',
  /** The summary chart's bars: counts in `dataBar`'s blue, completion shares in green. */
  shareBar: '70AD47',
  white: 'FFFFFF',
  black: '000000',
} as const;

/** Each sheet's tab colour, by the sheet the product writes. */
export const TAB_COLOURS = {
  plan: '2F5597',
  summary: '548235',
  settings: 'BF9000',
  provinceCommunes: 'C00000',
  provinceSections: '548235',
  provinceOverdue: 'FF0000',
  provinceProblems: '7F7F7F',
  /** The product's registry of its own sheets. */
  registry: '808080',
} as const;

/** The status rules' looks in the plan sheet: Excel's own "light red fill with dark red text" and its kin. */
export const RULE_COLOURS = {
  overdue: { fill: 'FFC7CE', text: '9C0006' },
  dueSoon: { fill: 'FFEB9C', text: '9C5700' },
  done: { fill: 'C6EFCE', text: '006100' },
  /** Invalid data: no fill, dark red bold text in a dark red box. */
  invalid: { text: 'C00000' },
} as const;

/** Each status's colour in charts and the dashboard's counts: red overdue, amber due soon, greens done. */
export const STATUS_COLOURS: Readonly<Record<StatusCode, string>> = {
  DONE_ON_TIME: '2E7D32',
  DONE_LATE: '7CB342',
  DONE: '43A047',
  OVERDUE: 'C00000',
  DUE_SOON: 'BF8F00',
  IN_PROGRESS: '1F4E79',
  NOT_DUE: '6B8FB5',
  CONTINUOUS: '5B6470',
  NO_DEADLINE: '9AA0A6',
  INVALID: '7030A0',
};

/** A palette colour as office.js, Sheets and CSS take it: "#RRGGBB". */
export function hashed(rgb: string): string {
  return `#${rgb}`;
}
