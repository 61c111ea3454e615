/**
 * The printed page the core lays sheets out for: A4 with the margins the product's writers set, and
 * how much of it a column width and a row height take. A column width counts characters of the
 * workbook's body font: 5.25 points each in Excel (Calibri 11, 7 pixels), about 5.55 in LibreOffice;
 * 5.6 covers both. A row without a height of its own is 15 points.
 */
export const PAGE_MARGINS = { left: 0.4, right: 0.4, top: 0.55, bottom: 0.55, header: 0.3, footer: 0.3 } as const;

const A4_INCHES = { short: 8.27, long: 11.69 };
const POINTS_PER_INCH = 72;
const POINTS_PER_WIDTH = 5.6;
export const DEFAULT_ROW_HEIGHT = 15;
/** Room kept on every page for what the estimate misses (a renderer's rounding of row heights). */
const SLACK = 0.97;

export type Orientation = 'portrait' | 'landscape';

/** The printable width and height of an A4 page, in points at 100%. */
export function printableArea(orientation: Orientation): { width: number; height: number } {
  const [across, down] = orientation === 'landscape' ? [A4_INCHES.long, A4_INCHES.short] : [A4_INCHES.short, A4_INCHES.long];
  return {
    width: (across - PAGE_MARGINS.left - PAGE_MARGINS.right) * POINTS_PER_INCH,
    height: (down - PAGE_MARGINS.top - PAGE_MARGINS.bottom) * POINTS_PER_INCH,
  };
}

/**
 * The largest whole percentage (at most 100) at which columns of these widths print one page wide.
 *
 * @example printScale([6, 40, 20], 'landscape') → 100
 */
export function printScale(columnWidths: readonly number[], orientation: Orientation): number {
  const width = columnWidths.reduce((sum, chars) => sum + chars, 0) * POINTS_PER_WIDTH;
  if (width === 0) return 100;
  return Math.max(10, Math.min(100, Math.floor((SLACK * 100 * printableArea(orientation).width) / width)));
}

/** The height of the sheet's rows a printed page holds at a scale, in the sheet's points. */
export function pageHeight(orientation: Orientation, scale: number): number {
  return (SLACK * printableArea(orientation).height * 100) / scale;
}

/** How many rows of the default height the chart of completion rates by lead unit spans, for this many bars. */
export function rateChartRows(bars: number): number {
  return Math.max(12, Math.ceil(bars * 1.3) + 5);
}
