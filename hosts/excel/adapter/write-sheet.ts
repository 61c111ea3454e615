/// <reference types="office-js" />
import { message, renderMessage } from '../../../src/messages/catalogue.js';
import type { CellContent, CellLook, CellRange, ColumnsUpdate, ConditionalRule, DetailedSheetModel, RuleLook, SheetModel, Validation } from '../../../src/sheet-model/sheet-model.js';
import { hashed as hex, RULE_COLOURS, TABLE_COLOURS } from '../../../src/sheet-model/palette.js';
import { DATE_FORMAT, officeCell } from './office-cells.js';
import { queuePrintLayout } from './write-print-layout.js';
import { rowChunks } from './write-chunks.js';

/** Called after each chunk of rows reached Excel: rows written so far of all rows. */
export type ChunkProgress = (written: number, total: number) => void;

/** What the adapter may use beyond the core ExcelApi 1.7: data validation needs ExcelApi 1.8, the page layout 1.9, reading merged cells 1.13. */
export interface HostFeatures {
  readonly dataValidation: boolean;
  readonly mergedAreas: boolean;
  /** worksheet.pageLayout and page breaks; without it the sheet prints as Excel sets it by default. */
  readonly pageLayout?: boolean;
}

/** Column widths are given in characters; office.js takes points (about 5.6 points a character of the body font). */
export const POINTS_PER_CHARACTER = 5.6;

const RULE_LOOKS: Readonly<Record<Exclude<RuleLook, 'invalid'>, { fill: string; font: string }>> = {
  overdue: { fill: hex(RULE_COLOURS.overdue.fill), font: hex(RULE_COLOURS.overdue.text) },
  dueSoon: { fill: hex(RULE_COLOURS.dueSoon.fill), font: hex(RULE_COLOURS.dueSoon.text) },
  done: { fill: hex(RULE_COLOURS.done.fill), font: hex(RULE_COLOURS.done.text) },
};
const INVALID_BORDER = hex(RULE_COLOURS.invalid.text);
const HEADER_FILL = hex(TABLE_COLOURS.headerFill);
const SECTION_FILL = hex(TABLE_COLOURS.sectionFill);
const FONT_NAME = 'Times New Roman';

function rangeOf(sheet: Excel.Worksheet, range: CellRange): Excel.Range {
  return sheet.getRangeByIndexes(range.top, range.left, range.bottom - range.top + 1, range.right - range.left + 1);
}

function fill<T>(range: CellRange, value: T): T[][] {
  const width = range.right - range.left + 1;
  return Array.from({ length: range.bottom - range.top + 1 }, () => new Array<T>(width).fill(value));
}

/**
 * Writes a sheet model's rows into a (new, empty) worksheet, chunk by chunk with one sync each, so
 * that no request nears Excel on the web's 5 MB limit. Everything else (formats, widths, merges,
 * validations, rules, names, chart) is only queued: the caller's next sync sends it.
 */
export async function writeModelRows(context: Excel.RequestContext, sheet: Excel.Worksheet, model: SheetModel, progress?: ChunkProgress): Promise<void> {
  const width = Math.max(1, model.columnWidths.length, ...model.rows.map((row) => row.length));
  const rows = model.rows.map((row) => Array.from({ length: width }, (_, c) => officeCell(row[c] ?? null)));
  const chunks = rowChunks(rows.map((row) => row.map((cell) => cell.formula)));
  for (const { start, end } of chunks) {
    const range = sheet.getRangeByIndexes(start, 0, end - start, width);
    const part = rows.slice(start, end);
    range.numberFormat = part.map((row) => row.map((cell) => cell.format));
    range.formulas = part.map((row) => row.map((cell) => cell.formula));
    await context.sync();
    progress?.(end, rows.length);
  }
}

