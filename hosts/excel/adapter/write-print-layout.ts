/// <reference types="office-js" />
import { PAGE_MARGINS } from '../../../src/sheet-model/page-model.js';
import type { DetailedSheetModel } from '../../../src/sheet-model/sheet-model.js';

const POINTS_PER_INCH = 72;

/**
 * Queues how a sheet model prints (worksheet.pageLayout and horizontalPageBreaks, ExcelApi 1.9; the
 * caller checks the set): A4 in the model's orientation, the product's margins, the title rows on
 * every page, and the core's scale with its page breaks when the model has them (a sheet without
 * keeps Excel's own scaling).
 */
export function queuePrintLayout(sheet: Excel.Worksheet, model: DetailedSheetModel): void {
  const layout = sheet.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = model.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.leftMargin = PAGE_MARGINS.left * POINTS_PER_INCH;
  layout.rightMargin = PAGE_MARGINS.right * POINTS_PER_INCH;
  layout.topMargin = PAGE_MARGINS.top * POINTS_PER_INCH;
  layout.bottomMargin = PAGE_MARGINS.bottom * POINTS_PER_INCH;
  layout.headerMargin = PAGE_MARGINS.header * POINTS_PER_INCH;
  layout.footerMargin = PAGE_MARGINS.footer * POINTS_PER_INCH;
  if (model.printTitleRows !== undefined) layout.setPrintTitleRows(`$${model.printTitleRows.top + 1}:$${model.printTitleRows.bottom + 1}`);
  if (model.print === undefined) return;
  // Excel ignores manual page breaks on a sheet fitted to pages: the core's scale goes with its breaks.
  layout.zoom = { scale: model.print.scale };
  sheet.horizontalPageBreaks.removePageBreaks();
  for (const row of model.print.rowBreaks) sheet.horizontalPageBreaks.add(`A${row + 1}`);
}
