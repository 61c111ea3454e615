import type ExcelJS from 'exceljs';
import { columnLetters } from '../../src/grid/address.js';
import type { CellContent, CellLook, CellRange, DetailedSheetModel, LookVariant, ValidationMessage } from '../../src/sheet-model/sheet-model.js';
import { DATA_BAR_COLOUR, dateValue, RULE_STYLES, STYLES } from './report-styles.js';
import { escapeFormula, rowSink, type SinkValue } from './row-sink.js';
import { dataValidations, finishSheet, frozenRows, PAGE_FOOTER, printSetup, writeDataBarExtensions } from './sheet-setup.js';

type Style = Partial<ExcelJS.Style>;

/**
 * Writes a sheet model (src/sheet-model/) as an exceljs worksheet, on the streaming writer or an
 * in-memory workbook alike: values, formulas with their cached results, real dates shown dd/mm/yyyy,
 * the looks as the product's fonts, fills, borders and alignment, merges, widths, hidden columns,
 * row heights, frozen rows, print setup and titles, the autofilter, validations with their messages,
 * the status colours, data bars and the workbook's defined names. exceljs cannot write charts: a
 * model's chart is left out here (the add-ins draw it).
 *
 * Rows below the frozen header that all have a height go through `rowSink`, which writes them as fast
 * as the writer allows (a plan of 165,000 tasks); the others through exceljs' rows.
 */
export function renderSheetModel(workbook: ExcelJS.Workbook, model: DetailedSheetModel): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(model.name, {
    ...(model.frozenRows > 0 ? { views: frozenRows(model.frozenRows) } : {}),
    pageSetup: printSetup(model.orientation, model.printTitleRows === undefined ? undefined : `${model.printTitleRows.top + 1}:${model.printTitleRows.bottom + 1}`),
    headerFooter: PAGE_FOOTER,
    properties: { tabColor: { argb: `FF${model.tabColor}` } },
  });
  if (model.dataBars.length > 0) writeDataBarExtensions(sheet);
  const hidden = new Set(model.hiddenColumns);
  sheet.columns = model.columnWidths.map((width, index) => (hidden.has(index) ? { width, hidden: true } : { width }));

  const stylesOf = rowStyles(model);
  const sinkFrom = sinkStart(model);
  for (let index = 0; index < sinkFrom; index++) {
    const row = sheet.addRow(model.rows[index]!.map(exceljsValue));
    stylesOf(index).forEach((style, column) => {
      if (style !== null) row.getCell(column + 1).style = style;
    });
    const height = model.rowHeights[index];
    if (height !== null && height !== undefined) row.height = height;
  }
  for (const merge of model.merges) sheet.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
  if (sinkFrom < model.rows.length) {
    // The rows above are written out first: the sink then writes its rows straight after them.
    if (sinkFrom > 0) sheet.getRow(sinkFrom).commit();
    const rows = rowSink(workbook, sheet, sinkFrom + 1);
    for (let index = sinkFrom; index < model.rows.length; index++) {
      const styles = stylesOf(index);
      rows.write(model.rows[index]!.map((content, column) => sinkValue(content, styles[column] ?? null, rows.escapesFormulas)), styles, model.rowHeights[index]!);
    }
  }

  if (model.autoFilter !== undefined) sheet.autoFilter = reference(model.autoFilter);
  addValidations(sheet, model);
  addRules(sheet, model);
  const quoted = `'${model.name.replace(/'/g, "''")}'`;
  for (const { name, range } of model.names) workbook.definedNames.add(`${quoted}!${absolute(range)}`, name);
  finishSheet(sheet);
  return sheet;
}

/**
 * The first row (0-based) written through the row sink: the row after the frozen header, when every
 * row from there has its height and no merge reaches there; otherwise none (all rows through exceljs).
 */
