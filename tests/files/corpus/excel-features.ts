import { deflateSync } from 'node:zlib';
import { CT, NS, PAGE_MARGINS, REL, XML_DECL, type SheetSpec, type WorkbookSpec, planSheet } from './excel-package.js';

/**
 * The hand-built corpus: one workbook per feature, laid out as Excel writes it. Each entry says which
 * parts carry the feature and a string each of those parts holds, which the corpus self-check verifies.
 */
export interface CorpusEntry {
  readonly file: string;
  readonly producer: string;
  readonly feature: string;
  /** Part name → a string the part holds that is the feature. */
  readonly parts: Readonly<Record<string, string>>;
  /**
   * For hand-built files: what LibreOffice's own re-save (convert to xlsx) holds, which shows that a
   * second program understood the hand-built feature.
   */
  readonly reopened?: Readonly<Record<string, string>>;
}

export interface ExcelEntry extends CorpusEntry {
  readonly spec: WorkbookSpec;
}

const EXCEL = 'hand-built OOXML (Excel 365 layout)';

const DATA = 'Số liệu';
const LISTS = 'Danh mục';
const UNITS = ['Phòng Văn hóa - xã hội', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Văn phòng HĐND và UBND'];
const QUARTERS: number[][] = [
  [5, 7, 6, 8],
  [3, 4, 5, 4],
  [6, 6, 7, 9],
];

/** A second sheet with a few figures per lead unit and quarter, which most features sit on. */
function dataSheet(extra: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name: DATA,
    rows: [['Đơn vị', 'Quý I', 'Quý II', 'Quý III', 'Quý IV'], ...UNITS.map((unit, i) => [unit, ...QUARTERS[i]!])],
    cols: '<cols><col min="1" max="1" width="34.7109375" customWidth="1"/></cols>',
    ...extra,
  };
}

const listsSheet: SheetSpec = { name: LISTS, rows: [['Đã hoàn thành'], ['Đang thực hiện'], ['Chưa thực hiện']] };

/** A 16×16 PNG, a red seal-like square, made here so that the picture's bytes are known. */
export function smallPng(): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const size = 16;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    raw[y * (1 + size * 3)] = 0;
    for (let x = 0; x < size; x++) {
      const edge = x === 0 || y === 0 || x === size - 1 || y === size - 1;
      raw.set(edge ? [160, 0, 0] : [220, 30, 30], y * (1 + size * 3) + 1 + x * 3);
    }
  }
  return new Uint8Array(
    Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]),
  );
}

function anchor(from: [number, number], to: [number, number], body: string, editAs = 'oneCell'): string {
  const pos = (tag: string, [col, row]: [number, number]) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return `<xdr:twoCellAnchor editAs="${editAs}">${pos('from', from)}${pos('to', to)}${body}<xdr:clientData/></xdr:twoCellAnchor>`;
}

function drawingXml(anchors: string): string {
  return `${XML_DECL}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors}</xdr:wsDr>`;
}

function relsPart(rels: readonly (readonly [string, string, string, string?])[]): string {
  const items = rels.map(([id, type, target, mode]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"${mode ? ` TargetMode="${mode}"` : ''}/>`).join('');
  return `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

const strCache = (values: readonly string[]) =>
  `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('')}</c:strCache>`;
const numCache = (values: readonly number[]) =>
  `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('')}</c:numCache>`;

function chartXml(): string {
  const series = [0, 1]
    .map(
      (q) =>
        `<c:ser><c:idx val="${q}"/><c:order val="${q}"/><c:tx><c:strRef><c:f>'${DATA}'!$${'BC'[q]}$1</c:f>${strCache([`Quý ${['I', 'II'][q]}`])}</c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:schemeClr val="accent${q + 1}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr><c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>'${DATA}'!$A$2:$A$4</c:f>${strCache(UNITS)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>'${DATA}'!$${'BC'[q]}$2:$${'BC'[q]}$4</c:f>${numCache(QUARTERS.map((row) => row[q]!))}</c:numRef></c:val></c:ser>`,
    )
    .join('');
  return (
    `${XML_DECL}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}" xmlns:c16r2="http://schemas.microsoft.com/office/drawing/2015/06/chart">` +
    '<c:date1904 val="0"/><c:lang val="vi-VN"/><c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="0"/></a:pPr>' +
    '<a:r><a:rPr lang="vi-VN"/><a:t>Nhiệm vụ hoàn thành theo quý</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>' +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    '<c:dLbls><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
    '<c:gapWidth val="219"/><c:overlap val="-27"/><c:axId val="731542016"/><c:axId val="731543456"/></c:barChart>' +
    '<c:catAx><c:axId val="731542016"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/>' +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="731543456"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="731543456"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/>' +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="731542016"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>' +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings></c:chartSpace>'
  );
}

const chartFrame =
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Biểu đồ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  `<c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>`;

const pictureBody = (relTarget = 'rId1') =>
  `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Hình 1" descr="Con dấu của phường"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
  `<xdr:blipFill><a:blip xmlns:r="${NS.r}" r:embed="${relTarget}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
  '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="609600" cy="609600"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>';

