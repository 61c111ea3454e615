import type { DetailedSheetModel } from '../../src/sheet-model/sheet-model.js';
import { sheetModelTable } from './sheet-model-table.js';

/**
 * A sheet model the core paged (`print`) as the browser prints it: one table per block, so that the
 * browser pages it as the sheet is paged — a table's header in its thead (repeated on every page it
 * runs onto), a heading kept with what follows, a short table never split (print.css). The copies of
 * headers the sheet carries at its own page breaks are left out: the browser repeats the thead.
 * A model without `print` is one table.
 */
export function sheetModelPages(model: DetailedSheetModel): HTMLElement {
  const { print } = model;
  if (print === undefined) return sheetModelTable(model);
  const pages = document.createElement('div');
  pages.className = 'sheet-model-pages';
  const skip = new Set(print.repeatedHeaderRows);
  for (const block of print.blocks) {
    const table = sheetModelTable(model, { top: block.top, bottom: block.bottom, headerRows: block.headerRows, skip });
    table.classList.add(`print-keep-${block.keep}`);
    pages.append(table);
  }
  return pages;
}
