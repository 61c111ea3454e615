import { columnLetters } from '../../src/grid/address.js';
import type { IsoDate } from '../../src/dates/calendar-date.js';
import type { CellContent, CellRange, DetailedSheetModel, ValidationMessage } from '../../src/sheet-model/sheet-model.js';
import { PAGE_MARGINS } from '../../src/sheet-model/page-model.js';
import { rowStyles } from './cell-styles.js';
import type { OwnStyleIndexes } from './own-styles.js';
import { DATA_BAR_COLOUR } from './report-styles.js';
import { escapeXml } from './xml-text.js';

/** Excel's limit on the text of one cell. */
export const MAX_CELL_TEXT = 32_767;

/** What ends a text cut to fit a cell, so that a reader sees it was cut. */
export const CUT_MARK = ' …[đã cắt bớt: ô dài quá 32.767 ký tự]';

export interface SheetXmlOptions {
  readonly styles: OwnStyleIndexes;
  /** The sheet's tab is the selected one (the sheet the workbook opens on). */
  readonly tabSelected: boolean;
  /** The workbook counts dates from 1904 (workbookPr date1904): serials are 1,462 days smaller. */
  readonly date1904: boolean;
  /** The relationship id of the sheet's drawing (its chart), when it has one. */
  readonly drawingId?: string;
  /** A stable seed for the ids of the data bars' Excel 2010 extensions. */
  readonly idSeed: number;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const DATA_BAR_EXT = '{B025F937-C7B1-47D3-B67F-A62EFF666E3E}';
const CF_EXT = '{78C0D931-6437-407d-A8EE-F0AAD7539E65}';

/**
 * A sheet model (src/sheet-model/) as a SpreadsheetML worksheet part, written as a stream of text
 * chunks (`emit`) so that a plan sheet of 165,000 tasks never has to be one string: values, formulas
 * with the results the core computed as cached values, inline strings (the workbook's shared strings
 * are never touched), dates as serials shown dd/mm/yyyy, the looks as the appended cell formats,
 * merges, widths, hidden columns, row heights, the frozen header, the autofilter, validations with
 * their messages, status colours, data bars (with their Excel 2010 extension), print setup and the
 * drawing that holds the chart. Returns how many texts were cut to Excel's 32,767 characters.
 */
export function writeSheetXml(model: DetailedSheetModel, options: SheetXmlOptions, emit: (chunk: string) => void): { cutCells: number } {
  const { styles } = options;
  let buffer = '';
  const out = (text: string) => {
    buffer += text;
    if (buffer.length > 1 << 20) {
      emit(buffer);
      buffer = '';
    }
  };
  const width = model.rows.reduce((max, row) => Math.max(max, row.length), model.columnWidths.length);
  const dimension = model.rows.length === 0 ? 'A1' : `A1:${columnLetters(Math.max(width, 1) - 1)}${model.rows.length}`;

  out(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${RELS}">`);
  // A sheet the core paged prints at its scale: Excel and LibreOffice ignore manual breaks when fitting to a page.
  const fit = model.print === undefined ? '<pageSetUpPr fitToPage="1"/>' : '';
  out(`<sheetPr><tabColor rgb="FF${model.tabColor}"/>${fit}</sheetPr><dimension ref="${dimension}"/>`);
  const selected = options.tabSelected ? ' tabSelected="1"' : '';
  if (model.frozenRows > 0) {
    const top = `A${model.frozenRows + 1}`;
    out(
      `<sheetViews><sheetView${selected} workbookViewId="0"><pane ySplit="${model.frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`,
    );
  } else {
    out(`<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`);
  }
  out('<sheetFormatPr defaultRowHeight="15"/>');
  if (model.columnWidths.length > 0) {
    const hidden = new Set(model.hiddenColumns);
    out('<cols>');
    model.columnWidths.forEach((columnWidth, index) => {
      out(`<col min="${index + 1}" max="${index + 1}" width="${columnWidth}"${hidden.has(index) ? ' hidden="1"' : ''} customWidth="1"/>`);
    });
    out('</cols>');
  }

  let cutCells = 0;
  const letters: string[] = [];
  const letter = (column: number) => (letters[column] ??= columnLetters(column));
  const serial = (date: IsoDate) => dateSerial(date, options.date1904);
  const stylesOf = rowStyles(model);
  const xfOf = new Map<object, string>();
  const sAttr = (style: object | null) => {
    if (style === null) return '';
    let attr = xfOf.get(style);
    if (attr === undefined) xfOf.set(style, (attr = ` s="${styles.xf(style)}"`));
    return attr;
  };
  out('<sheetData>');
  model.rows.forEach((cells, index) => {
    const rowStyle = stylesOf(index);
    const height = model.rowHeights[index];
    const r = index + 1;
    let xml = '';
    const count = Math.max(cells.length, rowStyle.length);
    for (let column = 0; column < count; column++) {
      const content: CellContent | undefined = cells[column];
      const style = rowStyle[column] ?? null;
      if ((content === null || content === undefined) && style === null) continue;
      const head = `<c r="${letter(column)}${r}"${sAttr(style)}`;
      if (content === null || content === undefined) {
        xml += `${head}/>`;
      } else if (typeof content === 'string') {
        let text = content;
        if (text.length > MAX_CELL_TEXT) {
          text = text.slice(0, MAX_CELL_TEXT - CUT_MARK.length) + CUT_MARK;
          cutCells++;
        }
        xml += `${head} t="inlineStr"><is>${textElement(text)}</is></c>`;
      } else if (typeof content === 'number') {
        xml += Number.isFinite(content) ? `${head}><v>${content}</v></c>` : `${head}/>`;
      } else if (typeof content === 'boolean') {
        xml += `${head} t="b"><v>${content ? 1 : 0}</v></c>`;
      } else if ('date' in content) {
        xml += `${head}><v>${serial(content.date)}</v></c>`;
      } else {
        const f = `<f>${escapeXml(content.formula)}</f>`;
        const result = content.result;
        if (result === null || result === undefined) xml += `${head}>${f}</c>`;
        else if (typeof result === 'string') xml += `${head} t="str">${f}<v>${escapeXml(result)}</v></c>`;
        else if (typeof result === 'number') xml += `${head}>${f}<v>${result}</v></c>`;
        else xml += `${head}>${f}<v>${serial(result.date)}</v></c>`;
      }
    }
    const ht = height === null || height === undefined ? '' : ` ht="${height}" customHeight="1"`;
    if (xml !== '' || ht !== '') out(`<row r="${r}"${ht}>${xml}</row>`);
  });
  out('</sheetData>');

  if (model.autoFilter !== undefined) out(`<autoFilter ref="${reference(model.autoFilter)}"/>`);
  if (model.merges.length > 0) out(`<mergeCells count="${model.merges.length}">${model.merges.map((merge) => `<mergeCell ref="${reference(merge)}"/>`).join('')}</mergeCells>`);

  // Status colours, one block per range, then the data bars; priorities run over the whole sheet.
  let priority = 0;
  const groups: { range: CellRange; rules: string[] }[] = [];
  for (const rule of model.rules) {
    let group = groups.find((item) => sameRange(item.range, rule.range));
    if (group === undefined) groups.push((group = { range: rule.range, rules: [] }));
    group.rules.push(`<cfRule type="expression" dxfId="${styles.dxf(rule.look)}" priority="${++priority}"><formula>${escapeXml(rule.formula)}</formula></cfRule>`);
  }
  for (const { range, rules } of groups) out(`<conditionalFormatting sqref="${reference(range)}">${rules.join('')}</conditionalFormatting>`);
  const barIds = model.dataBars.map((_range, index) => dataBarId(options.idSeed, index));
  model.dataBars.forEach((range, index) => {
    out(
      `<conditionalFormatting sqref="${reference(range)}"><cfRule type="dataBar" priority="${++priority}"><dataBar><cfvo type="num" val="0"/><cfvo type="num" val="1"/><color rgb="${DATA_BAR_COLOUR}"/></dataBar>` +
        `<extLst><ext uri="${DATA_BAR_EXT}" xmlns:x14="${X14}"><x14:id>${barIds[index]}</x14:id></ext></extLst></cfRule></conditionalFormatting>`,
    );
  });

  const validations = validationsXml(model, options.date1904);
  if (validations.length > 0) out(`<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>`);
  out(pageSetupXml(model));
  out(`<headerFooter><oddFooter>${escapeXml('&C&"Times New Roman,Regular"&10Trang &P/&N')}</oddFooter></headerFooter>`);
  out(rowBreaksXml(model));
  if (options.drawingId !== undefined) out(`<drawing r:id="${options.drawingId}"/>`);
  if (model.dataBars.length > 0) {
    out(`<extLst><ext uri="${CF_EXT}" xmlns:x14="${X14}"><x14:conditionalFormattings>`);
    model.dataBars.forEach((range, index) => {
      out(
        `<x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="${barIds[index]}"><x14:dataBar minLength="0" maxLength="100" border="0" gradient="0">` +
          `<x14:cfvo type="num"><xm:f>0</xm:f></x14:cfvo><x14:cfvo type="num"><xm:f>1</xm:f></x14:cfvo><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule><xm:sqref>${reference(range)}</xm:sqref></x14:conditionalFormatting>`,
      );
    });
    out('</x14:conditionalFormattings></ext></extLst>');
  }
  out('</worksheet>');
  if (buffer !== '') emit(buffer);
  return { cutCells };
}

/** The margins and the page setup (ECMA-376 18.3.1.63): A4, at the core's scale or one page wide. */
function pageSetupXml(model: DetailedSheetModel): string {
  const { left, right, top, bottom, header, footer } = PAGE_MARGINS;
  const margins = `<pageMargins left="${left}" right="${right}" top="${top}" bottom="${bottom}" header="${header}" footer="${footer}"/>`;
  const size = model.print === undefined ? 'fitToWidth="1" fitToHeight="0"' : `scale="${model.print.scale}"`;
  return `${margins}<pageSetup paperSize="9" orientation="${model.orientation}" ${size}/>`;
}

/** The core's page breaks (ECMA-376 18.3.1.73): a break's id is the 1-based row above it, that is the 0-based row below. */
function rowBreaksXml(model: DetailedSheetModel): string {
  const breaks = model.print?.rowBreaks ?? [];
  if (breaks.length === 0) return '';
  return `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((row) => `<brk id="${row}" max="16383" man="1"/>`).join('')}</rowBreaks>`;
}

/** A text as an inline string's <t>, keeping spaces at its ends and its line breaks. */
function textElement(text: string): string {
  const escaped = escapeXml(text);
  return /^\s|\s$|\n/.test(text) ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}

/** A calendar date as a spreadsheet serial: days since 30/12/1899 (or since 01/01/1904). */
export function dateSerial(date: IsoDate, date1904: boolean): number {
  const [year, month, day] = date.split('-').map(Number);
  const days = Date.UTC(year!, month! - 1, day!) / 86_400_000 + 25_569;
  return date1904 ? days - 1_462 : days;
}

/** A GUID-shaped id that is the same on every run, so that rebuilding gives the same bytes. */
function dataBarId(seed: number, index: number): string {
  const hex = (value: number, digits: number) => value.toString(16).toUpperCase().padStart(digits, '0');
  return `{C0C0C0C0-0000-4000-8000-${hex(seed, 6)}${hex(index, 6)}}`;
}

export function reference(range: CellRange): string {
  const start = `${columnLetters(range.left)}${range.top + 1}`;
  const end = `${columnLetters(range.right)}${range.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

export function absoluteReference(range: CellRange): string {
  const start = `$${columnLetters(range.left)}$${range.top + 1}`;
  const end = `$${columnLetters(range.right)}$${range.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

const sameRange = (a: CellRange, b: CellRange) => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

function validationsXml(model: DetailedSheetModel, date1904: boolean): string[] {
  const messageOf = (range: CellRange): string => {
    const message: ValidationMessage | undefined = model.validationMessages.find((item) => sameRange(item.range, range));
    if (message === undefined) return '';
    const prompt = message.prompt === undefined ? '' : ` showInputMessage="1" prompt="${escapeXml(message.prompt)}"`;
    return ` errorStyle="${message.warnOnly ? 'warning' : 'stop'}" showErrorMessage="1" errorTitle="${escapeXml(message.title)}" error="${escapeXml(message.message)}"${prompt}`;
  };
  const items: string[] = [];
  for (const validation of model.validations) {
    const sqref = reference(validation.range);
    if (validation.kind === 'list') {
      items.push(`<dataValidation type="list" allowBlank="1"${messageOf(validation.range)} sqref="${sqref}"><formula1>${escapeXml(`"${validation.choices.join(',')}"`)}</formula1></dataValidation>`);
    } else {
      items.push(
        `<dataValidation type="date" operator="between" allowBlank="1"${messageOf(validation.range)} sqref="${sqref}"><formula1>${dateSerial('1990-01-01', date1904)}</formula1><formula2>${dateSerial('2099-12-31', date1904)}</formula2></dataValidation>`,
      );
    }
  }
  for (const { range, min, max } of model.wholeNumberValidations) {
    items.push(`<dataValidation type="whole" operator="between"${messageOf(range)} sqref="${reference(range)}"><formula1>${min}</formula1><formula2>${max}</formula2></dataValidation>`);
  }
  return items;
}
