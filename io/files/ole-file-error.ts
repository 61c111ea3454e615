import { fileReadError, foreignFileError, type FileReadError } from './file-read-error.js';
import { oleEntryNames } from './ole-entry-names.js';

/**
 * Why an OLE compound file cannot be read, told from the streams it holds: "EncryptedPackage" is an
 * .xlsx saved with a password, "Workbook" (or "Book") an Excel 97–2003 .xls, "WordDocument" a .doc.
 * When the directory cannot be read, the message names both likely cases.
 */
export function oleFileError(bytes: Uint8Array, fileName: string): FileReadError {
  const names = new Set(oleEntryNames(bytes));
  if (names.has('EncryptedPackage') || names.has('EncryptionInfo')) return fileReadError('PASSWORD_PROTECTED', fileName);
  if (names.has('WordDocument')) return foreignFileError('word', fileName);
  if (names.has('Workbook') || names.has('Book')) return fileReadError('LEGACY_XLS', fileName);
  if (names.has('PowerPoint Document')) return foreignFileError('binary', fileName);
  return fileReadError('PASSWORD_OR_LEGACY', fileName);
}
