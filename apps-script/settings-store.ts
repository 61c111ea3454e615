import type { IsoDate } from '../src/dates/calendar-date.js';
import { DEFAULT_SETTINGS_NAMES } from '../src/sheet/row-formulas.js';
import { isDate, type Spreadsheet } from './host.js';
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
  const dueSoonDays = Number(input.dueSoonDays ?? DEFAULT_SIDEBAR_SETTINGS.dueSoonDays);
  if (!Number.isInteger(dueSoonDays) || dueSoonDays < 0 || dueSoonDays > 90) {
    throw new UserError('Số ngày "sắp đến hạn" phải là số nguyên từ 0 đến 90.');
  }
  const planSheet = typeof input.planSheet === 'string' && input.planSheet.trim() !== '' ? input.planSheet : null;
  return { planYear, dueSoonDays, planSheet };
}

/**
 * The user's own days off as the settings sheet lists them (the range named NgayNghi), so that
 * rewriting the settings sheet keeps what they added. The built-in holidays are in the list too; the
 * core adds them again anyway, so keeping them all is harmless.
 */
export function readDaysOff(spreadsheet: Spreadsheet, timeZone: string): IsoDate[] {
  const range = spreadsheet.getRangeByName(DEFAULT_SETTINGS_NAMES.daysOff);
  if (range === null) return [];
  const toDate = calendarDates(timeZone);
  const days = new Set<IsoDate>();
  for (const row of range.getValues()) {
    for (const value of row) if (isDate(value) && !Number.isNaN(value.getTime())) days.add(toDate(value));
  }
  return [...days].sort();
}

/**
 * The as-of date the user pinned on the settings sheet in place of `=TODAY()`, so that rewriting the
 * sheet keeps it; null while the cell still follows today.
 */
export function readPinnedAsOf(spreadsheet: Spreadsheet, timeZone: string): IsoDate | null {
  const range = spreadsheet.getRangeByName(DEFAULT_SETTINGS_NAMES.asOf);
  if (range === null || range.getFormulas()[0]?.[0]) return null;
  const value: unknown = range.getValues()[0]?.[0];
  return isDate(value) && !Number.isNaN(value.getTime()) ? calendarDates(timeZone)(value) : null;
}
