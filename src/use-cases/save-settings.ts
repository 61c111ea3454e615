import { message } from '../messages/catalogue.js';
import { checkSettings } from './plan-settings.js';
import { failed, type UseCaseResult } from './use-case-result.js';
import { NO_WRITES, type WorkbookSnapshot } from './workbook-port.js';

/**
 * Keeps the settings the user typed with the document, over those it holds; a new due-soon window
 * goes into the settings sheet's cell too, when the sheet exists and holds another, since the live
 * formulas read it there. A value outside its limits is refused.
 */
export function saveSettings(snapshot: WorkbookSnapshot, input: unknown): UseCaseResult {
  const checked = checkSettings(input, snapshot.settings);
  if (!checked.ok) return failed(checked.message);
  const { settings } = checked;
  const cell = snapshot.settingsSheet.present && snapshot.settingsSheet.dueSoonDays !== settings.dueSoonDays ? settings.dueSoonDays : null;
  return { ok: true, sheet: null, message: message('SETTINGS_SAVED', {}), writes: { ...NO_WRITES, settings, dueSoonCell: cell } };
}
