import ExcelJS from 'exceljs';
import type { ProvinceConsolidation } from '../../src/consolidate/province.js';
import { provinceSheetModels } from '../../src/sheet-model/province-sheet-models.js';
import { renderSheetModel } from './render-sheet-model.js';
import { dateValue } from './report-styles.js';
import { workbookBytes } from './workbook-bytes.js';
import { workbookView } from './write-report-workbook.js';

/**
 * The province workbook (`cchc consolidate`, and the standalone page with many files): a new
 * workbook of the core's province sheet models — per commune ranked from the furthest behind, per
 * section, the overdue tasks, the files that could not be read — rendered as the report's sheets are.
 * Written through exceljs' in-memory workbook, the same in Node and in a browser; its dates are the
 * judging day's, so that the same inputs give the same workbook.
 */
export async function writeProvinceWorkbook(province: ProvinceConsolidation): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cchc';
  workbook.lastModifiedBy = 'cchc';
  workbook.created = dateValue(province.judgedOn);
  workbook.modified = dateValue(province.judgedOn);
  for (const model of provinceSheetModels(province)) renderSheetModel(workbook, model);
  workbook.views = [workbookView(0)];
  return workbookBytes(workbook);
}
