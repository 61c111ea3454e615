import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { ProvinceConsolidation } from '../../src/consolidate/province.js';
import { provinceSheetModels } from '../../src/sheet-model/province-sheet-models.js';
import { renderSheetModel } from './render-sheet-model.js';
import { dateValue } from './report-styles.js';
import { workbookBytes } from './workbook-bytes.js';
import { workbookView } from './write-report-workbook.js';

/**
 * The province workbook (`cchc consolidate`, and the standalone page with many files): a new
 * workbook of the core's province sheet models — per commune ranked from the furthest behind, per
 * section, the overdue tasks, the files that could not be read — rendered as the report's sheets are,
 * through exceljs' in-memory workbook, the same in Node and in a browser.
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
  for (const model of provinceSheetModels(province)) renderSheetModel(workbook, model);
  workbook.views = [workbookView(0)];
  return repackaged(await workbookBytes(workbook), dateValue(province.judgedOn));
}

const RANDOM_ID = /\{[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}\}/gi;
const SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

function repackaged(bytes: Uint8Array, time: Date): Uint8Array {
  // Our own package, just written: unzipped as it is, in its order.
  const source = unzipSync(bytes);
  const ids = new Map<string, string>();
  const parts: Zippable = {};
  for (const [name, original] of Object.entries(source)) {
    let data = original;
    if (SHEET_PART.test(name)) {
      const xml = strFromU8(data);
      const numbered = xml.replace(RANDOM_ID, (id) => {
        let fixed = ids.get(id.toUpperCase());
        if (fixed === undefined) ids.set(id.toUpperCase(), (fixed = `{00000000-0000-4000-8000-${String(ids.size + 1).padStart(12, '0')}}`));
        return fixed;
      });
      if (numbered !== xml) data = strToU8(numbered);
    }
    parts[name] = [data, { mtime: time }];
  }
  return zipSync(parts, { level: 6 });
}
