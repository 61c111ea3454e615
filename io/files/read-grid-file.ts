import type { Grid } from '../../src/grid/grid.js';
import type { Message } from '../../src/messages/catalogue.js';
import type { OoxmlPackage } from './ooxml-package.js';
import { decodeText } from './decode-text.js';
import { FileReadError, fileReadError, foreignFileError } from './file-read-error.js';
import { baseName, extensionOf, stemOf } from '../../src/text/file-name.js';
import { oleFileError } from './ole-file-error.js';
import { readDelimited } from './read-delimited.js';
import { readDocx } from './read-docx.js';
import { readXlsx } from './read-xlsx.js';
import { sniffSignature } from './sniff-signature.js';
import { zipContentKind } from './zip-content-kind.js';

/** What a file gave: its grids (one per worksheet, one for a text file) and notices for the user. */
export interface GridFile {
  /** 'workbook' for an .xlsx, 'document' for a Word .docx, 'text' for a delimited text file. */
  readonly format: 'workbook' | 'document' | 'text';
  readonly grids: Grid[];
  /** What the clerk should know, e.g. that a CSV was read as Windows-1258 or that a sheet is hidden. */
  readonly notices: Message[];
  /** For a workbook, its unzipped package (the one unzip), so a report writer can add to it. */
  readonly package?: OoxmlPackage;
}

const WORKBOOK_EXTENSIONS = new Set(['xlsx', 'xlsm', 'xltx', 'xltm']);

/**
 * Reads a spreadsheet or text table the user chose into grids, in Node or in a browser.
 * The bytes decide first, the name second: a ZIP is read as an .xlsx, or as a .docx when it holds
 * word/document.xml (its tables, see `readDocx`); an OLE file (a password-protected
 * .xlsx, an .xls, a .doc), a PDF, a picture, an empty file or binary data is refused with a
 * `FileReadError` whose Vietnamese message names the file and says what to do; anything else is
 * decoded as text (.csv, .tsv, .txt, a table copied out of Word or a PDF). Text named like a workbook is
 * still read; binary data named like one is reported as a damaged workbook.
 *
 * @example
 * const { grids, notices } = await readGridFile(new Uint8Array(await file.arrayBuffer()), file.name);
 */
export async function readGridFile(bytes: Uint8Array, fileName: string): Promise<GridFile> {
  const name = baseName(fileName);
  if (bytes.length === 0) throw fileReadError('EMPTY_FILE', name);
  const signature = sniffSignature(bytes);
  switch (signature.kind) {
    case 'zip':
      if (zipContentKind(bytes) === 'word') return { format: 'document', ...readDocx(bytes, name, stemOf(name)) };
      return { format: 'workbook', ...(await readXlsx(bytes, name)) };
    case 'ole':
      throw oleFileError(bytes, name);
    case 'foreign':
      throw foreignFileError(signature.foreign, name, signature.format);
    case 'unknown':
      return readText(bytes, name);
  }
}

function readText(bytes: Uint8Array, name: string): GridFile {
  let decoded;
  try {
    decoded = decodeText(bytes, name);
  } catch (error) {
    const namedAsWorkbook = WORKBOOK_EXTENSIONS.has(extensionOf(name));
    if (namedAsWorkbook && error instanceof FileReadError && error.code === 'NOT_A_SPREADSHEET') {
      throw fileReadError('CORRUPT_WORKBOOK', name);
    }
    throw error;
  }
  const { grid, notices } = readDelimited(decoded.text, stemOf(name), name);
  return { format: 'text', grids: [grid], notices: [...decoded.notices, ...notices] };
}