/** Queues the layout of a sheet model: looks, widths, hidden columns, merges, frozen rows, print layout, validations, rules, names, chart. */
export function queueModelLayout(context: Excel.RequestContext, sheet: Excel.Worksheet, model: DetailedSheetModel, options: { features: HostFeatures; existingNames: ReadonlySet<string> }): void {
  sheet.getRange().format.font.name = FONT_NAME;
  model.columnWidths.forEach((chars, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).getEntireColumn().format.columnWidth = Math.round(chars * POINTS_PER_CHARACTER);
  });
  for (const column of model.hiddenColumns) sheet.getRangeByIndexes(0, column, 1, 1).getEntireColumn().columnHidden = true;
  for (const { range, look } of model.looks) applyLook(rangeOf(sheet, range), range, look);
  for (const range of model.merges) rangeOf(sheet, range).merge(false);
  if (model.rows.length > 0) sheet.getRangeByIndexes(0, 0, model.rows.length, Math.max(1, model.columnWidths.length)).format.autofitRows();
  if (model.frozenRows > 0) sheet.freezePanes.freezeRows(model.frozenRows);
  if (/^[0-9A-Fa-f]{6}$/.test(model.tabColor)) sheet.tabColor = `#${model.tabColor}`;
  if (options.features.pageLayout === true) queuePrintLayout(sheet, model);
  if (options.features.dataValidation) for (const validation of model.validations) queueValidation(sheet, validation);
  queueRules(sheet, model.rules);
  for (const name of model.names) {
    if (!options.existingNames.has(name.name.toLowerCase())) context.workbook.names.add(name.name, rangeOf(sheet, name.range));
  }
  if (model.chart !== undefined) {
    const { chart: bar } = model;
    const chart = sheet.charts.add('BarClustered', rangeOf(sheet, bar.values), 'Columns');
    chart.title.text = bar.title;
    chart.legend.visible = false;
    chart.series.getItemAt(0).setXAxisValues(rangeOf(sheet, bar.categories));
    chart.setPosition(sheet.getRangeByIndexes(bar.anchor.row, bar.anchor.column, 1, 1));
  }
}

/** The look of a block of cells, as Excel formats it. */
function applyLook(range: Excel.Range, at: CellRange, look: CellLook): void {
  const { format } = range;
  const box = () => {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.color = hex(TABLE_COLOURS.line);
    }
  };
  switch (look) {
    case 'title':
      format.font.bold = true;
      format.font.size = 14;
      format.horizontalAlignment = 'Center';
      format.wrapText = true;
      break;
    case 'subtitle':
      format.font.italic = true;
      format.horizontalAlignment = 'Center';
      format.wrapText = true;
      break;
    case 'header':
      format.font.bold = true;
      format.fill.color = HEADER_FILL;
      format.horizontalAlignment = 'Center';
      format.verticalAlignment = 'Center';
      format.wrapText = true;
      box();
      break;
    case 'section':
      format.font.bold = true;
      format.fill.color = SECTION_FILL;
      break;
    case 'body':
      format.verticalAlignment = 'Top';
      format.wrapText = true;
      box();
      break;
    case 'date':
      range.numberFormat = fill(at, DATE_FORMAT);
      format.horizontalAlignment = 'Center';
      format.verticalAlignment = 'Top';
      box();
      break;
    case 'percent':
      range.numberFormat = fill(at, '0.0%');
      format.horizontalAlignment = 'Center';
      box();
      break;
    case 'number':
      range.numberFormat = fill(at, '0');
      format.horizontalAlignment = 'Center';
      box();
      break;
    case 'note':
      format.font.italic = true;
      format.wrapText = true;
      format.verticalAlignment = 'Top';
      break;
    case 'total':
      format.font.bold = true;
      box();
      break;
    case 'helper':
      format.font.size = 9;
      format.font.color = hex(TABLE_COLOURS.line);
      break;
  }
}

/** A dropdown or a date check on a block of cells (ExcelApi 1.8); an earlier rule there is replaced. */
function queueValidation(sheet: Excel.Worksheet, validation: Validation): void {
  const { dataValidation } = rangeOf(sheet, validation.range);
  dataValidation.clear();
  if (validation.kind === 'list') {
    dataValidation.rule = { list: { inCellDropDown: true, source: validation.choices.join(',') } };
    dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: 'Chọn trong danh sách', message: renderMessage(message('CELL_CHOOSE_FROM_LIST', { choices: validation.choices })) };
  } else {
    dataValidation.rule = { date: { formula1: '1990-01-01', formula2: '2099-12-31', operator: 'Between' } };
    dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: 'Cần một ngày', message: renderMessage(message('CELL_DATE_EXPECTED', {})) };
  }
}

