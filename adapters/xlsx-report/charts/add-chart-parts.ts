import type { ChartParts } from './bar-chart-part.js';

const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';

/**
 * Adds one chart to a worksheet of a package (parts by name, as text or bytes): the chart and drawing
 * parts, their relationships, their content types, and the sheet's `<drawing>` element — spliced in
 * where the schema wants it (before `<legacyDrawing>`, `<tableParts>` or `<extLst>`), the rest of each
 * edited part left as it was. `number` numbers the new parts (chart1.xml, drawing1.xml).
 */
export function addChartParts(parts: Map<string, string | Uint8Array>, sheetPart: string, chart: ChartParts, number: number, text: (name: string) => string): void {
  const sheetFile = sheetPart.slice(sheetPart.lastIndexOf('/') + 1);
  const sheetRels = `xl/worksheets/_rels/${sheetFile}.rels`;
  parts.set(`xl/charts/chart${number}.xml`, chart.chart);
  parts.set(`xl/drawings/drawing${number}.xml`, chart.drawing);
  parts.set(
    `xl/drawings/_rels/drawing${number}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/chart" Target="../charts/chart${number}.xml"/></Relationships>`,
  );
  const existing = parts.has(sheetRels) ? text(sheetRels) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  let id = 1;
  while (existing.includes(`Id="rIdChart${id}"`)) id++;
  const relId = `rIdChart${id}`;
  parts.set(sheetRels, existing.replace('</Relationships>', `<Relationship Id="${relId}" Type="${RELS}/drawing" Target="../drawings/drawing${number}.xml"/></Relationships>`));
  const sheet = text(sheetPart);
  // Looked for after the cells and the conditional formats, whose rules hold extension lists of their own.
  const from = Math.max(sheet.lastIndexOf('</sheetData>'), sheet.lastIndexOf('</conditionalFormatting>'));
  const before = ['<legacyDrawing', '<legacyDrawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'].map((tag) => sheet.indexOf(tag, from)).filter((at) => at >= 0);
  const at = Math.min(...before);
  const rootNs = /<worksheet[^>]*\sxmlns:r="/.test(sheet) ? '' : ` xmlns:r="${RELS}"`;
  parts.set(sheetPart, `${sheet.slice(0, at)}<drawing${rootNs} r:id="${relId}"/>${sheet.slice(at)}`);
  const types = text('[Content_Types].xml');
  parts.set(
    '[Content_Types].xml',
    types.replace('</Types>', `<Override PartName="/xl/charts/chart${number}.xml" ContentType="${CHART_TYPE}"/><Override PartName="/xl/drawings/drawing${number}.xml" ContentType="${DRAWING_TYPE}"/></Types>`),
  );
}
