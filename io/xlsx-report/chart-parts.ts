import { TABLE_COLOURS } from '../../src/sheet-model/palette.js';
import type { BarChart, CellContent, DetailedSheetModel } from '../../src/sheet-model/sheet-model.js';
import { rateChartRows } from '../../src/sheet-model/page-model.js';
import { absoluteReference } from './sheet-xml.js';
import { escapeXml } from './xml-text.js';

const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** A chart of a sheet, placed: its part's XML and the cells its frame spans. */
export interface PlacedChart {
  readonly xml: string;
  readonly from: { readonly row: number; readonly column: number };
  readonly to: { readonly row: number; readonly column: number };
  readonly title: string;
}

/**
 * The charts of a sheet model as DrawingML chart parts (ECMA-376 part 1, 21.2): horizontal bars over
 * the model's cells, with the values written in the chart too (c:strCache, c:numCache) so that a
 * viewer that does not recalculate still shows them. The tasks by status, from the model's `chart`,
 * go to the right of the table they count, as far down as the rows beside it are free; the completion
 * rate by lead unit, from `rateChart`, where the model anchors it (below the lists).
 */
export function sheetCharts(model: DetailedSheetModel, quotedSheet: string): PlacedChart[] {
  const charts: PlacedChart[] = [];
  const width = model.rows.reduce((max, row) => Math.max(max, row.length), model.columnWidths.length);
  if (model.chart !== undefined) {
    const { anchor } = model.chart;
    // Nor past the page break below it: a chart cut by a break prints in two halves.
    const pageEnd = model.print?.rowBreaks.find((row) => row > anchor.row);
    const bottom = Math.min(freeRowsBelow(model, anchor.row, anchor.column), pageEnd ?? Number.POSITIVE_INFINITY);
    charts.push({
      xml: chartXml(model, model.chart, quotedSheet, 'count'),
      from: anchor,
      // It ends at the last column's left edge: a drawing reaching past the last column widens the printed page.
      to: { row: bottom, column: Math.max(width - 1, anchor.column + 5) },
      title: model.chart.title,
    });
  }
  const rate = model.rateChart;
  // Drawn only when some unit has a rate (tasks due by the cut-off): an empty chart says nothing.
  if (rate !== undefined && model.rows.slice(rate.values.top, rate.values.bottom + 1).some((row) => typeof row[rate.values.left] === 'number')) {
    const bars = rate.categories.bottom - rate.categories.top + 1;
    charts.push({
      xml: chartXml(model, rate, quotedSheet, 'share'),
      from: rate.anchor,
      to: { row: rate.anchor.row + (rate.heightRows ?? rateChartRows(bars)), column: Math.min(width, rate.anchor.column + 9) },
      title: rate.title,
    });
  }
  return charts;
}

/** The first row at or below `row` + 1 with anything from `column` on: the chart must end above it. */
function freeRowsBelow(model: DetailedSheetModel, row: number, column: number): number {
  const taken = (index: number) =>
    (model.rows[index] ?? []).some((cell, at) => at >= column && cell !== null) || model.looks.some(({ range }) => range.top <= index && index <= range.bottom && range.right >= column);
  let index = row + 1;
  while (index < model.rows.length && !taken(index)) index++;
  return index;
}

function chartXml(model: DetailedSheetModel, chart: BarChart, quotedSheet: string, kind: 'count' | 'share'): string {
  const cell = (row: number, column: number): CellContent | undefined => model.rows[row]?.[column];
  const plain = (content: CellContent | undefined): string | number | null => {
    if (content === null || content === undefined || typeof content === 'boolean') return null;
    if (typeof content === 'object') return 'date' in content ? content.date : typeof content.result === 'object' ? null : (content.result ?? null);
    return content;
  };
  const categories: string[] = [];
  const values: (number | null)[] = [];
  for (let row = chart.categories.top; row <= chart.categories.bottom; row++) {
    categories.push(String(plain(cell(row, chart.categories.left)) ?? ''));
    const value = plain(cell(row - chart.categories.top + chart.values.top, chart.values.left));
    values.push(typeof value === 'number' ? value : null);
  }
  const count = categories.length;
  const format = kind === 'share' ? '0%' : '0';
  const strCache = categories.map((text, index) => `<c:pt idx="${index}"><c:v>${escapeXml(text)}</c:v></c:pt>`).join('');
  const numCache = values.map((value, index) => (value === null ? '' : `<c:pt idx="${index}"><c:v>${value}</c:v></c:pt>`)).join('');
  const font = (size: number, bold: boolean) => `<a:defRPr sz="${size}" b="${bold ? 1 : 0}"><a:latin typeface="Times New Roman"/><a:cs typeface="Times New Roman"/></a:defRPr>`;
  const textProperties = (size: number) => `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${font(size, false)}</a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;
  const seriesName = kind === 'share' ? 'Tỷ lệ hoàn thành' : 'Số nhiệm vụ';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${font(1200, true)}</a:pPr><a:r><a:rPr lang="vi-VN" sz="1200" b="1"><a:latin typeface="Times New Roman"/></a:rPr><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${seriesName}</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val="${kind === 'share' ? TABLE_COLOURS.shareBar : TABLE_COLOURS.dataBar}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:dLbls><c:numFmt formatCode="${format}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProperties(900)}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:cat><c:strRef><c:f>${escapeXml(`${quotedSheet}!${absoluteReference(chart.categories)}`)}</c:f><c:strCache><c:ptCount val="${count}"/>${strCache}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(`${quotedSheet}!${absoluteReference(chart.values)}`)}</c:f><c:numCache><c:formatCode>${kind === 'share' ? '0.0%' : 'General'}</c:formatCode><c:ptCount val="${count}"/>${numCache}</c:numCache></c:numRef></c:val>` +
    '</c:ser><c:gapWidth val="60"/><c:axId val="510001"/><c:axId val="510002"/></c:barChart>' +
    `<c:catAx><c:axId val="510001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProperties(900)}<c:crossAx val="510002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="510002"/><c:scaling><c:orientation val="minMax"/>${kind === 'share' ? '<c:max val="1"/><c:min val="0"/>' : '<c:min val="0"/>'}</c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="${format}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProperties(900)}<c:crossAx val="510001"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>` +
    '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    `${textProperties(1000)}</c:chartSpace>`
  );
}

/** The drawing part that places the charts, each by its relationship id. */
export function drawingXml(charts: readonly { chart: PlacedChart; relationshipId: string }[]): string {
  const anchors = charts.map(({ chart, relationshipId }, index) => {
    const marker = (tag: string, at: { row: number; column: number }) =>
      `<xdr:${tag}><xdr:col>${at.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker('from', chart.from)}${marker('to', chart.to)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${escapeXml(`Biểu đồ ${index + 1}`)}" descr="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="${relationshipId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">${anchors.join('')}</xdr:wsDr>`;
}
