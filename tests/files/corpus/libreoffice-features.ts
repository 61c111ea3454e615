import { escapeXml } from './excel-package.js';
import type { CorpusEntry } from './excel-features.js';
import { smallPng } from './excel-features.js';
import { PLAN_SHEET, planRows } from './plan-rows.js';

/**
 * The LibreOffice half of the corpus: flat ODF spreadsheets (.fods) written here, one feature each,
 * which `soffice --headless --convert-to xlsx` turns into the .xlsx files LibreOffice really writes.
 * The parts listed for each are the ones LibreOffice 7.4 was seen to write for the feature.
 */
export interface LibreOfficeEntry extends CorpusEntry {
  readonly fods: string;
}

const PRODUCER = 'LibreOffice 7.4 (soffice --convert-to xlsx from .fods)';
const DATA = 'Số liệu';
const LISTS = 'Danh mục';
const UNITS = ['Phòng Văn hóa - xã hội', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Văn phòng HĐND và UBND'];
const QUARTERS = [
  [5, 7, 6, 8],
  [3, 4, 5, 4],
  [6, 6, 7, 9],
];

const NAMESPACES = [
  'office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xlink="http://www.w3.org/1999/xlink"',
  'dc="http://purl.org/dc/elements/1.1/"',
  'meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
  'svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0"',
  'of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"',
  'calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"',
  'loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"',
]
  .map((ns) => `xmlns:${ns}`)
  .join(' ');

type Cell = string | number | { xml: string };

function cellXml(cell: Cell | undefined, attrs = ''): string {
  if (cell === undefined || cell === '') return `<table:table-cell${attrs}/>`;
  if (typeof cell === 'number') return `<table:table-cell${attrs} office:value-type="float" office:value="${cell}" calcext:value-type="float"><text:p>${cell}</text:p></table:table-cell>`;
  if (typeof cell === 'string') return `<table:table-cell${attrs} office:value-type="string" calcext:value-type="string"><text:p>${escapeXml(cell)}</text:p></table:table-cell>`;
  return cell.xml;
}

function rowXml(cells: readonly (Cell | undefined)[], rowAttrs = ''): string {
  return `<table:table-row${rowAttrs}>${cells.length === 0 ? '<table:table-cell/>' : cells.map((cell) => cellXml(cell)).join('')}</table:table-row>`;
}

interface Sheet {
  readonly name: string;
  readonly rows: readonly (readonly (Cell | undefined)[])[];
  /** Attributes on <table:table>. */
  readonly attrs?: string;
  /** Elements before the columns (table:shapes). */
  readonly head?: string;
  /** <table:table-column> elements. */
  readonly columns?: string;
  /** Row attributes by row index. */
  readonly rowAttrs?: Readonly<Record<number, string>>;
  /** Rows after the given ones (raw). */
  readonly moreRows?: string;
  /** After the rows: sheet-local named expressions, calcext:conditional-formats. */
  readonly tail?: string;
}

function sheetXml(sheet: Sheet): string {
  const rows = sheet.rows.map((row, i) => rowXml(row, sheet.rowAttrs?.[i] ?? '')).join('');
  return (
    `<table:table table:name="${escapeXml(sheet.name)}"${sheet.attrs ?? ''}>${sheet.head ?? ''}` +
    `${sheet.columns ?? '<table:table-column table:number-columns-repeated="6"/>'}${rows}${sheet.moreRows ?? ''}${sheet.tail ?? ''}</table:table>`
  );
}

interface Document {
  readonly sheets: readonly Sheet[];
  readonly meta?: string;
  readonly styles?: string;
  readonly automaticStyles?: string;
  /** Attributes on <office:spreadsheet>. */
  readonly spreadsheetAttrs?: string;
  /** Elements first in office:spreadsheet: calculation settings, content validations. */
  readonly head?: string;
  /** Elements after the tables: named expressions, database ranges. */
  readonly tail?: string;
}

const PLAN_COLUMNS =
  '<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/><table:table-column table:style-name="co3" table:number-columns-repeated="4"/>';

const BASE_AUTOMATIC_STYLES =
  '<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="1.2cm"/></style:style>' +
  '<style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="10cm"/></style:style>' +
  '<style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>';

function planSheet(extra: Partial<Sheet> = {}): Sheet {
  return { name: PLAN_SHEET, rows: planRows(), columns: PLAN_COLUMNS, ...extra };
}

function dataSheet(extra: Partial<Sheet> = {}): Sheet {
  return {
    name: DATA,
    rows: [['Đơn vị', 'Quý I', 'Quý II', 'Quý III', 'Quý IV'], ...UNITS.map((unit, i) => [unit, ...QUARTERS[i]!])],
    columns: '<table:table-column table:style-name="co2"/><table:table-column table:number-columns-repeated="5"/>',
    ...extra,
  };
}

function fods(doc: Document): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document ${NAMESPACES} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">` +
    `<office:meta><meta:initial-creator>Văn phòng HĐND-UBND</meta:initial-creator><meta:creation-date>2026-01-05T09:15:00</meta:creation-date>${doc.meta ?? ''}</office:meta>` +
    `<office:styles><style:style style:name="Default" style:family="table-cell"/>${doc.styles ?? ''}</office:styles>` +
    `<office:automatic-styles>${BASE_AUTOMATIC_STYLES}${doc.automaticStyles ?? ''}</office:automatic-styles>` +
    `<office:body><office:spreadsheet${doc.spreadsheetAttrs ?? ''}>${doc.head ?? ''}${doc.sheets.map(sheetXml).join('')}${doc.tail ?? ''}</office:spreadsheet></office:body></office:document>\n`
  );
}

