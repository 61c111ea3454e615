import { FILE_READ_MESSAGES } from './file-read-messages.js';

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
  | 'EMPTY_FILE'
  | 'PASSWORD_PROTECTED'
  | 'LEGACY_XLS'
  | 'PASSWORD_OR_LEGACY'
  | 'NOT_A_SPREADSHEET'
  | 'CORRUPT_WORKBOOK'
  | 'WORKBOOK_TOO_LARGE'
  | 'TOO_MANY_CELLS'
  | 'CORRUPT_DOCUMENT';

/**
 * A file that is not a readable spreadsheet or text table. `message` is a Vietnamese sentence that
 * names the file and says what to do; `params` holds what the message was built from.
 */
export class FileReadError extends Error {
  override readonly name = 'FileReadError';

  constructor(
    readonly code: FileReadErrorCode,
    message: string,
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** A `FileReadError` worded by the message map: `fileReadError('EMPTY_FILE', 'ke-hoach.csv')`. */
export function fileReadError(
  code: FileReadErrorCode,
  fileName: string,
  params: Readonly<Record<string, string>> = {},
): FileReadError {
  return new FileReadError(code, FILE_READ_MESSAGES[code](fileName, params), { file: fileName, ...params });
}
