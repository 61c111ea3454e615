import type { Grid } from '../../src/grid/grid.js';
import { columnLetters } from '../../src/grid/address.js';
import { message, type Message } from '../../src/messages/catalogue.js';
import { FileReadError, fileReadError, foreignFileError } from './file-read-error.js';
import { extensionOf } from '../../src/text/file-name.js';
import { ownSheetNames } from './own-sheet-names-in-file.js';
import { DEFAULT_PACKAGE_LIMITS, openOoxmlPackage, OoxmlPackageError, type OoxmlPackage, type PackageLimits } from './ooxml-package.js';
import { readDateStyles } from './xlsx/date-styles.js';
import { partBytes } from './xlsx/package-relationships.js';
import { readSharedStrings } from './xlsx/shared-strings.js';
import { CellLimitError, MAX_GRID_COLUMNS, readSheetGrid, type SheetContext } from './xlsx/sheet-grid.js';
import { MalformedXmlError } from './xlsx/stream-xml.js';
import { readWorkbookIndex } from './xlsx/workbook-index.js';
import { zipContentKind } from './zip-content-kind.js';

/**
 * Cells (`<c>` elements, empty ones included) read from one workbook at most: a 165,000-task plan
 * has about 1.5 million, so this leaves room for ten times that and more, while bounding the memory
 * of a hostile file to a few hundred megabytes.
 */
export const MAX_WORKBOOK_CELLS = 20_000_000;

export interface XlsxLimits extends PackageLimits {
  readonly maxCells: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = { ...DEFAULT_PACKAGE_LIMITS, maxCells: MAX_WORKBOOK_CELLS };

export interface WorkbookGrids {
  readonly grids: Grid[];
  readonly notices: Message[];
  /** The unzipped package the grids came from, for a writer that adds to it (read once). */
  readonly package: OoxmlPackage;
}

/**
 * Every worksheet of an .xlsx/.xlsm as a grid (see `readSheetGrid`), in workbook order, hidden ones
 * included (with a notice, except for the sheets the product made itself, such as its hidden registry). Unzips once (`openOoxmlPackage`) and parses only the workbook index,
 * shared strings, styles and worksheet parts, each streamed; drawings, pivot caches, VBA and the
 * rest are never parsed. Runs in Node and in a browser.
 * Throws `FileReadError`: `CORRUPT_WORKBOOK` for a damaged or cut-short .xlsx or one whose XML is
 * broken, `NOT_A_SPREADSHEET` for a ZIP holding a Word or OpenDocument file or anything else,
 * `WORKBOOK_TOO_LARGE` / `TOO_MANY_CELLS` past the limits.
 */
export async function readXlsx(bytes: Uint8Array, fileName: string, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): Promise<WorkbookGrids> {
  let pkg: OoxmlPackage;
  try {
    pkg = openOoxmlPackage(bytes, limits);
  } catch (error) {
    if (error instanceof OoxmlPackageError && error.reason === 'too-large') {
      const said = message('FILE_WORKBOOK_TOO_LARGE', { file: fileName, megabytes: limits.maxUncompressedBytes / 1024 ** 2, parts: limits.maxParts });
      throw new FileReadError('WORKBOOK_TOO_LARGE', said, { file: fileName, detail: error.message });
    }
    throw zipError(bytes, fileName, error);
  }
  return readWorkbookPackage(pkg, bytes, fileName, limits);
}

/** The grids of a package already unzipped; `bytes` (the file) only words the message for a non-workbook ZIP. */
export function readWorkbookPackage(pkg: OoxmlPackage, bytes: Uint8Array, fileName: string, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): WorkbookGrids {
  let index;
  try {
    index = readWorkbookIndex(pkg);
    if (index === undefined) throw zipError(bytes, fileName);
    const context: SheetContext = {
      sharedStrings: readOptionalPart(pkg, index.sharedStringsPart ?? 'xl/sharedStrings.xml', readSharedStrings) ?? [],
      dateStyles: readOptionalPart(pkg, index.stylesPart ?? 'xl/styles.xml', readDateStyles) ?? [],
      date1904: index.date1904,
      cellBudget: limits.maxCells,
    };
    const grids: Grid[] = [];
    const notices: Message[] = [];
    const hidden: string[] = [];
    for (const sheet of index.sheets) {
      const part = sheet.part === undefined ? undefined : partBytes(pkg, sheet.part);
      if (part === undefined) {
        grids.push({ sheet: sheet.name, rows: [], merges: [] });
      } else {
        const { grid, cellsOutside } = readSheetGrid(part, sheet.part!, sheet.name, context);
        grids.push(grid);
        if (cellsOutside > 0) {
          notices.push(message('FILE_CELLS_OUTSIDE_GRID', { file: fileName, sheet: sheet.name, count: cellsOutside, lastColumn: columnLetters(MAX_GRID_COLUMNS - 1) }));
        }
      }
      if (sheet.state !== 'visible') hidden.push(sheet.name);
    }
    // The product hides its own registry sheet: telling the clerk so would be noise about our own doing.
    const own = ownSheetNames(grids);
    for (const sheet of hidden) if (!own.has(sheet)) notices.push(message('FILE_HIDDEN_SHEET', { file: fileName, sheet }));
    return { grids, notices, package: pkg };
  } catch (error) {
    if (error instanceof MalformedXmlError) {
      // Name the sheet the clerk sees, never the package part ("xl/worksheets/sheet3.xml") that broke.
      const sheet = index?.sheets.find((candidate) => candidate.part === error.part)?.name;
      if (sheet !== undefined) throw new FileReadError('CORRUPT_WORKBOOK', message('FILE_CORRUPT_SHEET', { file: fileName, sheet }), { file: fileName, sheet, detail: error.message });
      throw fileReadError('CORRUPT_WORKBOOK', fileName, { detail: error.message });
    }
    if (error instanceof CellLimitError) {
      const said = message('FILE_TOO_MANY_CELLS', { file: fileName, limit: limits.maxCells, sheet: error.sheet });
      throw new FileReadError('TOO_MANY_CELLS', said, { file: fileName, sheet: error.sheet });
    }
    // "Invalid string length" or "Invalid array length": a part built to pass what memory can hold.
    if (error instanceof RangeError) throw fileReadError('CORRUPT_WORKBOOK', fileName, { detail: error.message });
    throw error;
  }
}

function readOptionalPart<T>(pkg: OoxmlPackage, part: string, read: (bytes: Uint8Array, part: string) => T): T | undefined {
  const bytes = partBytes(pkg, part);
  return bytes === undefined ? undefined : read(bytes, part);
}

/** The error for a ZIP that is no readable workbook; `detail` keeps what the unzip said, if anything. */
function zipError(bytes: Uint8Array, fileName: string, cause?: unknown): FileReadError {
  const kind = zipContentKind(bytes);
  if (kind === 'word' || kind === 'opendocument') return foreignFileError(kind, fileName);
  if (kind === 'other' && extensionOf(fileName) === 'zip') return foreignFileError('zip', fileName);
  const detail = cause instanceof Error ? cause.message : cause === undefined ? 'no workbook part' : String(cause);
  return fileReadError('CORRUPT_WORKBOOK', fileName, { detail });
}
