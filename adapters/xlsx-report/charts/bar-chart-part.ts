import { columnLetters } from '../../../src/grid/address.js';
import type { BarChart, CellContent, CellRange } from '../../../src/sheet-model/sheet-model.js';

/** A bar chart of a sheet model as DrawingML (ECMA-376 part 1, 21.2): the chart part and the drawing that places it. */
export interface ChartParts {
  readonly chart: string;
  readonly drawing: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `'Theo xã, phường'!$B$5:$B$14`. */
function reference(sheet: string, range: CellRange): string {
  const cell = (row: number, column: number) => `$${columnLetters(column)}$${row + 1}`;
  return `'${sheet.replace(/'/g, "''")}'!${cell(range.top, range.left)}:${cell(range.bottom, range.right)}`;
}

/** The cells of a one-column range, top to bottom. */
function cellsOf(rows: readonly (readonly CellContent[])[], range: CellRange): CellContent[] {
  const cells: CellContent[] = [];
  for (let row = range.top; row <= range.bottom; row++) cells.push(rows[row]?.[range.left] ?? null);
  return cells;
}

/**
 * A horizontal bar chart, one bar a category, the first category at the top, its values read from
 * the sheet (with their values cached, for viewers that do not recalculate), shown as percentages
 * from 0 to 100%; and a drawing anchoring it from the model's anchor cell, `width` columns wide.
 * Kept apart from the report writer so that one chart writer can serve both later.
 */
export function barChartParts(sheet: string, rows: readonly (readonly CellContent[])[], chart: BarChart, options: { percent: boolean; width?: number }): ChartParts {
  const categories = cellsOf(rows, chart.categories).map((cell) => (cell === null ? '' : typeof cell === 'object' ? '' : String(cell)));
  const values = cellsOf(rows, chart.values).map((cell) => (typeof cell === 'number' ? cell : null));
  const format = options.percent ? '0%' : '0';
  const points = (items: readonly (string | number | null)[], value: (item: string | number) => string) =>
    items.map((item, index) => (item === null ? '' : `<c:pt idx="${index}"><c:v>${value(item)}</c:v></c:pt>`)).join('');
  const text = (content: string, size: number, bold: boolean) =>
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="${size}" b="${bold ? 1 : 0}"><a:latin typeface="Times New Roman"/></a:rPr><a:t>${escapeXml(content)}</a:t></a:r></a:p></c:rich></c:tx>`;
  const axisText = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:latin typeface="Times New Roman"/></a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;
  const chartXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:roundedCorners val="0"/><c:chart><c:title>${text(chart.title, 1200, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:spPr><a:solidFill><a:srgbClr val="C00000"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:dLbls><c:numFmt formatCode="${format}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${axisText}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:cat><c:strRef><c:f>${escapeXml(reference(sheet, chart.categories))}</c:f><c:strCache><c:ptCount val="${categories.length}"/>${points(categories, (item) => escapeXml(String(item)))}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(reference(sheet, chart.values))}</c:f><c:numCache><c:formatCode>${format}</c:formatCode><c:ptCount val="${values.length}"/>${points(values, (item) => String(item))}</c:numCache></c:numRef></c:val>` +
    `</c:ser><c:gapWidth val="60"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>` +
    // The first category (the commune furthest behind) at the top: categories run top to bottom.
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${axisText}<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/>${options.percent ? '<c:max val="1"/>' : ''}<c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="t"/><c:majorGridlines/><c:numFmt formatCode="${format}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${axisText}<c:crossAx val="1001"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;

  const { row, column } = chart.anchor;
  const height = Math.max(12, Math.ceil(categories.length * 1.6) + 5);
  const width = options.width ?? 10;
  const drawingXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${column + width}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + height}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
  return { chart: chartXml, drawing: drawingXml };
}
