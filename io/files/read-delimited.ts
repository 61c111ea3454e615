import Papa from 'papaparse';
import type { CellValue } from '../../src/grid/cell-value.js';
import type { Grid } from '../../src/grid/grid.js';
import { detectDelimiter } from './detect-delimiter.js';
import { message, type Message } from '../../src/messages/catalogue.js';
import { markdownRecords } from './markdown-rows.js';
import { stitchBrokenRows } from './stitch-broken-rows.js';
import { taskTableRowCount } from './text-table-extent.js';

export interface DelimitedGrid {
  readonly grid: Grid;
  readonly notices: readonly Message[];
}

/** A quote character that cannot occur: decoded text with a NUL is refused as binary before this. */
const NO_QUOTE = '\u0000';

/**
 * A text table (a CSV from Excel, a table copied out of Word or a PDF, a whole plan saved as text) as a
 * grid, row for row as Excel would show it: row r of the grid is the r-th record, which for text
 * without quoted multi-line cells is line r + 1. Tab, ";", "," or a markdown table's "|" is detected
 * (see `detectDelimiter`); in a whole document, the rows after the task table are left out (see
 * `taskTableRowCount`); a quoted cell that spans lines stays one cell
 * with its line breaks; empty lines stay as empty rows; a final line break adds no row.
 * Cells are the text as written (no trimming, HTML and bullets kept, numbers and dates stay text);
 * an empty field is `null` and empty fields at the end of a row are left out.
 * If quotes do not pair up (`"Ngày hội" CCHC`), each line is read as one row with its quotes kept,
 * so that no row moves, and a notice says so.
 *
 * @param text decoded text, any line endings
 * @param sheet the grid's sheet name (the file name without its extension)
 * @param fileName the file's name, for notices
 */
export function readDelimited(text: string, sheet: string, fileName: string): DelimitedGrid {
  const normalised = text.replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(normalised);
  if (delimiter === '|') {
    const records = markdownRecords(normalised);
    if (normalised.endsWith('\n')) records.pop();
    return { grid: wholeDocumentGrid(sheet, records), notices: [] };
  }
  const parse = (quoteChar: string) => Papa.parse<string[]>(normalised, { delimiter, newline: '\n', quoteChar, skipEmptyLines: false, header: false });
  let parsed = parse('"');
  const notices: Message[] = [];
  if (parsed.errors.some((error) => error.type === 'Quotes')) {
    parsed = parse(NO_QUOTE);
    notices.push(message('FILE_UNBALANCED_QUOTES', { file: fileName }));
  }
  const records = delimiter === '\t' ? stitchBrokenRows(parsed.data) : parsed.data;
  const last = records[records.length - 1];
  if (normalised.endsWith('\n') && last?.length === 1 && last[0] === '') records.pop();
  return { grid: wholeDocumentGrid(sheet, records), notices };
}

/** The grid of the text's records, without what follows the task table in a whole document (prose, the targets table). */
function wholeDocumentGrid(sheet: string, records: string[][]): Grid {
  const rows = records.map(toRow);
  const count = taskTableRowCount(records, rows);
  return { sheet, rows: count < rows.length ? rows.slice(0, count) : rows };
}

function toRow(fields: readonly string[]): CellValue[] {
  let end = fields.length;
  while (end > 0 && fields[end - 1] === '') end--;
  const row: CellValue[] = new Array<CellValue>(end);
  for (let i = 0; i < end; i++) row[i] = fields[i] === '' ? null : fields[i]!;
  return row;
}
