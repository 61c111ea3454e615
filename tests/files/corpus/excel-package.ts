import { strToU8, zipSync, type Zippable } from 'fflate';
import { PLAN_SHEET, planRows } from './plan-rows.js';

/**
 * A small builder of .xlsx/.xlsm packages laid out the way Excel (Microsoft 365, 16.0) writes them:
 * [Content_Types].xml first, docProps, xl/workbook.xml with its rels, a theme, styles, shared strings,
 * one part per sheet, and relationship parts next to their sources. Parts are template strings after
 * ECMA-376 Part 1 and real Excel output; the feature builders add their parts through it.
 */

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  x14ac: 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac',
  x14: 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main',
  xm: 'http://schemas.microsoft.com/office/excel/2006/main',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
} as const;

export const REL = {
  officeDocument: `${NS.rel}/officeDocument`,
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  extendedProperties: `${NS.rel}/extended-properties`,
  customProperties: `${NS.rel}/custom-properties`,
  worksheet: `${NS.rel}/worksheet`,
  theme: `${NS.rel}/theme`,
  styles: `${NS.rel}/styles`,
  sharedStrings: `${NS.rel}/sharedStrings`,
  calcChain: `${NS.rel}/calcChain`,
  drawing: `${NS.rel}/drawing`,
  chart: `${NS.rel}/chart`,
  image: `${NS.rel}/image`,
  table: `${NS.rel}/table`,
  comments: `${NS.rel}/comments`,
  vmlDrawing: `${NS.rel}/vmlDrawing`,
  pivotTable: `${NS.rel}/pivotTable`,
  pivotCacheDefinition: `${NS.rel}/pivotCacheDefinition`,
  pivotCacheRecords: `${NS.rel}/pivotCacheRecords`,
  externalLink: `${NS.rel}/externalLink`,
  externalLinkPath: `${NS.rel}/externalLinkPath`,
  sheetMetadata: `${NS.rel}/sheetMetadata`,
  vbaProject: 'http://schemas.microsoft.com/office/2006/relationships/vbaProject',
  threadedComment: 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
  person: 'http://schemas.microsoft.com/office/2017/10/relationships/person',
} as const;

export const CT = {
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  workbookMacro: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  calcChain: 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  custom: 'application/vnd.openxmlformats-officedocument.custom-properties+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  png: 'image/png',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  threadedComments: 'application/vnd.ms-excel.threadedcomments+xml',
  person: 'application/vnd.ms-excel.person+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  pivotTable: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml',
  pivotCacheDefinition: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml',
  pivotCacheRecords: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml',
  externalLink: 'application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml',
  sheetMetadata: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml',
  vbaProject: 'application/vnd.ms-office.vbaProject',
} as const;

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A cell value: text (to the shared strings), a number, or a formula with its cached value. */
export type CellValue = string | number | { f: string; v?: string | number; t?: 'str' | 'n' | 'b' | 'e'; extra?: string; fAttrs?: string; cm?: number } | null;

export interface CellSpec {
  readonly value: CellValue;
  /** Index into cellXfs. */
  readonly style?: number;
}

export interface SheetSpec {
  readonly name: string;
  /** Rows from row 1, cells from column A; a cell may carry a style. */
  readonly rows: readonly (readonly (CellValue | CellSpec)[])[];
  /** `state="hidden"` / `"veryHidden"` on the workbook's <sheet>. */
  readonly state?: 'hidden' | 'veryHidden';
  /** Raw <cols> element. */
  readonly cols?: string;
  /** Elements after </sheetData>, already in the schema's order (sheetProtection … extLst). */
  readonly tail?: string;
  /** Relationships of the sheet part: [Id, Type, Target, TargetMode?]. */
  readonly rels?: readonly (readonly [string, string, string, string?])[];
  /** Extra namespace declarations on <worksheet>. */
  readonly xmlns?: string;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  /** Raw elements of xl/workbook.xml, each in its place in the schema. */
  readonly workbookPr?: string;
  readonly workbookProtection?: string;
  readonly definedNames?: string;
  /** After <calcPr>: pivotCaches, externalReferences are before definedNames in the schema. */
  readonly externalReferences?: string;
  readonly pivotCaches?: string;
  readonly workbookExtLst?: string;
  /** Extra workbook relationships: [Id, Type, Target]. The builder takes rId1…rIdN for sheets, then theme, styles, sharedStrings. */
  readonly workbookRels?: readonly (readonly [string, string, string])[];
  /** Extra parts: name → text or bytes. */
  readonly parts?: Readonly<Record<string, string | Uint8Array>>;
  /** Extra [Content_Types].xml entries. */
  readonly defaults?: readonly (readonly [string, string])[];
  readonly overrides?: readonly (readonly [string, string])[];
  /** Extra cellXfs (after the builder's 0 = General, 1 = dd/mm/yyyy, 2 = wrapped text). */
  readonly numFmts?: readonly (readonly [number, string])[];
  readonly cellXfs?: readonly string[];
  readonly dxfs?: readonly string[];
  /** Replaces the styles part altogether. */
  readonly stylesXml?: string;
  readonly macroEnabled?: boolean;
  readonly customProperties?: string;
  readonly coreXml?: string;
  /** Named ranges listed in docProps/app.xml next to the sheets. */
  readonly namedRangeTitles?: readonly string[];
  /** Whether to write xl/calcChain.xml with the formula cells. */
  readonly calcChain?: readonly (readonly [string, number])[];
  /** When the feature needs the plan sheet itself to carry something (page breaks, protection). */
  readonly planTail?: string;
  readonly planRels?: SheetSpec['rels'];
  /** Replace cells of the plan sheet: [row index, column index, spec]. */
  readonly planCells?: readonly (readonly [number, number, CellValue | CellSpec])[];
}

