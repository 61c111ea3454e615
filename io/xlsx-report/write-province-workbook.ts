import type { ProvinceConsolidation } from '../../src/consolidate/province.js';
import { provinceSheetModels } from '../../src/sheet-model/province-sheet-models.js';
import { writeNewWorkbook } from './new-workbook-package.js';

/**
 * The province workbook (`cchc consolidate`, and the standalone page with many files): a new
 * workbook of the core's province sheet models — per commune ranked from the furthest behind (with
 * a chart of those furthest behind), per section, the overdue tasks, the files that could not be
 * read — written by the report's own package writer, the same in Node and in a browser. Dated by the
 * judging day, so the same inputs give the same bytes.
 */
export async function writeProvinceWorkbook(province: ProvinceConsolidation): Promise<Uint8Array> {
  return writeNewWorkbook(provinceSheetModels(province), { created: province.judgedOn });
}
