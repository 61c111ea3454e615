import { strToU8, zipSync } from 'fflate';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A minimal .docx around a `w:body`'s content (and, if given, numbering.xml's content), zipped with fflate. */
export function docx(body: string, numbering?: string): Uint8Array {
  const files: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  };
  if (numbering !== undefined) files['word/numbering.xml'] = `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${numbering}</w:numbering>`;
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph of plain text. */
export const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
/** A cell holding the given paragraphs (plain strings become paragraphs), with optional `w:tcPr` content. */
export const tc = (content: string | readonly string[], tcPr = '') =>
  `<w:tc><w:tcPr>${tcPr}</w:tcPr>${(typeof content === 'string' ? [content] : content).map((item) => (item.startsWith('<') ? item : p(item))).join('') || '<w:p/>'}</w:tc>`;
export const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
export const tbl = (columns: number, ...rows: string[]) => `<w:tbl><w:tblPr/><w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(columns)}</w:tblGrid>${rows.join('')}</w:tbl>`;
/** A row of plain-text cells. */
export const row = (...texts: string[]) => tr(...texts.map((text) => tc(text)));
