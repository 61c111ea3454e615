import type { IsoDate } from '../../src/dates/calendar-date.js';
import { isDueSoonDays } from '../../src/sheet/due-soon-limits.js';
import type { FormulaConvention } from '../../src/sheet/formula-locale.js';
import { DONE_WORDS_TEXT } from '../../src/sheet/progress-done-formula.js';
import { DEFAULT_SETTINGS_NAMES } from '../../src/sheet/row-formulas.js';
import { readSettingNumber } from '../../src/sheet/setting-number.js';
import { doneWordsPlaceFor } from '../../src/sheet-model/settings-sheet-model.js';
import { readDateCell } from '../../src/status/read-date-cell.js';
import { ensureSheetSize, isDate, type Spreadsheet } from './host.js';
import { calendarDates } from './read-sheet-grid.js';
import type { PlanSettings } from '../../src/use-cases/dashboard.js';
import { parseStoredSettings } from '../../src/use-cases/plan-settings.js';

const KEY = 'CCHC_SETTINGS';

/** The user's settings, kept with the spreadsheet (DocumentProperties), so every editor shares them. */
export function loadSettings(): PlanSettings {
  return parseStoredSettings(PropertiesService.getDocumentProperties().getProperty(KEY) ?? undefined);
}

export function storeSettings(settings: PlanSettings): void {
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(settings));
}

/**
 * The days off the settings sheet lists (the range named NgayNghi): the built-in holidays, which the
 * core adds anyway, and the user's own: date cells, and dates typed as text ("02/09/2026", day
 * first, as in a cell formatted as plain text or a spreadsheet of a locale that reads it otherwise).
 * None while the spreadsheet has no settings sheet.
 */
export function readDaysOff(spreadsheet: Spreadsheet, timeZone: string): IsoDate[] {
  const range = spreadsheet.getRangeByName(DEFAULT_SETTINGS_NAMES.daysOff);
  if (range === null) return [];
  const toDate = calendarDates(timeZone);
  const days = new Set<IsoDate>();
  for (const row of range.getValues()) {
    for (const value of row) {
      if (isDate(value)) {
        if (!Number.isNaN(value.getTime())) days.add(toDate(value));
      } else if (typeof value === 'string' || typeof value === 'number') {
        const { date } = readDateCell(value === '' ? null : value);
        if (date !== null) days.add(date);
      }
    }
  }
  return [...days].sort();
}

/** Whether the spreadsheet has the settings sheet the live formulas read (its as-of date's name). */
export function hasSettingsSheet(spreadsheet: Spreadsheet): boolean {
  return spreadsheet.getRangeByName(DEFAULT_SETTINGS_NAMES.asOf) !== null;
}

/** Whether that sheet has its done-words cell (one written by an older version has not). */
export function hasDoneWords(spreadsheet: Spreadsheet): boolean {
  return spreadsheet.getRangeByName(DEFAULT_SETTINGS_NAMES.doneWords) !== null;
}

/**
 * The due-soon window typed on the settings sheet (the cell named SoNgaySapDenHan), a number or a text
 * the spreadsheet's locale writes ("7", "7,0" in Việt Nam); null when missing or not allowed.
 */
export function readDueSoonDays(spreadsheet: Spreadsheet, convention: FormulaConvention): number | null {
  const value = readSettingNumber(spreadsheet.getRangeByName(DEFAULT_SETTINGS_NAMES.dueSoonDays)?.getValue(), convention);
  return isDueSoonDays(value) ? value : null;
}

/**
 * Gives a settings sheet written before the done texts had a named cell (DsHoanThanh) that cell,
 * beside the as-of date's row (`doneWordsPlaceFor`), so that the status formulas that name it work.
 * Nothing changes when the name is there.
 */
export function ensureDoneWords(spreadsheet: Spreadsheet): void {
  if (spreadsheet.getRangeByName(DEFAULT_SETTINGS_NAMES.doneWords) !== null) return;
  const asOf = spreadsheet.getRangeByName(DEFAULT_SETTINGS_NAMES.asOf);
  if (asOf === null) return;
  const sheet = asOf.getSheet();
  const place = doneWordsPlaceFor({ row: asOf.getRow() - 1, column: asOf.getColumn() - 1 });
  ensureSheetSize(sheet, place.row + 1, place.column + place.tries);
  const row = sheet.getRange(place.row + 1, place.column + 1, 1, place.tries);
  const held = row.getValues()[0] ?? [];
  const free = Math.max(
    0,
    held.findIndex((value) => value === '' || value === DONE_WORDS_TEXT),
  );
  const cell = sheet.getRange(place.row + 1, place.column + 1 + free);
  cell.setNumberFormat('@').setValue(DONE_WORDS_TEXT);
  spreadsheet.setNamedRange(DEFAULT_SETTINGS_NAMES.doneWords, cell);
}

/** Puts a saved due-soon window into the settings sheet's cell. */
export function writeDueSoonDays(spreadsheet: Spreadsheet, days: number): void {
  spreadsheet.getRangeByName(DEFAULT_SETTINGS_NAMES.dueSoonDays)?.setValue(days);
}