const textBoxBody =
  '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="TextBox 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>' +
  '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3048000" cy="571500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>' +
  '<a:solidFill><a:schemeClr val="lt1"/></a:solidFill><a:ln w="9525" cmpd="sng"><a:solidFill><a:schemeClr val="lt1"><a:shade val="50000"/></a:schemeClr></a:solidFill></a:ln></xdr:spPr>' +
  '<xdr:style><a:lnRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef>' +
  '<a:fontRef idx="minor"><a:schemeClr val="dk1"/></a:fontRef></xdr:style><xdr:txBody><a:bodyPr vertOverflow="clip" horzOverflow="clip" wrap="square" rtlCol="0" anchor="t"/><a:lstStyle/>' +
  '<a:p><a:r><a:rPr lang="vi-VN" sz="1100"/><a:t>Ghi chú của văn phòng: số liệu chốt ngày 14/03/2026, gửi Phòng Nội vụ trước ngày 20/03.</a:t></a:r></a:p></xdr:txBody></xdr:sp>';

const drawingRel = (target: string): [string, string, string] => ['rId1', REL.drawing, target];

const tableColumns = (names: readonly string[]) =>
  `<tableColumns count="${names.length}">${names.map((name, i) => `<tableColumn id="${i + 1}" name="${name}"/>`).join('')}</tableColumns>`;

const HEADER = ['Đơn vị', 'Quý I', 'Quý II', 'Quý III', 'Quý IV'];

function pivotParts(): Record<string, string> {
  const records = UNITS.map((_, i) => `<r><x v="${i}"/><n v="${QUARTERS[i]![0]}"/></r>`).join('');
  return {
    'xl/pivotTables/pivotTable1.xml':
      `${XML_DECL}<pivotTableDefinition xmlns="${NS.main}" name="PivotTable1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" ` +
      'applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Giá trị" updatedVersion="8" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="8" indent="0" outline="1" outlineData="1" multipleFieldFilters="0">' +
      '<location ref="A3:B7" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="4"><item x="1"/><item x="0"/><item x="2"/><item t="default"/></items></pivotField>' +
      '<pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="4"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i t="grand"><x/></i></rowItems>' +
      '<colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Tổng Quý I" fld="1" baseField="0" baseItem="0"/></dataFields>' +
      '<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>',
    'xl/pivotTables/_rels/pivotTable1.xml.rels': relsPart([['rId1', REL.pivotCacheDefinition, '../pivotCache/pivotCacheDefinition1.xml']]),
    'xl/pivotCache/pivotCacheDefinition1.xml':
      `${XML_DECL}<pivotCacheDefinition xmlns="${NS.main}" xmlns:r="${NS.r}" r:id="rId1" refreshedBy="Nguyễn Thị Lan" refreshedDate="46034.40277777778" createdVersion="8" refreshedVersion="8" minRefreshableVersion="3" recordCount="3">` +
      `<cacheSource type="worksheet"><worksheetSource ref="A1:B4" sheet="${DATA}"/></cacheSource><cacheFields count="2">` +
      `<cacheField name="Đơn vị" numFmtId="0"><sharedItems count="3">${UNITS.map((unit) => `<s v="${unit}"/>`).join('')}</sharedItems></cacheField>` +
      '<cacheField name="Quý I" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="3" maxValue="6"/></cacheField></cacheFields></pivotCacheDefinition>',
    'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels': relsPart([['rId1', REL.pivotCacheRecords, 'pivotCacheRecords1.xml']]),
    'xl/pivotCache/pivotCacheRecords1.xml': `${XML_DECL}<pivotCacheRecords xmlns="${NS.main}" xmlns:r="${NS.r}" count="3">${records}</pivotCacheRecords>`,
  };
}

const PERSON_1 = '{5E3C8A41-2B7D-4F0E-9C61-8A2F4D7B1E03}';
const PERSON_2 = '{A9D04F72-6C1B-4E85-B3A7-0F5E2C9D8B14}';
const THREAD_1 = '{3F8B1C27-9A4E-4D6B-8E02-7C5A1F3D9B60}';
const THREAD_2 = '{C2E7A954-1D3B-4F8A-A6C0-5B9E8D2F7A31}';

