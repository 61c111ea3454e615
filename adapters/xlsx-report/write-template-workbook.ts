import { settingsSheetModel } from '../../src/sheet-model/settings-sheet-model.js';
import { templateSheetModel } from '../../src/sheet-model/template-sheet-model.js';
import { OWN_SHEETS_VERSION } from '../../src/sheet-model/own-sheets.js';
import { writeRegistrySheet } from './registry-sheet.js';
import { renderSheetModel } from './render-sheet-model.js';
import { PLAN_SHEET_NAME, SETTINGS_SHEET_NAME } from '../../src/sheet-model/own-sheet-names.js';
import ExcelJS from 'exceljs';
import { streamWorkbook, workbookBytes } from './workbook-bytes.js';
import { workbookView } from './write-report-workbook.js';

export { TEMPLATE_ROWS_PER_SECTION, TEMPLATE_SECTIONS, TEMPLATE_WAITING_STATUS } from '../../src/sheet-model/template-sheet-model.js';

/**
 * A blank plan in the product's layout: the sheet "Theo dõi CCHC" titled "KẾ HOẠCH CẢI CÁCH HÀNH
 * CHÍNH NĂM {year}", with the canonical columns, the seven usual sections and a few empty numbered
 * task rows under each (progress dropdown, date validation, due-date and status formulas, status
 * colours), the settings sheet and the registry — so that the report can later rebuild it in place.
 * The sheets are the core's models (`templateSheetModel`, `settingsSheetModel`), as the add-ins write them.
 * `inMemory` writes through exceljs' in-memory workbook, as a browser page must (see `writeReportWorkbook`).
 */
export async function writeTemplateWorkbook(options: { year: number; inMemory?: boolean }): Promise<Uint8Array> {
  const { year } = options;
  const writeAll = (workbook: ExcelJS.Workbook) => {
    renderSheetModel(workbook, templateSheetModel({ name: PLAN_SHEET_NAME, year }));
    renderSheetModel(workbook, settingsSheetModel({ name: SETTINGS_SHEET_NAME, planYear: year, dueSoonDays: 7, daysOff: [], today: `${year}-01-01` }));
    writeRegistrySheet(workbook, [
      { name: PLAN_SHEET_NAME, role: 'plan', version: OWN_SHEETS_VERSION, period: '' },
      { name: SETTINGS_SHEET_NAME, role: 'settings', version: OWN_SHEETS_VERSION, period: '' },
    ]);
    workbook.views = [workbookView(0)];
  };
  if (options.inMemory !== true) return streamWorkbook(writeAll);
  const workbook = new ExcelJS.Workbook();
  writeAll(workbook);
  return workbookBytes(workbook);
}
