import type { IsoDate } from '../src/dates/calendar-date.js';
import { DUE_SOON_DAYS_MAX, DUE_SOON_DAYS_MIN, isDueSoonDays } from '../src/sheet/due-soon-limits.js';
import type { FormulaConvention } from '../src/sheet/formula-locale.js';
import { DONE_WORDS_TEXT } from '../src/sheet/progress-done-formula.js';
import { DEFAULT_SETTINGS_NAMES } from '../src/sheet/row-formulas.js';
import { readSettingNumber } from '../src/sheet/setting-number.js';
import { doneWordsPlaceFor } from '../src/sheet-model/settings-sheet-model.js';
import { readDateCell } from '../src/status/read-date-cell.js';
import { ensureSheetSize, isDate, type Spreadsheet } from './host.js';
import { calendarDates } from './read-sheet-grid.js';
import type { SidebarSettings } from './sidebar-contract.js';
import { UserError } from './user-error.js';

const KEY = 'CCHC_SETTINGS';

export const DEFAULT_SIDEBAR_SETTINGS: SidebarSettings = { planYear: null, dueSoonDays: 7, planSheet: null };

/** The user's settings, kept with the spreadsheet (DocumentProperties), so every editor shares them. */
export function loadSettings(): SidebarSettings {
  const text = PropertiesService.getDocumentProperties().getProperty(KEY);
  if (text === null) return DEFAULT_SIDEBAR_SETTINGS;
  try {
    return checkSettings({ ...DEFAULT_SIDEBAR_SETTINGS, ...(JSON.parse(text) as Partial<SidebarSettings>) });
  } catch {
    return DEFAULT_SIDEBAR_SETTINGS;
  }
}

export function saveSettings(settings: SidebarSettings): SidebarSettings {
  const checked = checkSettings(settings);
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(checked));
  return checked;
}

/** Settings as the sidebar sent them, checked; a bad value is refused in Vietnamese. */
export function checkSettings(input: Partial<SidebarSettings>): SidebarSettings {
  const planYear = input.planYear === null || input.planYear === undefined || String(input.planYear).trim() === '' ? null : Number(input.planYear);
  if (planYear !== null && (!Number.isInteger(planYear) || planYear < 2000 || planYear > 2100)) {
    throw new UserError('Năm kế hoạch phải là một năm từ 2000 đến 2100, hoặc để trống để lấy năm trong tiêu đề kế hoạch.');
  }
  const typed: unknown = input.dueSoonDays ?? DEFAULT_SIDEBAR_SETTINGS.dueSoonDays;
  // The sidebar's box may send "7" or "7,0" (a Vietnamese decimal comma) as well as 7.
  const dueSoonDays = typeof typed === 'string' ? (readSettingNumber(typed.replace('.', ','), 'semicolon') ?? Number.NaN) : Number(typed);
  if (!isDueSoonDays(dueSoonDays)) {
    throw new UserError(`Số ngày "sắp đến hạn" phải là số nguyên từ ${DUE_SOON_DAYS_MIN} đến ${DUE_SOON_DAYS_MAX}.`);
  }
  const planSheet = typeof input.planSheet === 'string' && input.planSheet.trim() !== '' ? input.planSheet : null;
  return { planYear, dueSoonDays, planSheet };
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
  const free = Math.max(0, held.findIndex((value) => value === '' || value === DONE_WORDS_TEXT));
  const cell = sheet.getRange(place.row + 1, place.column + 1 + free);
  cell.setNumberFormat('@').setValue(DONE_WORDS_TEXT);
  spreadsheet.setNamedRange(DEFAULT_SETTINGS_NAMES.doneWords, cell);
}

/** Puts the sidebar's due-soon window into the settings sheet's cell, when the sheet exists and holds another. */
export function writeDueSoonDays(spreadsheet: Spreadsheet, days: number): void {
  const range = spreadsheet.getRangeByName(DEFAULT_SETTINGS_NAMES.dueSoonDays);
  if (range !== null && range.getValue() !== days) range.setValue(days);
}
