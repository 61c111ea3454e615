import type { DetailedSheetModel } from '../../src/sheet-model/sheet-model.js';
import { editAppProperties } from './app-properties.js';
import { basePackage } from './base-package.js';
import { drawingXml, sheetCharts } from './chart-parts.js';
import { appendOwnStyles } from './own-styles.js';
import { editContentTypes, REL_TYPES, relationshipsPartOf, relationshipsXml, relativeTarget } from './package-index.js';
import { absoluteReference, writeSheetXml } from './sheet-xml.js';
import { definedNameElement, editWorkbook, sheetElement } from './workbook-part.js';
import { ZipWriter } from './zip-writer.js';

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

/**
 * A workbook of the product's own, from sheet models alone (the province workbook of `cchc
 * consolidate`): the report's minimal base package, our formats, one worksheet part per model in
 * order, their defined names and print titles, and each model's charts as DrawingML parts — the same
 * renderer as the report's sheets, so both look alike and both come out the same in Node and in the
 * page. `created` (the judging day) is the only date in it: the same inputs give the same bytes.
 */
export function writeNewWorkbook(models: readonly DetailedSheetModel[], options: { readonly created: string; readonly activeTab?: number }): Uint8Array {
  const base = basePackage(options.created);
  const styles = appendOwnStyles(base.text('xl/styles.xml')!);
  const workbookXml = base.text('xl/workbook.xml')!;
  const activeTab = options.activeTab ?? 0;
  const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

  const sheets = models.map((model, index) => ({ model, part: `xl/worksheets/sheet${index + 1}.xml`, relationshipId: `rIdSheet${index + 1}`, charts: sheetCharts(model, quoted(model.name)) }));
  let chartCount = 0;
  let drawingCount = 0;
  const drawn = sheets.map((sheet) => {
    if (sheet.charts.length === 0) return { ...sheet, drawing: undefined, chartParts: [] as string[] };
    drawingCount += 1;
    return { ...sheet, drawing: `xl/drawings/drawing${drawingCount}.xml`, chartParts: sheet.charts.map(() => `xl/charts/chart${++chartCount}.xml`) };
  });

  const definedNames: string[] = [];
  drawn.forEach(({ model }, index) => {
    for (const { name, range } of model.names) definedNames.push(definedNameElement(workbookXml, name, `${quoted(model.name)}!${absoluteReference(range)}`));
    if (model.printTitleRows !== undefined) {
      const { top, bottom } = model.printTitleRows;
      definedNames.push(definedNameElement(workbookXml, '_xlnm.Print_Titles', `${quoted(model.name)}!$${top + 1}:$${bottom + 1}`, index));
    }
  });
  const sheetElements = drawn.map(({ model, relationshipId }, index) => sheetElement(workbookXml, model.name, index + 1, relationshipId));

  const zip = new ZipWriter();
  const replaced = new Map<string, string>([
    [
      '[Content_Types].xml',
      editContentTypes(base.text('[Content_Types].xml')!, new Set(), [
        ...drawn.map(({ part }) => ({ part, type: WORKSHEET_TYPE })),
        ...drawn.flatMap(({ drawing, chartParts }) => (drawing === undefined ? [] : [{ part: drawing, type: DRAWING_TYPE }, ...chartParts.map((part) => ({ part, type: CHART_TYPE }))])),
      ]),
    ],
    ['xl/workbook.xml', editWorkbook(workbookXml, { sheets: sheetElements, definedNames, activeTab })],
    [
      'xl/_rels/workbook.xml.rels',
      relationshipsXml([
        { id: 'rId1', type: REL_TYPES.styles, target: 'styles.xml' },
        ...drawn.map(({ part, relationshipId }) => ({ id: relationshipId, type: REL_TYPES.worksheet, target: relativeTarget('xl/workbook.xml', part) })),
      ]),
    ],
    ['xl/styles.xml', styles.xml],
    [
      'docProps/app.xml',
      editAppProperties(
        base.text('docProps/app.xml')!,
        [],
        models.map((model) => model.name),
      ),
    ],
  ]);
  for (const name of base.names) zip.add(name, replaced.get(name) ?? base.bytes(name)!);

  drawn.forEach(({ model, part, drawing, charts, chartParts }, index) => {
    zip.addStreamed(part, (emit) => {
      writeSheetXml(model, { styles: styles.indexes, tabSelected: index === activeTab, date1904: false, idSeed: index + 1, ...(drawing === undefined ? {} : { drawingId: 'rId1' }) }, emit);
    });
    if (drawing === undefined) return;
    zip.add(relationshipsPartOf(part), relationshipsXml([{ id: 'rId1', type: REL_TYPES.drawing, target: relativeTarget(part, drawing) }]));
    zip.add(drawing, drawingXml(charts.map((chart, at) => ({ chart, relationshipId: `rId${at + 1}` }))));
    zip.add(relationshipsPartOf(drawing), relationshipsXml(chartParts.map((chartPart, at) => ({ id: `rId${at + 1}`, type: REL_TYPES.chart, target: relativeTarget(drawing, chartPart) }))));
    charts.forEach((chart, at) => zip.add(chartParts[at]!, chart.xml));
  });
  return zip.finish();
}