function commentParts(): Record<string, string> {
  const vmlShape = (id: number, row: number, col: number) =>
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${id - 1024};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 3}, 15, ${row + 4}, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
  return {
    'xl/comments1.xml':
      `${XML_DECL}<comments xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">` +
      `<authors><author>tc=${THREAD_1}</author><author>Nguyễn Thị Lan</author></authors><commentList>` +
      `<comment ref="B9" authorId="0" shapeId="0" xr:uid="${THREAD_1}"><text><t xml:space="preserve">[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    Đã gửi dự thảo kế hoạch ngày 12/01.\nReply:\n    Chờ Chủ tịch ký ban hành.</t></text></comment>` +
      '<comment ref="E10" authorId="1" shapeId="0" xr:uid="{00000000-0006-0000-0000-000002000000}"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t>Nguyễn Thị Lan:</t></r>' +
      '<r><rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">\nHạn báo cáo quý I là ngày 10/03/2026.</t></r></text></comment></commentList></comments>',
    'xl/drawings/vmlDrawing1.vml':
      '<xml xmlns:v="urn:schemas-microsoft-com:vml"\r\n xmlns:o="urn:schemas-microsoft-com:office:office"\r\n xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n <o:shapelayout v:ext="edit">\r\n  <o:idmap v:ext="edit" data="1"/>\r\n </o:shapelayout>' +
      '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"\r\n  path="m,l,21600r21600,l21600,xe">\r\n  <v:stroke joinstyle="miter"/>\r\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\r\n </v:shapetype>' +
      `${vmlShape(1025, 8, 1)}${vmlShape(1026, 9, 4)}</xml>`,
    'xl/threadedComments/threadedComment1.xml':
      `${XML_DECL}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS.main}">` +
      `<threadedComment ref="B9" dT="2026-01-12T08:30:11.42" personId="${PERSON_1}" id="${THREAD_1}"><text>Đã gửi dự thảo kế hoạch ngày 12/01.</text></threadedComment>` +
      `<threadedComment ref="B9" dT="2026-01-12T09:02:40.17" personId="${PERSON_2}" id="${THREAD_2}" parentId="${THREAD_1}"><text>Chờ Chủ tịch ký ban hành.</text></threadedComment></ThreadedComments>`,
    'xl/persons/person.xml':
      `${XML_DECL}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS.main}">` +
      `<person displayName="Nguyễn Thị Lan" id="${PERSON_1}" userId="lan.nt@tranhungdao.gov.vn" providerId="None"/>` +
      `<person displayName="Trần Văn Minh" id="${PERSON_2}" userId="minh.tv@tranhungdao.gov.vn" providerId="None"/></personList>`,
  };
}

const x14Ns = ` xmlns:x14="${NS.x14}"`;

function sparklineExt(): string {
  const sparklines = UNITS.map((_, i) => `<x14:sparkline><xm:f>'${DATA}'!B${i + 2}:E${i + 2}</xm:f><xm:sqref>F${i + 2}</xm:sqref></x14:sparkline>`).join('');
  return (
    `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}"${x14Ns}><x14:sparklineGroups xmlns:xm="${NS.xm}"><x14:sparklineGroup displayEmptyCellsAs="gap" markers="1">` +
    '<x14:colorSeries theme="4" tint="-0.499984740745262"/><x14:colorNegative theme="5"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers theme="4" tint="-0.499984740745262"/>' +
    `<x14:colorFirst theme="4" tint="0.39997558519241921"/><x14:colorLast theme="4" tint="0.39997558519241921"/><x14:colorHigh theme="4"/><x14:colorLow theme="4"/><x14:sparklines>${sparklines}</x14:sparklines>` +
    '</x14:sparklineGroup></x14:sparklineGroups></ext></extLst>'
  );
}

const DATABAR_ID = '{8A4B2C10-3D5E-4F60-9A7B-1C2D3E4F5A6B}';
const STARS_ID = '{1F2E3D4C-5B6A-4978-8695-A4B3C2D1E0F9}';

function conditionalTail(): string {
  return (
    '<conditionalFormatting sqref="B2:B4"><cfRule type="cellIs" dxfId="0" priority="4" operator="lessThan"><formula>5</formula></cfRule></conditionalFormatting>' +
    `<conditionalFormatting sqref="C2:C4"><cfRule type="dataBar" priority="3"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar>` +
    `<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}"${x14Ns}><x14:id>${DATABAR_ID}</x14:id></ext></extLst></cfRule></conditionalFormatting>` +
    '<conditionalFormatting sqref="D2:D4"><cfRule type="iconSet" priority="2"><iconSet iconSet="3Arrows"><cfvo type="percent" val="0"/><cfvo type="percent" val="33"/><cfvo type="percent" val="67"/></iconSet></cfRule></conditionalFormatting>' +
    PAGE_MARGINS +
    `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"${x14Ns}><x14:conditionalFormattings>` +
    `<x14:conditionalFormatting xmlns:xm="${NS.xm}"><x14:cfRule type="dataBar" id="${DATABAR_ID}"><x14:dataBar minLength="0" maxLength="100" border="1" negativeBarBorderColorSameAsPositive="0">` +
    '<x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:borderColor rgb="FF638EC6"/><x14:negativeFillColor rgb="FFFF0000"/><x14:negativeBorderColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/>' +
    '</x14:dataBar></x14:cfRule><xm:sqref>C2:C4</xm:sqref></x14:conditionalFormatting>' +
    `<x14:conditionalFormatting xmlns:xm="${NS.xm}"><x14:cfRule type="iconSet" priority="1" id="${STARS_ID}"><x14:iconSet iconSet="3Stars">` +
    '<x14:cfvo type="percent"><xm:f>0</xm:f></x14:cfvo><x14:cfvo type="percent"><xm:f>33</xm:f></x14:cfvo><x14:cfvo type="percent"><xm:f>67</xm:f></x14:cfvo>' +
    '</x14:iconSet></x14:cfRule><xm:sqref>E2:E4</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>'
  );
}