function sinkStart(model: DetailedSheetModel): number {
  const start = model.frozenRows;
  const fits =
    start > 0 &&
    start < model.rows.length &&
    model.rowHeights.slice(start).every((height) => height !== null) &&
    model.merges.every((merge) => merge.bottom < start);
  return fits ? start : model.rows.length;
}

/** The style of a look, refined by its variant; an empty cell of a section row is only bold on grey. */
function styleOf(look: CellLook, variant: LookVariant | undefined, empty: boolean): Style {
  switch (look) {
    case 'title':
      return STYLES.title;
    case 'subtitle':
      return STYLES.subtitle;
    case 'header':
      return STYLES.header;
    case 'helper':
      return STYLES.helperHeader;
    case 'section':
      if (variant === 'band') return STYLES.band;
      if (variant === 'centred') return STYLES.sectionLabel;
      return empty ? STYLES.sectionCell : STYLES.sectionTitle;
    case 'body':
      return variant === 'centred' ? STYLES.centred : STYLES.text;
    case 'date':
      return variant === 'input' ? STYLES.inputDate : STYLES.date;
    case 'number':
      return variant === 'input' ? STYLES.input : variant === 'bold' ? STYLES.totalCount : STYLES.count;
    case 'percent':
      return variant === 'bold' ? STYLES.totalPercent : STYLES.percent;
    case 'note':
      return variant === 'small' ? STYLES.smallNote : variant === 'bold' ? STYLES.label : STYLES.note;
    case 'total':
      return STYLES.totalText;
  }
}

/**
 * A row's cell styles by column (null: none), from the looks and variants over it, for rows asked in
 * order (a sweep down the sheet). Rows under the same looks, with the same cells empty, share one
 * array, so a long table costs little a row.
 */
function rowStyles(model: DetailedSheetModel): (row: number) => readonly (Style | null)[] {
  const looks = sweep(model.looks.map((item, id) => ({ ...item, id })));
  const variants = sweep(model.lookVariants.map((item, id) => ({ ...item, id })));
  // By the looks over the row (a new array each time they change), then by which cells are empty.
  let cachedLooks: unknown = null;
  let cachedVariants: unknown = null;
  let cache = new Map<string, (Style | null)[]>();
  return (row) => {
    const rowLooks = looks(row);
    const rowVariants = variants(row);
    if (rowLooks !== cachedLooks || rowVariants !== cachedVariants) {
      cachedLooks = rowLooks;
      cachedVariants = rowVariants;
      cache = new Map();
    }
    const cells = model.rows[row]!;
    let key = '';
    for (const content of cells) key += content === null ? '0' : '1';
    let styles = cache.get(key);
    if (styles === undefined) {
      const width = Math.max(cells.length, ...rowLooks.map(({ range }) => range.right + 1));
      styles = Array.from({ length: width }, () => null);
      for (const { range, look } of rowLooks) {
        for (let column = range.left; column <= range.right; column++) {
          const variant = rowVariants.find((item) => item.range.left <= column && column <= item.range.right)?.variant;
          styles[column] = styleOf(look, variant, cells[column] === null || cells[column] === undefined);
        }
      }
      cache.set(key, styles);
    }
    return styles;
  };
}

/** The items over each row, for rows asked in increasing order. */
function sweep<T extends { range: CellRange; id: number }>(items: readonly T[]): (row: number) => T[] {
  const pending = [...items].sort((a, b) => a.range.top - b.range.top || a.id - b.id);
  let next = 0;
  let active: T[] = [];
  return (row) => {
    // A new array whenever the items change, so that callers may cache by it.
    const starting = next;
    while (next < pending.length && pending[next]!.range.top <= row) next++;
    const ended = active.some((item) => item.range.bottom < row);
    if (next > starting || ended) {
      active = [...active.filter((item) => item.range.bottom >= row), ...pending.slice(starting, next)].sort((a, b) => a.id - b.id);
    }
    return active;
  };
}