const base64Png = () => Buffer.from(smallPng()).toString('base64');

function chartObject(): string {
  const range = `'${DATA}'.A1:'${DATA}'.C4`;
  return (
    `<draw:frame draw:z-index="0" draw:name="Biểu đồ 1" svg:width="12cm" svg:height="7cm" svg:x="0.5cm" svg:y="0.2cm" table:end-cell-address="'${DATA}'.M16" table:end-x="0cm" table:end-y="0cm">` +
    `<draw:object draw:notify-on-update-of-ranges="${range}"><office:document office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.chart"><office:body><office:chart>` +
    `<chart:chart svg:width="12cm" svg:height="7cm" chart:class="chart:bar"><chart:title><text:p>Nhiệm vụ hoàn thành theo quý</text:p></chart:title><chart:legend chart:legend-position="bottom"/>` +
    `<chart:plot-area table:cell-range-address="${range}" chart:data-source-has-labels="both">` +
    `<chart:axis chart:dimension="x" chart:name="primary-x"><chart:categories table:cell-range-address="'${DATA}'.A2:'${DATA}'.A4"/></chart:axis>` +
    '<chart:axis chart:dimension="y" chart:name="primary-y"><chart:grid chart:class="major"/></chart:axis>' +
    `<chart:series chart:values-cell-range-address="'${DATA}'.B2:'${DATA}'.B4" chart:label-cell-address="'${DATA}'.B1" chart:class="chart:bar"><chart:data-point chart:repeated="3"/></chart:series>` +
    `<chart:series chart:values-cell-range-address="'${DATA}'.C2:'${DATA}'.C4" chart:label-cell-address="'${DATA}'.C1" chart:class="chart:bar"><chart:data-point chart:repeated="3"/></chart:series>` +
    '</chart:plot-area></chart:chart></office:chart></office:body></office:document></draw:object></draw:frame>'
  );
}

function annotation(author: string, date: string, text: string): string {
  return `<office:annotation><dc:creator>${author}</dc:creator><dc:date>${date}</dc:date><text:p>${escapeXml(text)}</text:p></office:annotation>`;
}

