import { SETTINGS_SHEET_NAME, sheetNameKey } from '../sheet-model/own-sheet-names.js';
import { OWN_SHEETS_VERSION, type OwnSheet, type OwnSheetRole } from '../sheet-model/own-sheets.js';
import { placeOwnSheet } from '../sheet-model/place-own-sheet.js';
import { settingsSheetModel } from '../sheet-model/settings-sheet-model.js';
import type { DetailedSheetModel } from '../sheet-model/sheet-model.js';
import { effectiveSettings } from './plan-judging.js';
import type { SheetWrite, WorkbookSnapshot } from './workbook-port.js';

/** One of the product's sheets to write, with its registry line. */
export interface OwnSheetWrite extends SheetWrite {
  readonly entry: OwnSheet;
}

/** Where one of the product's sheets goes (over ours of that role, else a free name), its name then taken. */
export function ownSheet(snapshot: WorkbookSnapshot, taken: string[], role: OwnSheetRole, wanted: string, build: (name: string) => DetailedSheetModel, period = ''): OwnSheetWrite {
  const { name, replace } = placeOwnSheet(snapshot.registry, taken, role, wanted, period);
  if (!replace) taken.push(name);
  return { model: build(name), replace, own: true, entry: { name, role, version: OWN_SHEETS_VERSION, period } };
}

/**
 * The settings sheet the live formulas read, when the workbook lacks it (its names are missing);
 * once there it is the user's to edit and is never rewritten.
 */
export function missingSettingsSheet(snapshot: WorkbookSnapshot, taken: string[], planYear: number): OwnSheetWrite | null {
  if (snapshot.settingsSheet.present) return null;
  const { dueSoonDays } = effectiveSettings(snapshot);
  return ownSheet(snapshot, taken, 'settings', SETTINGS_SHEET_NAME, (name) => settingsSheetModel({ name, planYear, dueSoonDays, daysOff: snapshot.settingsSheet.daysOff, today: snapshot.today }));
}

/** The registry after writing these sheets: the lines still true, without the rewritten ones, then the new ones; null when unchanged. */
export function registryAfter(snapshot: WorkbookSnapshot, written: readonly OwnSheetWrite[]): OwnSheet[] | null {
  if (written.length === 0) return null;
  const present = new Set(snapshot.sheets.map((sheet) => sheetNameKey(sheet.name)));
  const rewritten = new Set(written.map((sheet) => sheetNameKey(sheet.entry.name)));
  const kept = snapshot.registry.filter((entry) => present.has(sheetNameKey(entry.name)) && !rewritten.has(sheetNameKey(entry.name)));
  return [...kept, ...written.map((sheet) => sheet.entry)];
}

/** The sheet names a new sheet must not take. */
export function takenNames(snapshot: WorkbookSnapshot): string[] {
  return snapshot.sheets.map((sheet) => sheet.name);
}
