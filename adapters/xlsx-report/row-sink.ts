import ExcelJS from 'exceljs';
import { columnLetters } from '../../src/grid/address.js';

/** A cell's content as the sheets write it; `undefined` is no cell at all. */
export type SinkValue =
  | string
  | number
  | Date
  | null
  | undefined
  | { readonly formula: string; readonly result: string | number | Date | undefined; readonly escaped?: boolean };

/** Where a sheet's rows go, one after another: `write(values, styles, height)`, column 1 first. */
export interface RowSink {
  write(values: readonly SinkValue[], styles: readonly (Partial<ExcelJS.Style> | null)[], height: number): void;
  /** Whether formulas may come escaped for XML already (`escaped: true`, see `escapeFormula`). */
  readonly escapesFormulas: boolean;
}

/**
 * The rows of a sheet, written as fast as the writer allows. On exceljs' in-memory worksheet they go
 * through its rows. On its streaming worksheet, once the rows above (title, header) are committed,
 * they are written as the row XML exceljs itself would write — the same cell formats (from the
 * workbook's own style table) and shared strings — without building exceljs' row and cell objects
 * and re-encoding every formula: a plan of 165,000 tasks has over three hundred megabytes of
 * formulas, and exceljs' rows took most of the report's time and memory on them.
 */
export function rowSink(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, firstRow: number): RowSink {
  const book = workbook as unknown as Partial<StreamingWorkbookInternals>;
  const writer = sheet as unknown as Partial<StreamingSheetInternals>;
  const streaming =
    typeof book.styles?.addStyleModel === 'function' &&
    typeof book.sharedStrings?.add === 'function' &&
    typeof writer._write === 'function' &&
    writer.startedData === true &&
    writer._rowZero === firstRow &&
    writer._rows?.length === 0;
  return streaming ? streamingSink(book as StreamingWorkbookInternals, writer as StreamingSheetInternals, firstRow) : exceljsSink(sheet);
}

function exceljsSink(sheet: ExcelJS.Worksheet): RowSink {
  return {
    escapesFormulas: false,
    write(values, styles, height) {
      const row = sheet.addRow(values.map((value) => (value !== null && typeof value === 'object' && 'formula' in value ? { formula: value.formula, result: value.result } : value)));
      styles.forEach((style, index) => {
        if (style !== null) row.getCell(index + 1).style = style;
      });
      row.height = height;
      row.commit();
    },
  };
}

/** The parts of exceljs' streaming workbook writer the sink writes through. */
interface StreamingWorkbookInternals {
  styles: { addStyleModel(style: Partial<ExcelJS.Style>, cellType: ExcelJS.ValueType): number };
  sharedStrings: { add(text: string): number };
}

interface StreamingSheetInternals {
  startedData: boolean;
  _rowZero: number;
  _rows: unknown[];
  _write(text: string): void;
}

const PLAIN: Partial<ExcelJS.Style> = Object.freeze({});

function streamingSink(book: StreamingWorkbookInternals, writer: StreamingSheetInternals, firstRow: number): RowSink {
  let number = firstRow;
  const letters: string[] = [];
  const letter = (column: number) => (letters[column] ??= columnLetters(column - 1));
  const styleId = (style: Partial<ExcelJS.Style> | null, type: ExcelJS.ValueType) => book.styles.addStyleModel(style ?? PLAIN, type);
  return {
    escapesFormulas: true,
    write(values, styles, height) {
      const r = number++;
      let xml = `<row r="${r}" ht="${height}" customHeight="1" x14ac:dyDescent="0.25">`;
      for (let index = 0; index < Math.max(values.length, styles.length); index++) {
        const value = values[index];
        if (value === undefined && styles[index] == null) continue;
        const style = styles[index] ?? null;
        const ref = `${letter(index + 1)}${r}`;
        if (value === null || value === undefined) {
          const s = styleId(style, ExcelJS.ValueType.Null);
          if (s) xml += `<c r="${ref}" s="${s}"/>`;
        } else if (typeof value === 'string') {
          xml += `<c r="${ref}"${styleAttribute(styleId(style, ExcelJS.ValueType.String))} t="s"><v>${book.sharedStrings.add(value)}</v></c>`;
        } else if (typeof value === 'number') {
          xml += `<c r="${ref}"${styleAttribute(styleId(style, ExcelJS.ValueType.Number))}><v>${value}</v></c>`;
        } else if (value instanceof Date) {
          xml += `<c r="${ref}"${styleAttribute(styleId(style, ExcelJS.ValueType.Date))}><v>${serial(value)}</v></c>`;
        } else {
          const { formula, result, escaped } = value;
          const s = styleAttribute(styleId(style, resultType(result)));
          const f = `<f>${escaped === true ? formula : escapeXml(formula)}</f>`;
          if (result === undefined) xml += `<c r="${ref}"${s}>${f}</c>`;
          else if (typeof result === 'string') xml += `<c r="${ref}"${s} t="str">${f}<v>${escapeXml(result)}</v></c>`;
          else xml += `<c r="${ref}"${s}>${f}<v>${result instanceof Date ? serial(result) : result}</v></c>`;
        }
      }
      writer._write(`${xml}</row>`);
      writer._rowZero = number;
    },
  };
}

function resultType(result: string | number | Date | undefined): ExcelJS.ValueType {
  if (result === undefined) return ExcelJS.ValueType.Null;
  if (typeof result === 'string') return ExcelJS.ValueType.String;
  return result instanceof Date ? ExcelJS.ValueType.Date : ExcelJS.ValueType.Number;
}

function styleAttribute(id: number): string {
  return id ? ` s="${id}"` : '';
}

/** A date as a spreadsheet serial number, as exceljs writes it. */
function serial(date: Date): number {
  return 25569 + date.getTime() / 86_400_000;
}

// eslint-disable-next-line no-control-regex
const XML_SPECIAL = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A formula as the streaming writer writes it: escaped for XML (see `RowSink.escapesFormulas`). */
export function escapeFormula(formula: string): string {
  return escapeXml(formula);
}

/** Text as XML element content: &, < and > escaped; characters XML cannot hold dropped (as exceljs drops them). */
function escapeXml(text: string): string {
  if (!XML_SPECIAL.test(text)) return text;
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