/** The plan rows with one cell's XML replaced. */
function planWith(row: number, col: number, xml: string): Sheet['rows'] {
  return planRows().map((cells, r) => (r === row ? cells.map((cell, c) => (c === col ? { xml } : cell)) : cells));
}

const textCell = (text: string, attrs = '', inner = '') =>
  `<table:table-cell${attrs} office:value-type="string" calcext:value-type="string">${inner}<text:p>${escapeXml(text)}</text:p></table:table-cell>`;

export function libreOfficeEntries(): LibreOfficeEntry[] {
  const plan = planRows();
  return [
    {
      file: 'libreoffice-chart.xlsx',
      producer: PRODUCER,
      feature: 'chart (column chart over the figures sheet)',
      parts: { 'xl/charts/chart1.xml': '<c:chartSpace', 'xl/drawings/drawing1.xml': '<c:chart ' },
      fods: fods({ sheets: [planSheet(), dataSheet({ head: `<table:shapes>${chartObject()}</table:shapes>` })] }),
    },
    {
      file: 'libreoffice-picture.xlsx',
      producer: PRODUCER,
      feature: 'picture (embedded PNG anchored to a cell of the plan sheet)',
      parts: { 'xl/media/image1.png': 'PNG', 'xl/drawings/drawing1.xml': '<xdr:pic>' },
      fods: fods({
        sheets: [
          planSheet({
            rows: planWith(
              0,
              0,
              textCell(
                plan[0]![0]!,
                '',
                `<draw:frame draw:z-index="0" draw:name="Hình 1" svg:width="1.6cm" svg:height="1.6cm" svg:x="9cm" svg:y="0cm" table:end-cell-address="'${PLAN_SHEET}'.C3" table:end-x="0cm" table:end-y="0cm"><draw:image><office:binary-data>${base64Png()}</office:binary-data></draw:image></draw:frame>`,
              ),
            ),
          }),
          dataSheet(),
        ],
      }),
    },
    {
      file: 'libreoffice-comment.xlsx',
      producer: PRODUCER,
      feature: 'comments (legacy notes) on plan cells',
      parts: { 'xl/comments1.xml': '<comment ', 'xl/drawings/vmlDrawing1.vml': 'ObjectType="Note"' },
      fods: fods({
        sheets: [
          planSheet({
            rows: planWith(8, 1, textCell(plan[8]![1]!, '', annotation('Nguyễn Thị Lan', '2026-01-12T08:30:00', 'Đã gửi dự thảo kế hoạch ngày 12/01.'))).map((cells, r) =>
              r === 9 ? cells.map((cell, c) => (c === 4 ? { xml: textCell(String(cell), '', annotation('Trần Văn Minh', '2026-01-13T10:00:00', 'Hạn báo cáo quý I là ngày 10/03/2026.')) } : cell)) : cells,
            ),
          }),
          dataSheet(),
        ],
      }),
    },
    {
      file: 'libreoffice-text-box.xlsx',
      producer: PRODUCER,
      feature: 'text box (drawing shape with text) on the plan sheet',
      parts: { 'xl/drawings/drawing1.xml': '<xdr:txBody>' },
      fods: fods({
        sheets: [
          planSheet({
            head:
              '<table:shapes><draw:frame draw:z-index="0" draw:name="Hộp văn bản 1" svg:width="8cm" svg:height="1.5cm" svg:x="16cm" svg:y="0.5cm">' +
              '<draw:text-box><text:p>Ghi chú của văn phòng: số liệu chốt ngày 14/03/2026, gửi Phòng Nội vụ trước ngày 20/03.</text:p></draw:text-box></draw:frame></table:shapes>',
          }),
          dataSheet(),
        ],
      }),
    },
    {
      file: 'libreoffice-named-ranges.xlsx',
      producer: PRODUCER,
      feature: 'named ranges and expressions, global and sheet-local',
      parts: { 'xl/workbook.xml': 'name="DonViChuTri"' },
      fods: fods({
        sheets: [
          planSheet(),
          dataSheet({
            rows: [['Đơn vị', 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Tổng'], ...UNITS.map((unit, i) => [unit, ...QUARTERS[i]!, ...(i === 0 ? [{ xml: '<table:table-cell table:formula="of:=TongQuyI" office:value-type="float" office:value="14" calcext:value-type="float"><text:p>14</text:p></table:table-cell>' }] : [])])],
            tail: `<table:named-expressions><table:named-range table:name="VungSoLieu" table:base-cell-address="$'${DATA}'.$A$1" table:cell-range-address="$'${DATA}'.$A$1:.$E$4"/></table:named-expressions>`,
          }),
        ],
        tail:
          '<table:named-expressions>' +
          `<table:named-range table:name="DonViChuTri" table:base-cell-address="$'${DATA}'.$A$1" table:cell-range-address="$'${DATA}'.$A$2:.$A$4"/>` +
          `<table:named-expression table:name="SoNgayCanhBao" table:base-cell-address="$'${PLAN_SHEET}'.$A$1" table:expression="of:=7"/>` +
          `<table:named-expression table:name="TongQuyI" table:base-cell-address="$'${PLAN_SHEET}'.$A$1" table:expression="of:=SUM([$'${DATA}'.$B$2:.$B$4])"/>` +
          '</table:named-expressions>',
      }),
    },
    {
      file: 'libreoffice-data-validation.xlsx',
      producer: PRODUCER,
      feature: 'validity: list, cross-sheet list, a column from row 1 (LibreOffice 7.4 stops it at row 1004 when importing flat ODF)',
      parts: { 'xl/worksheets/sheet2.xml': 'type="list"' },
      fods: fods({
        head:
          '<table:content-validations>' +
          `<table:content-validation table:name="val1" table:condition="of:cell-content-is-in-list(&quot;Đã hoàn thành&quot;;&quot;Đang thực hiện&quot;;&quot;Chưa thực hiện&quot;)" table:allow-empty-cell="true" table:display-list="unsorted" table:base-cell-address="'${DATA}'.G2"/>` +
          `<table:content-validation table:name="val2" table:condition="of:cell-content-is-in-list([$'${LISTS}'.$A$1:.$A$3])" table:allow-empty-cell="true" table:display-list="unsorted" table:base-cell-address="'${DATA}'.H2"/>` +
          `<table:content-validation table:name="val3" table:condition="of:cell-content-is-decimal-number() and cell-content-is-between(0,100)" table:allow-empty-cell="true" table:base-cell-address="'${DATA}'.I1"><table:error-message table:title="Tỷ lệ" table:display="true" table:message-type="stop"><text:p>Nhập số từ 0 đến 100.</text:p></table:error-message></table:content-validation>` +
          '</table:content-validations>',
        sheets: [
          planSheet(),
          dataSheet({
            columns:
              '<table:table-column table:style-name="co2"/><table:table-column table:number-columns-repeated="5"/><table:table-column table:default-cell-style-name="Default"/><table:table-column/><table:table-column/><table:table-column table:default-cell-style-name="Default"/>',
            rows: [],
            moreRows:
              rowXml(['Đơn vị', 'Quý I', 'Quý II', 'Quý III', 'Quý IV', '', 'Tình trạng', 'Loại', { xml: '<table:table-cell table:content-validation-name="val3"/>' }]) +
              UNITS.map((unit, i) =>
                rowXml([unit, ...QUARTERS[i]!, '', { xml: '<table:table-cell table:content-validation-name="val1"/>' }, { xml: '<table:table-cell table:content-validation-name="val2"/>' }, { xml: '<table:table-cell table:content-validation-name="val3"/>' }]),
              ).join('') +
              '<table:table-row table:number-rows-repeated="1048572"><table:table-cell table:number-columns-repeated="8"/><table:table-cell table:style-name="Default" table:content-validation-name="val3"/></table:table-row>',
          }),
          { name: LISTS, rows: [['Đã hoàn thành'], ['Đang thực hiện'], ['Chưa thực hiện']] },
        ],
      }),
    },
    {
      file: 'libreoffice-conditional-formats.xlsx',
      producer: PRODUCER,
      feature: 'conditional formats: cell rule with a style (dxf), data bar (with its x14 extLst), icon set',
      parts: { 'xl/worksheets/sheet2.xml': '<x14:conditionalFormattings>', 'xl/styles.xml': '<dxfs count="1">' },
      fods: fods({
        styles: '<style:style style:name="Canh_20_bao" style:display-name="Cảnh báo" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#ffc7ce"/><style:text-properties fo:color="#9c0006"/></style:style>',
        sheets: [
          planSheet(),
          dataSheet({
            tail:
              '<calcext:conditional-formats>' +
              `<calcext:conditional-format calcext:target-range-address="'${DATA}'.B2:'${DATA}'.B4"><calcext:condition calcext:apply-style-name="Cảnh báo" calcext:value="&lt;5" calcext:base-cell-address="'${DATA}'.B2"/></calcext:conditional-format>` +
              `<calcext:conditional-format calcext:target-range-address="'${DATA}'.C2:'${DATA}'.C4"><calcext:data-bar calcext:max-length="100" calcext:negative-color="#ff0000" calcext:positive-color="#638ec6" calcext:axis-color="#000000"><calcext:formatting-entry calcext:value="0" calcext:type="auto-minimum"/><calcext:formatting-entry calcext:value="0" calcext:type="auto-maximum"/></calcext:data-bar></calcext:conditional-format>` +
              `<calcext:conditional-format calcext:target-range-address="'${DATA}'.D2:'${DATA}'.D4"><calcext:icon-set calcext:icon-set-type="3Arrows"><calcext:formatting-entry calcext:value="0" calcext:type="percent"/><calcext:formatting-entry calcext:value="33" calcext:type="percent"/><calcext:formatting-entry calcext:value="67" calcext:type="percent"/></calcext:icon-set></calcext:conditional-format>` +
              '</calcext:conditional-formats>',
          }),
        ],
      }),
    },
    {
      file: 'libreoffice-protection.xlsx',
      producer: PRODUCER,
      feature: 'sheet protection on the plan sheet and document structure protection',
      parts: { 'xl/worksheets/sheet1.xml': '<sheetProtection ', 'xl/workbook.xml': '<workbookProtection' },
      fods: fods({
        spreadsheetAttrs: ' table:structure-protected="true"',
        sheets: [planSheet({ attrs: ' table:protected="true"' }), dataSheet()],
      }),
    },
    {
      file: 'libreoffice-page-breaks.xlsx',
      producer: PRODUCER,
      feature: 'manual row and column page breaks on the plan sheet',
      parts: { 'xl/worksheets/sheet1.xml': '<rowBreaks ' },
      fods: fods({
        automaticStyles:
          '<style:style style:name="ro-break" style:family="table-row"><style:table-row-properties fo:break-before="page"/></style:style>' +
          '<style:style style:name="co-break" style:family="table-column"><style:table-column-properties style:column-width="4.5cm" fo:break-before="page"/></style:style>',
        sheets: [
          planSheet({
            columns: '<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/><table:table-column table:style-name="co3" table:number-columns-repeated="2"/><table:table-column table:style-name="co-break"/><table:table-column table:style-name="co3"/>',
            rowAttrs: { 13: ' table:style-name="ro-break"' },
          }),
          dataSheet(),
        ],
      }),
    },
    {
      file: 'libreoffice-custom-properties.xlsx',
      producer: PRODUCER,
      feature: 'custom document properties (user-defined metadata)',
      parts: { 'docProps/custom.xml': 'Đơn vị' },
      fods: fods({
        meta:
          '<meta:user-defined meta:name="Đơn vị" meta:value-type="string">UBND phường Trần Hưng Đạo</meta:user-defined>' +
          '<meta:user-defined meta:name="Số kế hoạch" meta:value-type="float">15</meta:user-defined>' +
          '<meta:user-defined meta:name="Đã duyệt" meta:value-type="boolean">true</meta:user-defined>',
        sheets: [planSheet(), dataSheet()],
      }),
    },
    {
      file: 'libreoffice-number-formats.xlsx',
      producer: PRODUCER,
      feature: 'custom number formats: literal percent sign, currency text “đ”, date and time, text suffix',
      parts: { 'xl/styles.xml': 'formatCode="0.0\\%"' },
      fods: fods({
        styles:
          '<number:number-style style:name="N100"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:number-style>' +
          '<number:number-style style:name="N101"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/><number:text> đ</number:text></number:number-style>' +
          '<number:date-style style:name="N102"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:date-style>' +
          '<number:number-style style:name="N103"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1"/><number:text> ngày</number:text></number:number-style>' +
          ['N100', 'N101', 'N102', 'N103'].map((n, i) => `<style:style style:name="fmt${i}" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="${n}"/>`).join(''),
        sheets: [
          planSheet(),
          {
            name: DATA,
            rows: [
              ['Chỉ tiêu', 'Giá trị'],
              ['Tỷ lệ hồ sơ đúng hạn', { xml: '<table:table-cell table:style-name="fmt0" office:value-type="float" office:value="12.5" calcext:value-type="float"><text:p>12,5%</text:p></table:table-cell>' }],
              ['Kinh phí', { xml: '<table:table-cell table:style-name="fmt1" office:value-type="float" office:value="1250000" calcext:value-type="float"><text:p>1.250.000 đ</text:p></table:table-cell>' }],
              ['Chốt số liệu', { xml: '<table:table-cell table:style-name="fmt2" office:value-type="date" office:date-value="2026-03-14T16:30:00" calcext:value-type="date"><text:p>14/03/2026 16:30</text:p></table:table-cell>' }],
              ['Trễ hạn', { xml: '<table:table-cell table:style-name="fmt3" office:value-type="float" office:value="3" calcext:value-type="float"><text:p>3 ngày</text:p></table:table-cell>' }],
            ],
          },
        ],
      }),
    },
    {
      file: 'libreoffice-date1904.xlsx',
      producer: PRODUCER,
      feature: '1904 date system (null date 1904-01-01), with a date cell in the plan',
      parts: { 'xl/workbook.xml': 'date1904="true"' },
      fods: fods({
        styles:
          '<number:date-style style:name="N110"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>' +
          '<style:style style:name="ngay" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N110"/>',
        head: '<table:calculation-settings><table:null-date table:date-value="1904-01-01"/></table:calculation-settings>',
        sheets: [
          planSheet({ rows: planWith(8, 4, '<table:table-cell table:style-name="ngay" office:value-type="date" office:date-value="2026-01-15" calcext:value-type="date"><text:p>15/01/2026</text:p></table:table-cell>') }),
          dataSheet(),
        ],
      }),
    },
    {
      file: 'libreoffice-table.xlsx',
      producer: PRODUCER,
      feature: 'database range with filter buttons, which LibreOffice writes as a table without style info',
      parts: { 'xl/tables/table1.xml': 'headerRowCount="1"', 'xl/worksheets/_rels/sheet2.xml.rels': '../tables/table1.xml' },
      fods: fods({
        sheets: [planSheet(), dataSheet()],
        tail: `<table:database-ranges><table:database-range table:name="BangSoLieu" table:target-range-address="'${DATA}'.A1:'${DATA}'.E4" table:display-filter-buttons="true"/></table:database-ranges>`,
      }),
    },
  ];
}
