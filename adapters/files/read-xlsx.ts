import ExcelJS from 'exceljs';
import type { Grid } from '../../src/grid/grid.js';
import { fileReadError, type FileReadError } from './file-read-error.js';
import { extensionOf } from '../../src/text/file-name.js';
import { toArrayBuffer } from './array-buffer.js';
import { FILE_NOTICES } from './file-read-messages.js';
import { worksheetGrid } from './worksheet-grid.js';
import { zipContentKind } from './zip-content-kind.js';

/**
 * Worksheet parts the grid does not need. exceljs expands a data validation's range into one entry
 * per cell, so a drop-down list on whole columns (a "Tiến độ" column, say) costs seconds and hundreds
 * of megabytes, and one on the whole sheet never finishes.
 */
const IGNORED_NODES = ['dataValidations'];

export interface WorkbookGrids {
  readonly grids: Grid[];
  readonly notices: string[];
}

/**
 * Every worksheet of an .xlsx as a grid (see `worksheetGrid`), in workbook order, hidden ones
 * included (with a notice). Runs in Node and in a browser (exceljs' in-memory reader).
 * Throws `FileReadError`: `CORRUPT_WORKBOOK` for a damaged or cut-short .xlsx, `NOT_A_SPREADSHEET`
 * for a ZIP holding a Word or OpenDocument file or anything else.
 */
export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<WorkbookGrids> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(toArrayBuffer(bytes), { ignoreNodes: IGNORED_NODES });
  } catch (error) {
    throw zipError(bytes, fileName, error);
  }
  const worksheets = workbook.worksheets;
  if (worksheets.length === 0 && zipContentKind(bytes) !== 'workbook') throw zipError(bytes, fileName);
  const notices = worksheets
    .filter((sheet) => sheet.state !== 'visible')
    .map((sheet) => FILE_NOTICES.hiddenSheet(fileName, sheet.name));
  return { grids: worksheets.map(worksheetGrid), notices };
}

/** The error for a ZIP that is no readable workbook; `detail` keeps what exceljs said, if anything. */
function zipError(bytes: Uint8Array, fileName: string, cause?: unknown): FileReadError {
  const kind = zipContentKind(bytes);
  if (kind === 'word' || kind === 'opendocument') return fileReadError('NOT_A_SPREADSHEET', fileName, { kind });
  if (kind === 'other' && extensionOf(fileName) === 'zip') return fileReadError('NOT_A_SPREADSHEET', fileName, { kind: 'zip' });
  const detail = cause instanceof Error ? cause.message : cause === undefined ? 'no worksheet' : String(cause);
  return fileReadError('CORRUPT_WORKBOOK', fileName, { detail });
}