export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function isSpec(value: CellValue | CellSpec): value is CellSpec {
  return value !== null && typeof value === 'object' && 'value' in value;
}

class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  count = 0;

  add(text: string): number {
    this.count += 1;
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.list.length;
      this.list.push(text);
      this.index.set(text, at);
    }
    return at;
  }

  xml(): string {
    const items = this.list.map((text) => `<si><t${/^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : ''}>${escapeXml(text)}</t></si>`).join('');
    return `${XML_DECL}<sst xmlns="${NS.main}" count="${this.count}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

function cellXml(ref: string, input: CellValue | CellSpec, strings: SharedStrings): string {
  const { value, style } = isSpec(input) ? input : { value: input, style: undefined };
  const s = style === undefined ? '' : ` s="${style}"`;
  if (value === null) return style === undefined ? '' : `<c r="${ref}"${s}/>`;
  if (typeof value === 'string') return value === '' && style === undefined ? '' : `<c r="${ref}"${s} t="s"><v>${strings.add(value)}</v></c>`;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  const t = value.t === undefined || value.t === 'n' ? '' : ` t="${value.t}"`;
  const cm = value.cm === undefined ? '' : ` cm="${value.cm}"`;
  const v = value.v === undefined ? '' : `<v>${escapeXml(String(value.v))}</v>`;
  return `<c r="${ref}"${s}${t}${cm}><f${value.fAttrs ?? ''}>${escapeXml(value.f)}</f>${v}${value.extra ?? ''}</c>`;
}

function sheetXml(sheet: SheetSpec, strings: SharedStrings, selected: boolean): string {
  let maxCol = 0;
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row.map((cell, c) => cellXml(`${columnName(c)}${r + 1}`, cell, strings)).join('');
      maxCol = Math.max(maxCol, row.length);
      return cells === '' ? '' : `<row r="${r + 1}" spans="1:${Math.max(row.length, 1)}" x14ac:dyDescent="0.25">${cells}</row>`;
    })
    .join('');
  const dimension = sheet.rows.length === 0 ? 'A1' : `A1:${columnName(Math.max(maxCol, 1) - 1)}${sheet.rows.length}`;
  const view = `<sheetViews><sheetView ${selected ? 'tabSelected="1" ' : ''}workbookViewId="0"/></sheetViews>`;
  return (
    `${XML_DECL}<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:mc="${NS.mc}" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="${NS.x14ac}" ` +
    `xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" ` +
    `xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3"${sheet.xmlns ?? ''}>` +
    `<dimension ref="${dimension}"/>${view}<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>${sheet.cols ?? ''}` +
    `<sheetData>${rows}</sheetData>${sheet.tail ?? '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'}</worksheet>`
  );
}

export const PAGE_MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

