import { settingsSheetModel } from '../../src/sheet-model/settings-sheet-model.js';
import { templateSheetModel } from '../../src/sheet-model/template-sheet-model.js';
import { PLAN_SHEET_NAME, SETTINGS_SHEET_NAME } from '../../src/sheet-model/own-sheet-names.js';
import { writeReportPackage } from './report-package.js';
import { DEFAULT_DUE_SOON_DAYS } from '../../src/use-cases/plan-settings.js';

export { TEMPLATE_ROWS_PER_SECTION, TEMPLATE_SECTIONS, TEMPLATE_WAITING_STATUS } from '../../src/sheet-model/template-sheet-model.js';

/**
 * A blank plan in the product's layout: the sheet "Theo dõi CCHC" titled "KẾ HOẠCH CẢI CÁCH HÀNH
 * CHÍNH NĂM {year}", with the canonical columns, the seven usual sections and a few empty numbered
 * task rows under each (progress dropdown, date validation, due-date and status formulas, status
 * colours), the settings sheet and the registry — so that the report can later rebuild it in place.
 * The sheets are the core's models (`templateSheetModel`, `settingsSheetModel`), as the add-ins write
 * them, written by the report's own package writer.
 */
export async function writeTemplateWorkbook(options: { year: number }): Promise<Uint8Array> {
  const { year } = options;
  const today = `${year}-01-01` as const;
  return writeReportPackage(
    undefined,
    (names) => ({
      plan: templateSheetModel({ name: names.plan, year }),
      settings: settingsSheetModel({ name: names.settings, planYear: year, dueSoonDays: DEFAULT_DUE_SOON_DAYS, daysOff: [], today }),
    }),
    { plan: PLAN_SHEET_NAME, summary: '', settings: SETTINGS_SHEET_NAME, period: '', created: today },
  ).bytes;
}
