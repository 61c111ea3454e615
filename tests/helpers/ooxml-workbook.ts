import { gzipSync, zipSync } from 'fflate';

/**
 * Hand-built OOXML workbooks for the reader's tests: the parts written out as text the way a producer
 * writes them, zipped with fflate. Only what a test sets is there, so each workbook shows one feature.
 */
export interface SheetPart {
  readonly name: string;
  /** The worksheet's children: `<sheetData>…</sheetData>` and whatever follows it. */
  readonly body: string;
  readonly state?: 'hidden' | 'veryHidden';
  /** The sheet's own relationships (drawing, table, comments…), ids rId1, rId2… in order. */
  readonly relationships?: readonly { readonly type: string; readonly target: string }[];
}

export interface WorkbookParts {
  readonly sheets: readonly SheetPart[];
  /** `<si>` elements of the shared strings part; none: no such part. */
  readonly sharedStrings?: readonly string[];
  /** `<numFmts>` and `<cellXfs>` content of the styles part; none: no styles part. */
  readonly styles?: { readonly numFmts?: string; readonly cellXfs: string };
  readonly date1904?: boolean;
  /** Further parts, byte for byte (media, drawings, tables, VBA…). */
  readonly extraParts?: Readonly<Record<string, string | Uint8Array>>;
  /** Targets as openpyxl writes them ("/xl/worksheets/sheet1.xml") instead of relative ones. */
  readonly absoluteTargets?: boolean;
  /** The main content type: an .xlsm declares a macro-enabled workbook. */
  readonly macroEnabled?: boolean;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const RELATIONSHIP_TYPE = {
  worksheet: `${REL}/worksheet`,
  sharedStrings: `${REL}/sharedStrings`,
  styles: `${REL}/styles`,
  drawing: `${REL}/drawing`,
  image: `${REL}/image`,
  table: `${REL}/table`,
  vbaProject: 'http://schemas.microsoft.com/office/2006/relationships/vbaProject',
} as const;

const encoder = new TextEncoder();
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function relationships(entries: readonly { type: string; target: string }[]): string {
  const items = entries.map((entry, i) => `<Relationship Id="rId${i + 1}" Type="${entry.type}" Target="${entry.target}"/>`);
  return `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

export function workbookParts(parts: WorkbookParts): Record<string, Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  const target = (path: string) => (parts.absoluteTargets ? `/xl/${path}` : path);
  const workbookRels: { type: string; target: string }[] = [];
  const sheetEntries: string[] = [];
  parts.sheets.forEach((sheet, i) => {
    const part = `worksheets/sheet${i + 1}.xml`;
    workbookRels.push({ type: RELATIONSHIP_TYPE.worksheet, target: target(part) });
    const state = sheet.state ? ` state="${sheet.state}"` : '';
    sheetEntries.push(`<sheet name="${sheet.name}" sheetId="${i + 1}"${state} r:id="rId${workbookRels.length}"/>`);
    files[`xl/${part}`] = `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${sheet.body}</worksheet>`;
    if (sheet.relationships) files[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = relationships(sheet.relationships);
  });
  if (parts.sharedStrings) {
    workbookRels.push({ type: RELATIONSHIP_TYPE.sharedStrings, target: target('sharedStrings.xml') });
    const items = parts.sharedStrings.map((item) => `<si>${item}</si>`).join('');
    files['xl/sharedStrings.xml'] = `${XML}<sst xmlns="${MAIN}" count="${parts.sharedStrings.length}" uniqueCount="${parts.sharedStrings.length}">${items}</sst>`;
  }
  if (parts.styles) {
    workbookRels.push({ type: RELATIONSHIP_TYPE.styles, target: target('styles.xml') });
    files['xl/styles.xml'] =
      `${XML}<styleSheet xmlns="${MAIN}">${parts.styles.numFmts ?? ''}<fonts count="1"><font/></fonts><fills count="1"><fill/></fills>` +
      `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>` +
      `<cellXfs>${parts.styles.cellXfs}</cellXfs></styleSheet>`;
  }
  if (parts.macroEnabled) workbookRels.push({ type: RELATIONSHIP_TYPE.vbaProject, target: target('vbaProject.bin') });
  const workbookPr = parts.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>';
  files['xl/workbook.xml'] = `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${workbookPr}<sheets>${sheetEntries.join('')}</sheets></workbook>`;
  files['xl/_rels/workbook.xml.rels'] = relationships(workbookRels);
  files['_rels/.rels'] = relationships([{ type: `${REL}/officeDocument`, target: parts.absoluteTargets ? '/xl/workbook.xml' : 'xl/workbook.xml' }]);
  const mainType = parts.macroEnabled ? 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
  files['[Content_Types].xml'] =
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${mainType}"/></Types>`;
  Object.assign(files, parts.extraParts ?? {});
  return Object.fromEntries(Object.entries(files).map(([name, content]) => [name, typeof content === 'string' ? encoder.encode(content) : content]));
}

/** The parts zipped, `[Content_Types].xml` first as Office writes it. */
export function buildWorkbook(parts: WorkbookParts): Uint8Array {
  const files = workbookParts(parts);
  const { '[Content_Types].xml': types, ...rest } = files;
  return zipSync({ '[Content_Types].xml': types!, ...rest });
}

/** A row of cells written as `<c>` elements: `row(3, '<c r="A3" t="s"><v>0</v></c>')`. */
export const row = (number: number, ...cells: string[]) => `<row r="${number}">${cells.join('')}</row>`;
export const sheetData = (...rows: string[]) => `<sheetData>${rows.join('')}</sheetData>`;

interface RawEntry {
  readonly name: string;
  readonly deflated: Uint8Array;
  readonly crc: number;
  /** The uncompressed size the archive declares (honest or not). */
  readonly declaredSize: number;
}

/**
 * Bytes deflated (`size` zero bytes for `deflatedZeros`), with their CRC-32: gzip holds a raw deflate stream between its 10-byte
 * header and its CRC-32 and length.
 */
export function deflatedZeros(size: number): { deflated: Uint8Array; crc: number } {
  return deflatedOf(new Uint8Array(size));
}

export function deflatedOf(content: Uint8Array): { deflated: Uint8Array; crc: number } {
  const gz = gzipSync(content, { level: 9 });
  const crc = new DataView(gz.buffer, gz.byteOffset + gz.length - 8, 4).getUint32(0, true);
  return { deflated: gz.slice(10, gz.length - 8), crc };
}

/** A ZIP archive written field by field from deflated entries, so it can declare any size it likes. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, 8, true); // deflate
    local.setUint32(14, entry.crc, true);
    local.setUint32(18, entry.deflated.length, true);
    local.setUint32(22, entry.declaredSize, true);
    local.setUint16(26, name.length, true);
    chunks.push(new Uint8Array(local.buffer), name, entry.deflated);
    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, 0x02014b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(6, 20, true);
    header.setUint16(10, 8, true);
    header.setUint32(16, entry.crc, true);
    header.setUint32(20, entry.deflated.length, true);
    header.setUint32(24, entry.declaredSize, true);
    header.setUint16(28, name.length, true);
    header.setUint32(42, offset, true);
    central.push(new Uint8Array(header.buffer), name);
    offset += 30 + name.length + entry.deflated.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const bytes = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
  all.reduce((at, part) => (bytes.set(part, at), at + part.length), 0);
  return bytes;
}