function relsXml(rels: readonly (readonly [string, string, string, string?])[]): string {
  const items = rels.map(([id, type, target, mode]) => `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"${mode ? ` TargetMode="${mode}"` : ''}/>`).join('');
  return `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

function stylesXml(spec: WorkbookSpec): string {
  const numFmts = spec.numFmts ?? [];
  const fmts = numFmts.length === 0 ? '' : `<numFmts count="${numFmts.length}">${numFmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join('')}</numFmts>`;
  const xfs = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>',
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
    ...(spec.cellXfs ?? []),
  ];
  const dxfs = spec.dxfs ?? [];
  return (
    `${XML_DECL}<styleSheet xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="${NS.x14ac}" ` +
    `xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">` +
    `${fmts}<fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>` +
    `<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `<dxfs count="${dxfs.length}">${dxfs.join('')}</dxfs><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
    `<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="${NS.x14}"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext>` +
    `<ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst></styleSheet>`
  );
}

/** A compact but complete Office theme (colour, font and format schemes), as every Excel package has. */
const THEME =
  `${XML_DECL}<a:theme xmlns:a="${NS.a}" name="Office Theme"><a:themeElements><a:clrScheme name="Office">` +
  '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
  '<a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1>' +
  '<a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>' +
  '<a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>' +
  '<a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/>' +
  '<a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri" panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>' +
  '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:tint val="50000"/></a:schemeClr></a:solidFill>' +
  '<a:solidFill><a:schemeClr val="phClr"><a:shade val="80000"/></a:schemeClr></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>' +
  '<a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>' +
  '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>' +
  '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/></a:schemeClr></a:solidFill>' +
  '<a:solidFill><a:schemeClr val="phClr"><a:shade val="90000"/></a:schemeClr></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>';

const CORE =
  `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
  'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  '<dc:creator>Văn phòng HĐND-UBND</dc:creator><cp:lastModifiedBy>Nguyễn Thị Lan</cp:lastModifiedBy>' +
  '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T02:15:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-12T09:40:00Z</dcterms:modified></cp:coreProperties>';

export function coreXml(created: string): string {
  return CORE.replace(/<dcterms:created[^]*?<\/dcterms:created>/, created);
}

function appXml(sheets: readonly string[], names: readonly string[]): string {
  const pairs = [`<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant>`];
  if (names.length > 0) pairs.push(`<vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>${names.length}</vt:i4></vt:variant>`);
  const titles = [...sheets, ...names].map((title) => `<vt:lpstr>${escapeXml(title)}</vt:lpstr>`).join('');
  return (
    `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
    `<HeadingPairs><vt:vector size="${pairs.length * 2}" baseType="variant">${pairs.join('')}</vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheets.length + names.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts>` +
    `<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`
  );
}

/** The plan sheet every corpus workbook starts with; its task text in wrapped cells, the header bold. */
export function planSheet(spec: Pick<WorkbookSpec, 'planTail' | 'planRels' | 'planCells'>): SheetSpec {
  const rows: (CellValue | CellSpec)[][] = planRows().map((row, r) => row.map((text) => (r === 6 ? { value: text, style: 3 } : r > 6 && text.length > 40 ? { value: text, style: 2 } : text)));
  for (const [r, c, cell] of spec.planCells ?? []) {
    while (rows[r]!.length <= c) rows[r]!.push(null);
    rows[r]![c] = cell;
  }
  return {
    name: PLAN_SHEET,
    rows,
    cols: '<cols><col min="1" max="1" width="5.7109375" customWidth="1"/><col min="2" max="2" width="60.7109375" customWidth="1"/><col min="3" max="6" width="24.7109375" customWidth="1"/></cols>',
    tail: spec.planTail,
    rels: spec.planRels,
  };
}

