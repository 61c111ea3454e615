import { message, renderMessage, type Message } from '../../src/messages/catalogue.js';
import type { ForeignFileKind } from './sniff-signature.js';

/**
 * Why a file could not be read as a grid. One code per thing the user must do differently:
 * - `EMPTY_FILE`: 0 bytes, or only spaces and line breaks.
 * - `PASSWORD_PROTECTED`: an .xlsx saved with a password to open (Office wraps it in an OLE file).
 * - `LEGACY_XLS`: an Excel 97–2003 workbook (.xls).
 * - `PASSWORD_OR_LEGACY`: an OLE file that is one of the two above, but which one cannot be told.
 * - `NOT_A_SPREADSHEET`: a picture, a PDF, a Word or OpenDocument file, a plain ZIP, other binary data.
 * - `CORRUPT_WORKBOOK`: a ZIP that should be an .xlsx but cannot be opened (damaged, cut short, a part
 *   that is not well-formed XML).
 * - `WORKBOOK_TOO_LARGE`: a workbook that inflates past the size limit (a "ZIP bomb" included).
 * - `TOO_MANY_CELLS`: a workbook holding more cells than the reader takes.
 * - `CORRUPT_DOCUMENT`: a Word .docx that cannot be opened (damaged, cut short, its XML broken).
 */
export type FileReadErrorCode =
  'EMPTY_FILE' | 'PASSWORD_PROTECTED' | 'LEGACY_XLS' | 'PASSWORD_OR_LEGACY' | 'NOT_A_SPREADSHEET' | 'CORRUPT_WORKBOOK' | 'WORKBOOK_TOO_LARGE' | 'TOO_MANY_CELLS' | 'CORRUPT_DOCUMENT';

/**
 * A file that is not a readable spreadsheet or text table. `said` is the catalogue message that
 * names the file and says what to do (the Error's `message` is its sentence); `params` keeps what
 * was found, `detail` included (what the unzip or the XML parser said, for a developer, never shown).
 */
export class FileReadError extends Error {
  override readonly name = 'FileReadError';

  constructor(
    readonly code: FileReadErrorCode,
    readonly said: Message,
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(renderMessage(said));
  }
}

const file = (fileName: string) => ({ file: fileName });

/** `fileReadError('EMPTY_FILE', 'ke-hoach.csv')`: a refusal whose sentence needs only the file's name. */
export function fileReadError(
  code: 'EMPTY_FILE' | 'PASSWORD_PROTECTED' | 'LEGACY_XLS' | 'PASSWORD_OR_LEGACY' | 'CORRUPT_WORKBOOK' | 'CORRUPT_DOCUMENT',
  fileName: string,
  params: { readonly detail?: string } = {},
): FileReadError {
  const said = {
    EMPTY_FILE: message('FILE_EMPTY', file(fileName)),
    PASSWORD_PROTECTED: message('FILE_PASSWORD_PROTECTED', file(fileName)),
    LEGACY_XLS: message('FILE_LEGACY_XLS', file(fileName)),
    PASSWORD_OR_LEGACY: message('FILE_PASSWORD_OR_LEGACY', file(fileName)),
    CORRUPT_WORKBOOK: message('FILE_CORRUPT_WORKBOOK', file(fileName)),
    CORRUPT_DOCUMENT: message('FILE_CORRUPT_DOCUMENT', file(fileName)),
  }[code];
  return new FileReadError(code, said, { file: fileName, ...params });
}

/** A file that is something else than a spreadsheet: a PDF, a picture (`format` "PNG"), a .doc… */
export function foreignFileError(kind: ForeignFileKind, fileName: string, format = ''): FileReadError {
  const said = {
    pdf: message('FILE_IS_PDF', file(fileName)),
    image: message('FILE_IS_IMAGE', { file: fileName, format }),
    word: message('FILE_IS_OLD_WORD', file(fileName)),
    opendocument: message('FILE_IS_OPENDOCUMENT', file(fileName)),
    zip: message('FILE_IS_ZIP', file(fileName)),
    binary: message('FILE_IS_BINARY', file(fileName)),
  }[kind];
  return new FileReadError('NOT_A_SPREADSHEET', said, { file: fileName, kind, ...(format ? { format } : {}) });
}
