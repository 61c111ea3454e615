import { baseName, extensionOf } from '../text/file-name.js';

/** Files a commune may send: read as plans. */
const PLAN_EXTENSIONS = new Set(['xlsx', 'xlsm', 'docx', 'csv', 'txt', 'tsv']);
/** Files a commune may send that the readers refuse with a message saying what to do: listed as problems. */
const REFUSED_EXTENSIONS = new Set(['xls', 'doc', 'pdf', 'ods', 'odt']);

/**
 * Whether a file found in a folder of communes' files is one to consolidate: a plan file, or an
 * .xls/.doc/.pdf/.ods/.odt the readers explain they cannot read; not a hidden file nor Office's "~$"
 * lock file. (A file the user names is taken whatever its name.) The same for the command line and the page.
 */
export function isCommuneFileName(path: string): boolean {
  const name = baseName(path);
  if (name.startsWith('.') || name.startsWith('~$')) return false;
  const extension = extensionOf(name);
  return PLAN_EXTENSIONS.has(extension) || REFUSED_EXTENSIONS.has(extension);
}

/** Labels in the order the province workbook lists files: by code point, the same in Node and every browser. */
export function byLabel(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