/** Every part of the package, in Excel's order, as bytes. */
export function buildWorkbook(spec: WorkbookSpec): Record<string, Uint8Array> {
  const strings = new SharedStrings();
  const parts: [string, string | Uint8Array][] = [];
  const sheets = spec.sheets;
  const sheetParts = sheets.map((sheet, i) => sheetXml(sheet, strings, i === 0));

  const rootRels: [string, string, string][] = [
    ['rId3', REL.extendedProperties, 'docProps/app.xml'],
    ['rId2', REL.coreProperties, 'docProps/core.xml'],
    ['rId1', REL.officeDocument, 'xl/workbook.xml'],
  ];
  if (spec.customProperties !== undefined) rootRels.push(['rId4', REL.customProperties, 'docProps/custom.xml']);

  const n = sheets.length;
  const wbRels: [string, string, string][] = [
    ...sheets.map((_, i) => [`rId${i + 1}`, REL.worksheet, `worksheets/sheet${i + 1}.xml`] as [string, string, string]),
    [`rId${n + 1}`, REL.theme, 'theme/theme1.xml'],
    [`rId${n + 2}`, REL.styles, 'styles.xml'],
    [`rId${n + 3}`, REL.sharedStrings, 'sharedStrings.xml'],
    ...(spec.calcChain ? [[`rId${n + 4}`, REL.calcChain, 'calcChain.xml'] as [string, string, string]] : []),
    ...(spec.workbookRels ?? []).map(([id, type, target]) => [id, type, target] as [string, string, string]),
  ];

  const sheetEntries = sheets
    .map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${i + 1}"/>`)
    .join('');
  const workbook =
    `${XML_DECL}<workbook xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:mc="${NS.mc}" mc:Ignorable="x15 xr xr6 xr10 xr2" ` +
    `xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" ` +
    `xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" ` +
    `xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">` +
    `<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>${spec.workbookPr ?? '<workbookPr defaultThemeVersion="166925"/>'}` +
    `${spec.workbookProtection ?? ''}<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15720" xr2:uid="{6A3D1F2B-5C4E-4B8A-9D7F-0E1C2B3A4D5E}"/></bookViews>` +
    `<sheets>${sheetEntries}</sheets>${spec.externalReferences ?? ''}${spec.definedNames ?? ''}<calcPr calcId="191029"/>${spec.pivotCaches ?? ''}${spec.workbookExtLst ?? ''}</workbook>`;

  const defaults: [string, string][] = [
    ...(spec.defaults ?? []).map(([a, b]) => [a, b] as [string, string]),
    ['rels', CT.rels],
    ['xml', CT.xml],
  ];
  const overrides: [string, string][] = [
    ['/xl/workbook.xml', spec.macroEnabled ? CT.workbookMacro : CT.workbook],
    ...sheets.map((_, i) => [`/xl/worksheets/sheet${i + 1}.xml`, CT.worksheet] as [string, string]),
    ['/xl/theme/theme1.xml', CT.theme],
    ['/xl/styles.xml', CT.styles],
    ['/xl/sharedStrings.xml', CT.sharedStrings],
    ...(spec.calcChain ? [['/xl/calcChain.xml', CT.calcChain] as [string, string]] : []),
    ...(spec.overrides ?? []).map(([a, b]) => [a, b] as [string, string]),
    ['/docProps/core.xml', CT.core],
    ['/docProps/app.xml', CT.app],
    ...(spec.customProperties !== undefined ? [['/docProps/custom.xml', CT.custom] as [string, string]] : []),
  ];
  const contentTypes =
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    defaults.map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`).join('') +
    overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('') +
    '</Types>';

  parts.push(['[Content_Types].xml', contentTypes], ['_rels/.rels', relsXml(rootRels)]);
  parts.push(['xl/workbook.xml', workbook], ['xl/_rels/workbook.xml.rels', relsXml(wbRels)]);
  sheets.forEach((sheet, i) => {
    parts.push([`xl/worksheets/sheet${i + 1}.xml`, sheetParts[i]!]);
    if (sheet.rels) parts.push([`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, relsXml(sheet.rels)]);
  });
  parts.push(['xl/theme/theme1.xml', THEME], ['xl/styles.xml', spec.stylesXml ?? stylesXml(spec)], ['xl/sharedStrings.xml', strings.xml()]);
  if (spec.calcChain) parts.push(['xl/calcChain.xml', `${XML_DECL}<calcChain xmlns="${NS.main}">${spec.calcChain.map(([ref, i]) => `<c r="${ref}" i="${i}"/>`).join('')}</calcChain>`]);
  for (const [name, content] of Object.entries(spec.parts ?? {})) parts.push([name, content]);
  parts.push(['docProps/core.xml', spec.coreXml ?? CORE], ['docProps/app.xml', appXml(sheets.map((sheet) => sheet.name), spec.namedRangeTitles ?? [])]);
  if (spec.customProperties !== undefined) parts.push(['docProps/custom.xml', spec.customProperties]);

  return Object.fromEntries(parts.map(([name, content]) => [name, typeof content === 'string' ? strToU8(content) : content]));
}

/** The fixed time every entry carries, so that the generator gives the same bytes each run. */
const MTIME = new Date(Date.UTC(2026, 0, 12, 9, 40, 0));

export function zipParts(parts: Record<string, Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const [name, bytes] of Object.entries(parts)) files[name] = [bytes, { mtime: MTIME, level: name.endsWith('.png') || name.endsWith('.bin') ? 0 : 6 }];
  return zipSync(files);
}

export { XML_DECL };
