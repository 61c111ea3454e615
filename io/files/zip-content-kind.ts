/** What a ZIP archive holds, told from the entry names stored uncompressed in it. */
export type ZipContentKind = 'workbook' | 'word' | 'opendocument' | 'other';

const OPENDOCUMENT_MIMETYPE = 'mimetypeapplication/vnd.oasis.opendocument';

/**
 * Tells an .xlsx from a .docx, an .ods or another ZIP by the names of the entries it contains
 * ("xl/workbook.xml", "word/document.xml", an OpenDocument "mimetype" first entry). Used only to word
 * the message when a ZIP cannot be opened as a workbook.
 */
export function zipContentKind(bytes: Uint8Array): ZipContentKind {
  const text = new TextDecoder('latin1').decode(bytes);
  if (text.startsWith(OPENDOCUMENT_MIMETYPE, 30)) return 'opendocument';
  if (text.includes('xl/workbook.xml')) return 'workbook';
  if (text.includes('word/document.xml')) return 'word';
  return 'other';
}