function validationTail(): string {
  return (
    '<dataValidations count="3">' +
    '<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="G2:G20"><formula1>"Đã hoàn thành,Đang thực hiện,Chưa thực hiện"</formula1></dataValidation>' +
    `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="H2:H20"><formula1>'${LISTS}'!$A$1:$A$3</formula1></dataValidation>` +
    '<dataValidation type="decimal" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Tỷ lệ" error="Nhập số từ 0 đến 100." promptTitle="Tỷ lệ hoàn thành" prompt="Từ 0 đến 100" sqref="I1:I1048576">' +
    '<formula1>0</formula1><formula2>100</formula2></dataValidation></dataValidations>' +
    PAGE_MARGINS +
    `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"${x14Ns}><x14:dataValidations count="1" xmlns:xm="${NS.xm}">` +
    `<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>'${LISTS}'!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>J2:J20</xm:sqref></x14:dataValidation>` +
    '</x14:dataValidations></ext></extLst>'
  );
}

const dataHeaderWith = (...extra: string[]) => [...HEADER, ...extra];

/** Days from Excel's 1900 (or 1904) epoch, as a date cell holds them. */
export function serial(iso: string, date1904 = false): number {
  const days = (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return date1904 ? days - 1462 : days;
}

const metadataXml =
  `${XML_DECL}<metadata xmlns="${NS.main}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1">` +
  '<metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/>' +
  '</metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>';

const HASH = 'x3Zc1H8SgXQkv0a7fZ7yJ2Q8vM5ZpW2nq5cH8w4t2mV0aGxYbE3KcD6sUuT9rLh1oPqN7kJ2fW5eR8yT1uI4oA==';
const SALT = 'Qm9uZ0NDSENUcmFuSHVuZ0Rhbw==';

/** One hand-built workbook per feature. */
export function excelEntries(): ExcelEntry[] {
  const png = smallPng();
  const vba = vbaProjectBlob();
  return [
    {
      file: 'excel-chart.xlsx',
      producer: EXCEL,
      feature: 'chart (clustered column chart on the figures sheet)',
      parts: { 'xl/charts/chart1.xml': '<c:chartSpace', 'xl/drawings/drawing1.xml': '<c:chart ', 'xl/drawings/_rels/drawing1.xml.rels': '../charts/chart1.xml', 'xl/worksheets/_rels/sheet2.xml.rels': '../drawings/drawing1.xml' },
      reopened: { 'xl/charts/chart1.xml': 'Nhiệm vụ hoàn thành theo quý' },
      spec: {
        sheets: [planSheet({}), dataSheet({ tail: `${PAGE_MARGINS}<drawing r:id="rId1"/>`, rels: [drawingRel('../drawings/drawing1.xml')] })],
        parts: {
          'xl/drawings/drawing1.xml': drawingXml(anchor([6, 1], [14, 16], chartFrame)),
          'xl/drawings/_rels/drawing1.xml.rels': relsPart([['rId1', REL.chart, '../charts/chart1.xml']]),
          'xl/charts/chart1.xml': chartXml(),
        },
        overrides: [
          ['/xl/drawings/drawing1.xml', CT.drawing],
          ['/xl/charts/chart1.xml', CT.chart],
        ],
      },
    },
    {
      file: 'excel-picture.xlsx',
      producer: EXCEL,
      feature: 'picture (PNG in a drawing, on the plan sheet)',
      parts: { 'xl/media/image1.png': 'PNG', 'xl/drawings/drawing1.xml': '<xdr:pic>', 'xl/drawings/_rels/drawing1.xml.rels': '../media/image1.png', 'xl/worksheets/_rels/sheet1.xml.rels': '../drawings/drawing1.xml' },
      reopened: { 'xl/media/image1.png': 'PNG' },
      spec: {
        sheets: [planSheet({ planTail: `${PAGE_MARGINS}<drawing r:id="rId1"/>`, planRels: [drawingRel('../drawings/drawing1.xml')] }), dataSheet()],
        parts: {
          'xl/drawings/drawing1.xml': drawingXml(anchor([6, 0], [7, 3], pictureBody())),
          'xl/drawings/_rels/drawing1.xml.rels': relsPart([['rId1', REL.image, '../media/image1.png']]),
          'xl/media/image1.png': png,
        },
        defaults: [['png', CT.png]],
        overrides: [['/xl/drawings/drawing1.xml', CT.drawing]],
      },
    },
    {
      file: 'excel-picture-absolute-targets.xlsx',
      producer: 'hand-built OOXML (openpyxl layout: absolute relationship targets, oneCellAnchor)',
      feature: 'picture whose relationships use absolute part names, as openpyxl writes them',
      parts: { 'xl/media/image1.png': 'PNG', 'xl/drawings/drawing1.xml': '<xdr:oneCellAnchor>', 'xl/drawings/_rels/drawing1.xml.rels': 'Target="/xl/media/image1.png"', 'xl/worksheets/_rels/sheet1.xml.rels': 'Target="/xl/drawings/drawing1.xml"' },
      reopened: { 'xl/media/image1.png': 'PNG' },
      spec: {
        sheets: [planSheet({ planTail: `${PAGE_MARGINS}<drawing r:id="rId1"/>`, planRels: [drawingRel('/xl/drawings/drawing1.xml')] }), dataSheet()],
        parts: {
          'xl/drawings/drawing1.xml': drawingXml(
            `<xdr:oneCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="609600" cy="609600"/>${pictureBody()}<xdr:clientData/></xdr:oneCellAnchor>`,
          ),
          'xl/drawings/_rels/drawing1.xml.rels': relsPart([['rId1', REL.image, '/xl/media/image1.png']]),
          'xl/media/image1.png': png,
        },
        defaults: [['png', CT.png]],
        overrides: [['/xl/drawings/drawing1.xml', CT.drawing]],
      },
    },
    {
      file: 'excel-pivot-table.xlsx',
      producer: EXCEL,
      feature: 'pivot table with its pivot cache definition and records',
      parts: {
        'xl/pivotTables/pivotTable1.xml': '<pivotTableDefinition',
        'xl/pivotTables/_rels/pivotTable1.xml.rels': 'pivotCacheDefinition1.xml',
        'xl/pivotCache/pivotCacheDefinition1.xml': '<cacheSource type="worksheet">',
        'xl/pivotCache/pivotCacheRecords1.xml': '<pivotCacheRecords',
        'xl/worksheets/_rels/sheet3.xml.rels': 'pivotTable1.xml',
        'xl/workbook.xml': '<pivotCache cacheId="1"',
      },
      reopened: { 'xl/pivotCache/pivotCacheDefinition1.xml': 'Đơn vị', 'xl/pivotTables/pivotTable1.xml': 'Tổng Quý I' },
      spec: {
        sheets: [
          planSheet({}),
          dataSheet(),
          {
            name: 'Tổng hợp',
            rows: [[], [], ['Đơn vị', 'Tổng Quý I'], [UNITS[1]!, 3], [UNITS[0]!, 5], [UNITS[2]!, 6], ['Tổng cộng', 14]],
            rels: [['rId1', REL.pivotTable, '../pivotTables/pivotTable1.xml']],
          },
        ],
        parts: pivotParts(),
        workbookRels: [['rId7', REL.pivotCacheDefinition, 'pivotCache/pivotCacheDefinition1.xml']],
        pivotCaches: '<pivotCaches><pivotCache cacheId="1" r:id="rId7"/></pivotCaches>',
        overrides: [
          ['/xl/pivotTables/pivotTable1.xml', CT.pivotTable],
          ['/xl/pivotCache/pivotCacheDefinition1.xml', CT.pivotCacheDefinition],
          ['/xl/pivotCache/pivotCacheRecords1.xml', CT.pivotCacheRecords],
        ],
      },
    },
    {
      file: 'excel-macros.xlsm',
      producer: EXCEL,
      feature: 'VBA project (.xlsm, macroEnabled main content type)',
      parts: { 'xl/vbaProject.bin': '', '[Content_Types].xml': CT.workbookMacro, 'xl/_rels/workbook.xml.rels': 'vbaProject.bin' },
      spec: {
        sheets: [planSheet({}), dataSheet()],
        macroEnabled: true,
        workbookPr: '<workbookPr codeName="ThisWorkbook" defaultThemeVersion="166925"/>',
        workbookRels: [['rId6', REL.vbaProject, 'vbaProject.bin']],
        parts: { 'xl/vbaProject.bin': vba },
        defaults: [['bin', CT.vbaProject]],
      },
    },
    {
      file: 'excel-threaded-comment-and-note.xlsx',
      producer: EXCEL,
      feature: 'threaded comment with a reply, and a legacy note, on the plan sheet',
      parts: {
        'xl/threadedComments/threadedComment1.xml': '<threadedComment ',
        'xl/persons/person.xml': '<person ',
        'xl/comments1.xml': '[Threaded comment]',
        'xl/drawings/vmlDrawing1.vml': 'ObjectType="Note"',
        'xl/worksheets/_rels/sheet1.xml.rels': 'threadedComment1.xml',
      },
      reopened: { 'xl/comments1.xml': 'Hạn báo cáo quý I là ngày 10/03/2026.' },
      spec: {
        sheets: [
          planSheet({
            planTail: `${PAGE_MARGINS}<legacyDrawing r:id="rId1"/>`,
            planRels: [
              ['rId1', REL.vmlDrawing, '../drawings/vmlDrawing1.vml'],
              ['rId2', REL.comments, '../comments1.xml'],
              ['rId3', REL.threadedComment, '../threadedComments/threadedComment1.xml'],
            ],
          }),
          dataSheet(),
        ],
        parts: commentParts(),
        workbookRels: [['rId6', REL.person, 'persons/person.xml']],
        defaults: [['vml', CT.vml]],
        overrides: [
          ['/xl/comments1.xml', CT.comments],
          ['/xl/threadedComments/threadedComment1.xml', CT.threadedComments],
          ['/xl/persons/person.xml', CT.person],
        ],
      },
    },
    {
      file: 'excel-text-box.xlsx',
      producer: EXCEL,
      feature: 'text box (drawing shape with a text body) on the plan sheet',
      parts: { 'xl/drawings/drawing1.xml': '<xdr:txBody>', 'xl/worksheets/_rels/sheet1.xml.rels': '../drawings/drawing1.xml' },
      reopened: { 'xl/drawings/drawing1.xml': 'Ghi chú của văn phòng' },
      spec: {
        sheets: [planSheet({ planTail: `${PAGE_MARGINS}<drawing r:id="rId1"/>`, planRels: [drawingRel('../drawings/drawing1.xml')] }), dataSheet()],
        parts: { 'xl/drawings/drawing1.xml': drawingXml(anchor([6, 1], [10, 4], textBoxBody, 'absolute')) },
        overrides: [['/xl/drawings/drawing1.xml', CT.drawing]],
      },
    },
    {
      file: 'excel-table-styled.xlsx',
      producer: EXCEL,
      feature: 'table with style info (TableStyleMedium2)',
      parts: { 'xl/tables/table1.xml': '<tableStyleInfo name="TableStyleMedium2"', 'xl/worksheets/_rels/sheet2.xml.rels': '../tables/table1.xml' },
      reopened: { 'xl/tables/table1.xml': 'name="BangSoLieu"' },
      spec: {
        sheets: [planSheet({}), dataSheet({ tail: `${PAGE_MARGINS}<tableParts count="1"><tablePart r:id="rId1"/></tableParts>`, rels: [['rId1', REL.table, '../tables/table1.xml']] })],
        parts: {
          'xl/tables/table1.xml':
            `${XML_DECL}<table xmlns="${NS.main}" id="1" name="BangSoLieu" displayName="BangSoLieu" ref="A1:E4" totalsRowShown="0"><autoFilter ref="A1:E4"/>${tableColumns(HEADER)}` +
            '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>',
        },
        overrides: [['/xl/tables/table1.xml', CT.table]],
      },
    },
    {
      file: 'excel-table-unstyled.xlsx',
      producer: 'hand-built OOXML (LibreOffice table layout)',
      feature: 'table without style info, as LibreOffice writes tables',
      parts: { 'xl/tables/table1.xml': 'headerRowCount="1"', 'xl/worksheets/_rels/sheet2.xml.rels': '../tables/table1.xml' },
      reopened: { 'xl/tables/table1.xml': 'name="BangSoLieu"' },
      spec: {
        sheets: [planSheet({}), dataSheet({ tail: `${PAGE_MARGINS}<tableParts count="1"><tablePart r:id="rId1"/></tableParts>`, rels: [['rId1', REL.table, '../tables/table1.xml']] })],
        parts: {
          'xl/tables/table1.xml': `${XML_DECL}<table xmlns="${NS.main}" id="1" name="BangSoLieu" displayName="BangSoLieu" ref="A1:E4" headerRowCount="1" totalsRowCount="0" totalsRowShown="0"><autoFilter ref="A1:E4"/>${tableColumns(HEADER)}</table>`,
        },
        overrides: [['/xl/tables/table1.xml', CT.table]],
      },
    },
    {
      file: 'excel-defined-names.xlsx',
      producer: EXCEL,
      feature: 'defined names: constant number and text, formula, hidden, sheet-scoped (localSheetId), print area',
      parts: { 'xl/workbook.xml': '<definedName name="SoNgayCanhBao">7</definedName>', 'xl/calcChain.xml': '<c r="F2"' },
      reopened: { 'xl/workbook.xml': 'name="TyLeMucTieu"' },
      spec: {
        sheets: [planSheet({}), dataSheet({ rows: [dataHeaderWith('Tổng'), ...UNITS.map((unit, i) => [unit, ...QUARTERS[i]!, i === 0 ? { f: 'TongQuyI', v: 14 } : null])] })],
        definedNames:
          `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'Phụ lục'!$A$1:$F$17</definedName><definedName name="_DanhSachAn" hidden="1">'${DATA}'!$A$2:$A$4</definedName>` +
          `<definedName name="DonViChuTri">'${DATA}'!$A$2:$A$4</definedName><definedName name="SoNgayCanhBao">7</definedName><definedName name="TenPhuong">"Trần Hưng Đạo"</definedName>` +
          `<definedName name="TongQuyI">SUM('${DATA}'!$B$2:$B$4)</definedName><definedName name="TyLeMucTieu" localSheetId="1">0.95</definedName>` +
          `<definedName name="VungSoLieu" localSheetId="1">'${DATA}'!$A$1:$E$4</definedName></definedNames>`,
        namedRangeTitles: ["'Phụ lục'!Print_Area", 'DonViChuTri', 'SoNgayCanhBao', 'TenPhuong', 'TongQuyI', `'${DATA}'!TyLeMucTieu`, `'${DATA}'!VungSoLieu`],
        calcChain: [['F2', 2]],
      },
    },
    {
      file: 'excel-external-link.xlsx',
      producer: EXCEL,
      feature: 'external link to another workbook (externalLinks/externalLink1.xml and its rels)',
      parts: {
        'xl/externalLinks/externalLink1.xml': '<externalBook ',
        'xl/externalLinks/_rels/externalLink1.xml.rels': 'TargetMode="External"',
        'xl/workbook.xml': '<externalReference r:id="rId7"/>',
      },
      reopened: { 'xl/externalLinks/_rels/externalLink1.xml.rels': 'chi-tieu-cua-quan.xlsx' },
      spec: {
        sheets: [planSheet({}), dataSheet({ rows: [dataHeaderWith('Chỉ tiêu của quận'), ...UNITS.map((unit, i) => [unit, ...QUARTERS[i]!, i === 0 ? { f: "[1]'Chỉ tiêu'!$B$2", v: 12 } : null])] })],
        workbookRels: [['rId7', REL.externalLink, 'externalLinks/externalLink1.xml']],
        externalReferences: '<externalReferences><externalReference r:id="rId7"/></externalReferences>',
        parts: {
          'xl/externalLinks/externalLink1.xml':
            `${XML_DECL}<externalLink xmlns="${NS.main}" xmlns:r="${NS.r}"><externalBook r:id="rId1"><sheetNames><sheetName val="Chỉ tiêu"/></sheetNames>` +
            '<sheetDataSet><sheetData sheetId="0"><row r="2"><cell r="B2"><v>12</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>',
          'xl/externalLinks/_rels/externalLink1.xml.rels': relsPart([['rId1', REL.externalLinkPath, 'chi-tieu-cua-quan.xlsx', 'External']]),
        },
        overrides: [['/xl/externalLinks/externalLink1.xml', CT.externalLink]],
        calcChain: [['F2', 2]],
      },
    },
    {
      file: 'excel-data-validation.xlsx',
      producer: EXCEL,
      feature: 'data validation: list, cross-sheet list (main and x14), whole column',
      parts: { 'xl/worksheets/sheet2.xml': 'sqref="I1:I1048576"' },
      reopened: { 'xl/worksheets/sheet2.xml': 'sqref="J2:J20"' },
      spec: {
        sheets: [planSheet({}), dataSheet({ tail: validationTail(), xmlns: ` xmlns:x14="${NS.x14}" xmlns:xm="${NS.xm}"` }), listsSheet],
      },
    },
    {
      file: 'excel-conditional-formats.xlsx',
      producer: EXCEL,
      feature: 'conditional formats: cell rule with a dxf, data bar and icon set with x14 extLst',
      parts: { 'xl/worksheets/sheet2.xml': '<x14:conditionalFormattings>', 'xl/styles.xml': '<dxfs count="1">' },
      reopened: { 'xl/worksheets/sheet2.xml': 'iconSet="3Stars"' },
      spec: {
        sheets: [planSheet({}), dataSheet({ tail: conditionalTail() })],
        dxfs: ['<dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>'],
      },
    },
    {
      file: 'excel-sparklines.xlsx',
      producer: EXCEL,
      feature: 'sparklines (x14 sparklineGroups in the sheet extLst)',
      parts: { 'xl/worksheets/sheet2.xml': '<x14:sparklineGroups' },
      reopened: { 'xl/worksheets/sheet2.xml': '<x14:sparkline>' },
      spec: { sheets: [planSheet({}), dataSheet({ tail: `${PAGE_MARGINS}${sparklineExt()}` })] },
    },
    {
      file: 'excel-protection.xlsx',
      producer: EXCEL,
      feature: 'sheet protection on the plan sheet and workbook structure protection (SHA-512)',
      parts: { 'xl/worksheets/sheet1.xml': '<sheetProtection ', 'xl/workbook.xml': '<workbookProtection ' },
      reopened: { 'xl/worksheets/sheet1.xml': 'algorithmName="SHA-512"' },
      spec: {
        sheets: [planSheet({ planTail: `<sheetProtection algorithmName="SHA-512" hashValue="${HASH}" saltValue="${SALT}" spinCount="100000" sheet="1" objects="1" scenarios="1" formatColumns="0"/>${PAGE_MARGINS}` }), dataSheet()],
        workbookProtection: `<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="${HASH}" workbookSaltValue="${SALT}" workbookSpinCount="100000" lockStructure="1"/>`,
      },
    },
    {
      file: 'excel-page-breaks.xlsx',
      producer: EXCEL,
      feature: 'manual page breaks (rowBreaks, colBreaks) and print titles on the plan sheet',
      parts: { 'xl/worksheets/sheet1.xml': '<rowBreaks count="1" manualBreakCount="1">', 'xl/workbook.xml': '_xlnm.Print_Titles' },
      reopened: { 'xl/worksheets/sheet1.xml': '<brk id="13"' },
      spec: {
        sheets: [
          planSheet({
            planTail: `${PAGE_MARGINS}<pageSetup paperSize="9" orientation="landscape" verticalDpi="0"/><rowBreaks count="1" manualBreakCount="1"><brk id="13" max="16383" man="1"/></rowBreaks><colBreaks count="1" manualBreakCount="1"><brk id="4" max="1048575" man="1"/></colBreaks>`,
          }),
          dataSheet(),
        ],
        definedNames: `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'Phụ lục'!$7:$7</definedName></definedNames>`,
        namedRangeTitles: ["'Phụ lục'!Print_Titles"],
      },
    },
    {
      file: 'excel-custom-properties.xlsx',
      producer: EXCEL,
      feature: 'custom document properties (docProps/custom.xml: text, number, date, yes/no)',
      parts: { 'docProps/custom.xml': 'name="Đơn vị"', '_rels/.rels': 'custom-properties' },
      reopened: { 'docProps/custom.xml': 'Ngày ban hành' },
      spec: {
        sheets: [planSheet({}), dataSheet()],
        customProperties:
          `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
          '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Đơn vị"><vt:lpwstr>UBND phường Trần Hưng Đạo</vt:lpwstr></property>' +
          '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Số kế hoạch"><vt:i4>15</vt:i4></property>' +
          '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="Ngày ban hành"><vt:filetime>2026-01-15T00:00:00Z</vt:filetime></property>' +
          '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="5" name="Đã duyệt"><vt:bool>true</vt:bool></property></Properties>',
      },
    },
    {
      file: 'excel-number-formats.xlsx',
      producer: EXCEL,
      feature: 'custom number formats with backslash escapes (0.0\\%, #,##0\\ "đ", dd/mm/yyyy\\ hh:mm, 0\\ "ngày")',
      parts: { 'xl/styles.xml': 'formatCode="0.0\\%"' },
      reopened: { 'xl/styles.xml': 'formatCode="0.0\\%"' },
      spec: {
        sheets: [
          planSheet({}),
          {
            name: DATA,
            rows: [
              ['Chỉ tiêu', 'Giá trị'],
              ['Tỷ lệ hồ sơ đúng hạn', { value: 12.5, style: 4 }],
              ['Kinh phí', { value: 1250000, style: 5 }],
              ['Chốt số liệu', { value: serial('2026-03-14') + 0.6875, style: 6 }],
              ['Trễ hạn', { value: 3, style: 7 }],
            ],
          },
        ],
        numFmts: [
          [164, '0.0\\%'],
          [165, '#,##0\\ "đ"'],
          [166, 'dd/mm/yyyy\\ hh:mm'],
          [167, '0\\ "ngày"'],
        ],
        cellXfs: [164, 165, 166, 167].map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`),
      },
    },
    {
      file: 'excel-date1904.xlsx',
      producer: EXCEL,
      feature: '1904 date system (workbookPr date1904), with a date cell in the plan',
      parts: { 'xl/workbook.xml': 'date1904="1"' },
      reopened: { 'xl/workbook.xml': 'date1904="true"' },
      spec: {
        sheets: [
          planSheet({ planCells: [[8, 4, { value: serial('2026-01-15', true), style: 1 }]] }),
          { name: DATA, rows: [['Ngày chốt', { value: serial('2026-03-14', true), style: 1 }]] },
        ],
        workbookPr: '<workbookPr date1904="1" defaultThemeVersion="166925"/>',
      },
    },
    {
      file: 'excel-dynamic-array.xlsx',
      producer: EXCEL,
      feature: 'dynamic array formula (xl/metadata.xml, cm= on the cell) and a calculation chain',
      parts: { 'xl/metadata.xml': 'XLDAPR', 'xl/worksheets/sheet2.xml': 'cm="1"', 'xl/calcChain.xml': '<c r="G2"' },
      reopened: { 'xl/worksheets/sheet2.xml': 'ref="G2:G4"' },
      spec: {
        sheets: [
          planSheet({}),
          dataSheet({
            rows: [
              dataHeaderWith('', 'Quý I xếp tăng'),
              ...UNITS.map((unit, i) => [unit, ...QUARTERS[i]!, null, i === 0 ? { f: '_xlfn._xlws.SORT(B2:B4)', v: 3, fAttrs: ' t="array" ref="G2:G4"', cm: 1 } : [5, 6][i - 1]!]),
            ],
          }),
        ],
        workbookRels: [['rId7', REL.sheetMetadata, 'metadata.xml']],
        parts: { 'xl/metadata.xml': metadataXml },
        overrides: [['/xl/metadata.xml', CT.sheetMetadata]],
        calcChain: [['G2', 2]],
      },
    },
  ];
}

/**
 * A stand-in for xl/vbaProject.bin: the compound-file signature and header, then a fixed body. Not a
 * runnable macro project; enough for byte preservation, which is what the corpus checks.
 */
function vbaProjectBlob(): Uint8Array {
  const bytes = new Uint8Array(1536);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00, 0x06], 24);
  for (let i = 512; i < bytes.length; i++) bytes[i] = (i * 31 + 7) & 0xff;
  return bytes;
}

