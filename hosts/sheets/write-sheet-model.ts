import type { CellRange, DetailedSheetModel, SheetModel } from '../../src/sheet-model/sheet-model.js';
import { hashed, TABLE_COLOURS } from '../../src/sheet-model/palette.js';
import type { FormulaConvention } from '../../src/sheet/formula-locale.js';
import { columnPixels, GENERAL_FORMAT, LOOK_STYLES, sheetsCell, VARIANT_STYLES, type LookStyle } from './cell-content.js';
import { fitSheetSize, type Sheet, type Spreadsheet } from './host.js';
import { applyValidations, dataBarRule, mergeConditionalRules, rangeOf } from './rules-and-validations.js';

/**
 * Writes a whole sheet the product makes (summary, settings, template) onto an empty sheet, in a
 * number of calls that does not depend on its number of rows: one block of values with its number
 * formats, fonts, colours and wraps set as whole arrays; then merges, widths, validations, rules, the
 * workbook names the live formulas read, and the chart.
 */
export function writeSheetModel(spreadsheet: Spreadsheet, sheet: Sheet, model: SheetModel | DetailedSheetModel, convention: FormulaConvention): void {
  const height = Math.max(1, model.rows.length);
  const width = Math.max(1, model.columnWidths.length, ...model.rows.map((row) => row.length));
  fitSheetSize(sheet, height, width);

  const cells = grid(height, width, () => ({ value: '' as string | number | boolean, format: GENERAL_FORMAT, style: {} as LookStyle & { align?: 'center' } }));
  const paint = (range: CellRange, style: LookStyle & { align?: 'center' }) => {
    for (let row = range.top; row <= Math.min(range.bottom, height - 1); row++) {
      for (let column = range.left; column <= Math.min(range.right, width - 1); column++) {
        const cell = cells[row]![column]!;
        cell.style = { ...cell.style, ...style };
      }
    }
  };
  for (const { range, look } of model.looks) paint(range, LOOK_STYLES[look]);
  if ('lookVariants' in model) for (const { range, variant } of model.lookVariants) paint(range, VARIANT_STYLES[variant] ?? {});
  model.rows.forEach((row, r) =>
    row.forEach((content, c) => {
      const cell = cells[r]![c]!;
      const written = sheetsCell(content, convention);
      cell.value = written.value;
      cell.format = written.format ?? cell.style.format ?? GENERAL_FORMAT;
    }),
  );
  for (const row of cells) for (const cell of row) if (cell.format === GENERAL_FORMAT && cell.style.format !== undefined) cell.format = cell.style.format;

  const block = sheet.getRange(1, 1, height, width);
  const pick = <T>(of: (cell: (typeof cells)[number][number]) => T) => cells.map((row) => row.map(of));
  block.setNumberFormats(pick((cell) => cell.format));
  block.setValues(pick((cell) => cell.value));
  block.setFontWeights(pick((cell) => (cell.style.bold === true ? 'bold' : 'normal')));
  block.setFontStyles(pick((cell) => (cell.style.italic === true ? 'italic' : 'normal')));
  block.setFontSizes(pick((cell) => cell.style.size ?? 11));
  block.setFontColors(pick((cell) => cell.style.color ?? hashed(TABLE_COLOURS.black)));
  block.setBackgrounds(pick((cell) => cell.style.background ?? hashed(TABLE_COLOURS.white)));
  block.setWraps(pick((cell) => cell.style.wrap === true));
  block.setHorizontalAlignments(pick((cell) => cell.style.align ?? 'left'));
  block.setVerticalAlignment('top');

  for (const merge of model.merges) rangeOf(sheet, merge).merge();
  model.columnWidths.forEach((characters, column) => sheet.setColumnWidth(column + 1, columnPixels(characters)));
  for (const column of model.hiddenColumns) sheet.hideColumns(column + 1);
  if (model.frozenRows > 0) sheet.setFrozenRows(model.frozenRows);
  if ('tabColor' in model && model.tabColor !== '') sheet.setTabColor(`#${model.tabColor}`);
  applyValidations(sheet, model.validations);
  if (model.rules.length > 0 || model.dataBars.length > 0) {
    mergeConditionalRules(
      sheet,
      model.rules,
      convention,
      model.dataBars.map((bars) => dataBarRule(sheet, bars)),
    );
  }
  for (const name of model.names) spreadsheet.setNamedRange(name.name, rangeOf(sheet, name.range));
  if (model.chart !== undefined) {
    const { chart } = model;
    const built = sheet
      .newChart()
      .asBarChart()
      .addRange(rangeOf(sheet, chart.categories))
      .addRange(rangeOf(sheet, chart.values))
      .setPosition(chart.anchor.row + 1, chart.anchor.column + 1, 0, 0)
      .setOption('title', chart.title)
      .setOption('legend', { position: 'none' })
      .build();
    sheet.insertChart(built);
  }
}

function grid<T>(height: number, width: number, make: () => T): T[][] {
  return Array.from({ length: height }, () => Array.from({ length: width }, make));
}
