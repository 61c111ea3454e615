/// <reference types="office-js" />
import type { IsoDate } from '../../../src/dates/calendar-date.js';
import { isDueSoonDays } from '../../../src/sheet/due-soon-limits.js';
import { DEFAULT_SETTINGS_NAMES } from '../../../src/sheet/row-formulas.js';
import { readDateCell } from '../../../src/status/read-date-cell.js';

/** What the settings sheet says, read by its defined names: what the live formulas on the plan sheet use. */
export interface SettingsCells {
  /** The dates listed under NgayNghi (holidays and the user's own days off); none without the name. */
  readonly daysOff: readonly IsoDate[];
  /** The due-soon window cell (SoNgaySapDenHan) and what it holds; null without the name. */
  readonly dueSoon: { readonly range: Excel.Range; readonly value: unknown } | null;
}

/**
 * Queues the read of the cells behind NgayNghi and SoNgaySapDenHan (a null object where a name is
 * missing), for the caller's sync; the returned function gives what they hold once synced.
 */
export function loadSettingsCells(workbook: Excel.Workbook): () => SettingsCells {
  const named = (name: string) => workbook.names.getItemOrNullObject(name).getRangeOrNullObject().load('values');
  const daysOff = named(DEFAULT_SETTINGS_NAMES.daysOff);
  const dueSoon = named(DEFAULT_SETTINGS_NAMES.dueSoonDays);
  return () => {
    const days = new Set<IsoDate>();
    if (!daysOff.isNullObject) {
      for (const value of daysOff.values.flat()) {
        const { date } = readDateCell(typeof value === 'number' || typeof value === 'string' ? value : null);
        if (date !== null) days.add(date);
      }
    }
    return { daysOff: [...days].sort(), dueSoon: dueSoon.isNullObject ? null : { range: dueSoon, value: dueSoon.values[0]?.[0] } };
  };
}

/** The due-soon window typed on the settings sheet, when it holds an allowed one: the live formulas use it. */
export function sheetDueSoonDays(cells: SettingsCells): number | null {
  const value = cells.dueSoon?.value;
  return isDueSoonDays(value) ? value : null;
}

/** Queues writing a due-soon window saved in the pane into the settings cell, when that says otherwise. Returns whether it did. */
export function queueDueSoonDays(cells: SettingsCells, days: number): boolean {
  if (cells.dueSoon === null || cells.dueSoon.value === days) return false;
  cells.dueSoon.range.values = [[days]];
  return true;
}
