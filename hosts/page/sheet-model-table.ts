import { formatViDate } from '../../src/dates/calendar-date.js';
import type { CellContent, CellLook, CellRange, DetailedSheetModel, LookVariant } from '../../src/sheet-model/sheet-model.js';

/** Some of a sheet model's rows, as one table: the first `headerRows` of them in its thead, `skip` left out. */
export interface TablePart {
  readonly top: number;
  readonly bottom: number;
  readonly headerRows: number;
  readonly skip: ReadonlySet<number>;
}

/**
 * A sheet model (or some of its rows, `part`) shown as an HTML table, as the report workbook shows it: merged cells spanned,
 * column widths in proportion, each cell's look and variant as classes (`look-header`,
 * `variant-bold`), dates dd/mm/yyyy, shares as "66,0%" (the workbook's 0.0%), a formula by its result.
 * The page's adapter of the core's sheet models: the print view is the report's summary sheet itself.
 */
export function sheetModelTable(model: DetailedSheetModel, part: TablePart = { top: 0, bottom: model.rows.length - 1, headerRows: 0, skip: new Set() }): HTMLTableElement {
  const width = model.columnWidths.length;
  const looks = spread<CellLook>(
    model.looks.map(({ range, look }) => [range, look]),
    model.rows.length,
    width,
  );
  const variants = spread<LookVariant>(
    model.lookVariants.map(({ range, variant }) => [range, variant]),
    model.rows.length,
    width,
  );
  const covered = new Set<number>();
  const spans = new Map<number, CellRange>();
  for (const merge of model.merges) {
    spans.set(merge.top * width + merge.left, merge);
    for (let row = merge.top; row <= merge.bottom; row++) {
      for (let column = merge.left; column <= merge.right; column++) covered.add(row * width + column);
    }
  }

  const table = document.createElement('table');
  table.className = 'sheet-model';
  const columns = document.createElement('colgroup');
  const total = model.columnWidths.reduce((sum, chars) => sum + chars, 0);
  for (const chars of model.columnWidths) {
    const column = document.createElement('col');
    column.style.width = `${((chars / total) * 100).toFixed(2)}%`;
    columns.append(column);
  }
  table.append(columns);
  const head = part.headerRows > 0 ? table.createTHead() : null;
  const body = table.createTBody();
  model.rows.forEach((cells, row) => {
    if (row < part.top || row > part.bottom || part.skip.has(row)) return;
    const line = (head !== null && row < part.top + part.headerRows ? head : body).insertRow();
    for (let column = 0; column < width; column++) {
      const at = row * width + column;
      const merge = spans.get(at);
      if (covered.has(at) && merge === undefined) continue;
      const cell = line.insertCell();
      const look = looks[at];
      const variant = variants[at];
      if (look !== undefined) cell.classList.add(`look-${look}`);
      if (variant !== undefined) cell.classList.add(`variant-${variant}`);
      const content = cells[column] ?? null;
      if (merge !== undefined) {
        cell.colSpan = merge.right - merge.left + 1;
        cell.rowSpan = merge.bottom - merge.top + 1;
      } else if (typeof content === 'string' && content !== '') {
        // Text runs on over the empty cells beside it that look the same, as a spreadsheet shows it.
        let end = column;
        while (end + 1 < width && (cells[end + 1] ?? null) === null && !covered.has(at + end + 1 - column) && looks[at + end + 1 - column] === look && variants[at + end + 1 - column] === variant)
          end++;
        cell.colSpan = end - column + 1;
        column = end;
      }
      cell.textContent = shown(content, look);
    }
  });
  return table;
}

/** Each cell's value of the last range over it, row by row. */
function spread<T>(ranges: readonly (readonly [CellRange, T])[], rows: number, width: number): (T | undefined)[] {
  const cells = new Array<T | undefined>(rows * width);
  for (const [range, value] of ranges) {
    for (let row = range.top; row <= Math.min(range.bottom, rows - 1); row++) cells.fill(value, row * width + range.left, row * width + Math.min(range.right, width - 1) + 1);
  }
  return cells;
}

const PERCENT = new Intl.NumberFormat('vi-VN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

function shown(content: CellContent, look: CellLook | undefined): string {
  if (content === null) return '';
  if (typeof content === 'string') return content;
  if (typeof content === 'boolean') return content ? 'Đúng' : 'Sai';
  if (typeof content === 'number') return look === 'percent' ? PERCENT.format(content) : NUMBER.format(content);
  if ('date' in content) return formatViDate(content.date);
  return content.result === undefined ? '' : shown(content.result, look);
}