/** A cell's content as exceljs' rows take it. */
function exceljsValue(content: CellContent): ExcelJS.CellValue {
  if (content === null || typeof content !== 'object') return content;
  if ('date' in content) return dateValue(content.date);
  return { formula: content.formula, result: resultValue(content.result) } as ExcelJS.CellFormulaValue;
}

/** A cell's content as the row sink takes it: no cell at all for an empty cell without a look. */
function sinkValue(content: CellContent, style: Style | null, escape: boolean): SinkValue {
  if (content === null) return style === null ? undefined : null;
  if (typeof content === 'boolean') return String(content).toUpperCase();
  if (typeof content !== 'object') return content;
  if ('date' in content) return dateValue(content.date);
  return { formula: escape ? escapeFormula(content.formula) : content.formula, result: resultValue(content.result), escaped: escape };
}

function resultValue(result: string | number | { readonly date: string } | null | undefined): string | number | Date | undefined {
  if (result === null || result === undefined) return undefined;
  return typeof result === 'object' ? dateValue(result.date) : result;
}

function reference(range: CellRange): string {
  const start = `${columnLetters(range.left)}${range.top + 1}`;
  const end = `${columnLetters(range.right)}${range.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

function absolute(range: CellRange): string {
  const start = `$${columnLetters(range.left)}$${range.top + 1}`;
  const end = `$${columnLetters(range.right)}$${range.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

const sameRange = (a: CellRange, b: CellRange) => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

function addValidations(sheet: ExcelJS.Worksheet, model: DetailedSheetModel): void {
  const validations = dataValidations(sheet);
  const messageOf = (range: CellRange): Partial<ExcelJS.DataValidation> => {
    const message: ValidationMessage | undefined = model.validationMessages.find((item) => sameRange(item.range, range));
    if (message === undefined) return {};
    return {
      showErrorMessage: true,
      errorStyle: message.warnOnly ? 'warning' : 'stop',
      errorTitle: message.title,
      error: message.message,
      ...(message.prompt === undefined ? {} : { showInputMessage: true, prompt: message.prompt }),
    };
  };
  for (const validation of model.validations) {
    const rule: ExcelJS.DataValidation =
      validation.kind === 'list'
        ? { type: 'list', allowBlank: true, formulae: [`"${validation.choices.join(',')}"`], ...messageOf(validation.range) }
        : { type: 'date', operator: 'between', allowBlank: true, formulae: [dateValue('1990-01-01'), dateValue('2099-12-31')], ...messageOf(validation.range) };
    validations.add(reference(validation.range), rule);
  }
  for (const { range, min, max } of model.wholeNumberValidations) {
    validations.add(reference(range), { type: 'whole', operator: 'between', allowBlank: false, formulae: [min, max], ...messageOf(range) });
  }
}

function addRules(sheet: ExcelJS.Worksheet, model: DetailedSheetModel): void {
  const groups: { range: CellRange; rules: ExcelJS.ConditionalFormattingRule[] }[] = [];
  for (const rule of model.rules) {
    let group = groups.find((item) => sameRange(item.range, rule.range));
    if (group === undefined) groups.push((group = { range: rule.range, rules: [] }));
    group.rules.push({ type: 'expression', priority: group.rules.length + 1, formulae: [rule.formula], style: RULE_STYLES[rule.look] as Style });
  }
  for (const { range, rules } of groups) sheet.addConditionalFormatting({ ref: reference(range), rules });
  for (const range of model.dataBars) {
    sheet.addConditionalFormatting({
      ref: reference(range),
      rules: [
        {
          type: 'dataBar',
          priority: 1,
          minLength: 0,
          maxLength: 100,
          gradient: false,
          border: false,
          cfvo: [
            { type: 'num', value: 0 },
            { type: 'num', value: 1 },
          ],
          color: { argb: DATA_BAR_COLOUR },
        } as unknown as ExcelJS.ConditionalFormattingRule,
      ],
    });
  }
}