/** The status colours as custom conditional formats, with `rule.formula` (English names, comma separators). */
export function queueRules(sheet: Excel.Worksheet, rules: readonly ConditionalRule[]): void {
  for (const rule of rules) {
    const conditional = rangeOf(sheet, rule.range).conditionalFormats.add('Custom');
    conditional.custom.rule.formula = `=${rule.formula}`;
    const { format } = conditional.custom;
    if (rule.look === 'invalid') {
      for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) {
        const border = format.borders.getItem(edge);
        border.style = 'Continuous';
        border.color = INVALID_BORDER;
      }
      format.font.color = INVALID_BORDER;
    } else {
      format.fill.color = RULE_LOOKS[rule.look].fill;
      format.font.color = RULE_LOOKS[rule.look].font;
    }
  }
}

/**
 * Writes the product's columns on the user's sheet: each run of adjacent own columns as one block per
 * chunk of rows, so the user's columns between them are never part of a write. A column that held the
 * user's data (`keepCells`) gets its header and checks only. One sync per chunk; the rest is queued.
 * Returns the rows of the block (header row included), the total its progress counts.
 */
export async function writeColumnsUpdate(context: Excel.RequestContext, sheet: Excel.Worksheet, update: ColumnsUpdate, options: { features: HostFeatures; progress?: ChunkProgress }): Promise<number> {
  const columns = [...update.columns].sort((a, b) => a.column - b.column);
  let lastRow = update.headerRow;
  for (const column of columns) for (const { row } of column.cells) lastRow = Math.max(lastRow, row);
  const height = lastRow - update.headerRow + 1;
  // One grid of the block from the header row down, a column per own column; null leaves a cell as it is.
  const grid: (CellContent | undefined)[][] = Array.from({ length: height }, () => new Array<CellContent | undefined>(columns.length));
  columns.forEach((column, index) => {
    if (column.keepCells) return;
    grid[0]![index] = column.header;
    for (const { row, content } of column.cells) grid[row - update.headerRow]![index] = content;
  });
  const runs: { first: number; last: number }[] = [];
  columns.forEach((column, index) => {
    const run = runs[runs.length - 1];
    if (run !== undefined && columns[run.last]!.column + 1 === column.column) run.last = index;
    else runs.push({ first: index, last: index });
  });
  // A tracking column of dates (its validation is a date) shows the dates the user types as dd/mm/yyyy.
  const dateColumns = new Set(
    update.validations.filter((v) => v.kind === 'date').flatMap((v) => columns.filter((c) => !c.keepCells && c.column >= v.range.left && c.column <= v.range.right).map((c) => c.column)),
  );
  const chunks = rowChunks(grid.map((row) => row.map((cell) => (cell === undefined ? null : typeof cell === 'object' && cell !== null && 'formula' in cell ? cell.formula : cell))));
  for (const { start, end } of chunks) {
    for (const { first, last } of runs) {
      const part = grid.slice(start, end).map((row) => row.slice(first, last + 1).map((cell) => (cell === undefined ? null : officeCell(cell))));
      const range = sheet.getRangeByIndexes(update.headerRow + start, columns[first]!.column, end - start, last - first + 1);
      range.numberFormat = part.map((row, r) => row.map((cell, i) => cell?.format ?? (start + r > 0 && dateColumns.has(columns[first + i]!.column) ? DATE_FORMAT : null)));
      range.formulas = part.map((row) => row.map((cell) => (cell === null ? null : cell.formula)));
    }
    await context.sync();
    options.progress?.(end, height);
  }
  for (const column of columns) {
    const entire = sheet.getRangeByIndexes(0, column.column, 1, 1).getEntireColumn();
    if (!column.keepCells) entire.format.columnWidth = Math.round(column.width * POINTS_PER_CHARACTER);
    if (column.hidden) entire.columnHidden = true;
    const header = sheet.getRangeByIndexes(update.headerRow, column.column, 1, 1).format;
    header.font.bold = true;
    header.wrapText = true;
    if (!column.keepCells) header.fill.color = column.hidden ? SECTION_FILL : HEADER_FILL;
  }
  if (options.features.dataValidation) for (const validation of update.validations) queueValidation(sheet, validation);
  queueRules(sheet, update.rules);
  return height;
}
