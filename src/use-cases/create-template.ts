import { message } from '../messages/catalogue.js';
import { freeSheetName, PLAN_SHEET_NAME } from '../sheet-model/own-sheet-names.js';
import { templateSheetModel } from '../sheet-model/template-sheet-model.js';
import { missingSettingsSheet, registryAfter, takenNames } from './own-sheet-writes.js';
import { effectiveSettings } from './plan-judging.js';
import { settingsPlanYear } from './plan-settings.js';
import type { UseCaseResult } from './use-case-result.js';
import { NO_WRITES, type WorkbookSnapshot } from './workbook-port.js';

/**
 * "Tạo bảng mẫu": a blank plan in the product's layout on a new sheet (never over an existing one),
 * for the year given, else the settings' plan year, else this year; and the settings sheet when
 * missing. The new sheet is shown.
 */
export function createTemplate(snapshot: WorkbookSnapshot, year?: number): UseCaseResult {
  const planYear = year ?? settingsPlanYear(effectiveSettings(snapshot), snapshot.today);
  const taken = takenNames(snapshot);
  const name = freeSheetName(PLAN_SHEET_NAME, taken);
  taken.push(name);
  const settings = missingSettingsSheet(snapshot, taken, planYear);
  const own = settings === null ? [] : [settings];
  return {
    ok: true,
    sheet: name,
    message: message('TEMPLATE_CREATED', { sheet: name, year: planYear }),
    writes: {
      ...NO_WRITES,
      sheets: [{ model: templateSheetModel({ name, year: planYear }), replace: false, own: false }, ...own],
      registry: registryAfter(snapshot, own),
      doneWordsCell: settings === null && !snapshot.settingsSheet.hasDoneWords,
      activate: name,
    },
  };
}
