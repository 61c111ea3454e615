import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { ProvinceConsolidation } from '../../src/consolidate/province.js';
import { provinceSheetModels } from '../../src/sheet-model/province-sheet-models.js';
import { addChartParts } from './charts/add-chart-parts.js';
import { barChartParts, type ChartParts } from './charts/bar-chart-part.js';
import { renderSheetModel } from './render-sheet-model.js';
import { dateValue } from './report-styles.js';
import { workbookBytes } from './workbook-bytes.js';
import { workbookView } from './write-report-workbook.js';

/**
 * The province workbook (`cchc consolidate`, and the standalone page with many files): a new
 * workbook of the core's province sheet models — per commune ranked from the furthest behind (with
 * a chart of those furthest behind), per section, the overdue tasks, the files that could not be
 * read — rendered as the report's sheets are, through exceljs' in-memory workbook, the same in Node
 * and in a browser. exceljs writes no charts: the chart's parts are added to its package here.
 *
 * The same inputs give the same bytes: the document's dates are the judging day's, the ids exceljs
 * draws at random for each data bar are numbered instead, and the package is zipped again with
 * fflate with the judging day as every part's time (exceljs' zip takes the time of writing).
 */
export async function writeProvinceWorkbook(province: ProvinceConsolidation): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cchc';
  workbook.lastModifiedBy = 'cchc';
  workbook.created = dateValue(province.judgedOn);
  workbook.modified = dateValue(province.judgedOn);
  const models = provinceSheetModels(province);
  const charts: { sheetPart: string; parts: ChartParts }[] = [];
  models.forEach((model, index) => {
    renderSheetModel(workbook, model);
    // exceljs names the worksheet parts sheet1.xml, sheet2.xml… in tab order.
    if (model.chart !== undefined) charts.push({ sheetPart: `xl/worksheets/sheet${index + 1}.xml`, parts: barChartParts(model.name, model.rows, model.chart, { percent: true }) });
  });
  workbook.views = [workbookView(0)];
  return repackaged(await workbookBytes(workbook), dateValue(province.judgedOn), charts);
}

const RANDOM_ID = /\{[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}\}/gi;
const SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

function repackaged(bytes: Uint8Array, time: Date, charts: readonly { sheetPart: string; parts: ChartParts }[]): Uint8Array {
  // Our own package, just written: unzipped as it is, in its order.
  const parts = new Map<string, string | Uint8Array>(Object.entries(unzipSync(bytes)));
  const text = (name: string) => {
    const part = parts.get(name)!;
    return typeof part === 'string' ? part : strFromU8(part);
  };
  const ids = new Map<string, string>();
  for (const name of parts.keys()) {
    if (!SHEET_PART.test(name)) continue;
    const xml = text(name);
    const numbered = xml.replace(RANDOM_ID, (id) => {
      let fixed = ids.get(id.toUpperCase());
      if (fixed === undefined) ids.set(id.toUpperCase(), (fixed = `{00000000-0000-4000-8000-${String(ids.size + 1).padStart(12, '0')}}`));
      return fixed;
    });
    if (numbered !== xml) parts.set(name, numbered);
  }
  charts.forEach((chart, index) => addChartParts(parts, chart.sheetPart, chart.parts, index + 1, text));
  const zippable: Zippable = {};
  for (const [name, part] of parts) zippable[name] = [typeof part === 'string' ? strToU8(part) : part, { mtime: time }];
  return zipSync(zippable, { level: 6 });
}
