import type { IsoDate } from '../../src/dates/calendar-date.js';
import { DEFAULT_BOUNDARIES } from '../../src/summary/report-periods.js';
import type { PeriodBoundaries } from '../../src/summary/summary.js';

/** The add-in's settings, kept in the workbook's document settings so that they travel with the file. */
export interface AddinSettings {
  /** The plan's year when the user sets it; otherwise read from the plan's title. */
  readonly planYear: number | null;
  /** Days before a due date when a task is due soon. */
  readonly dueSoonDays: number;
  /** Day-of-month boundaries of the Ministry's report periods. */
  readonly boundaries: PeriodBoundaries;
  /** The sheet last used as the plan, for the ribbon's one-click summary. */
  readonly planSheet: string | null;
  /** The office's own days off. */
  readonly daysOff: readonly IsoDate[];
}

export const DEFAULT_SETTINGS: AddinSettings = { planYear: null, dueSoonDays: 7, boundaries: DEFAULT_BOUNDARIES, planSheet: null, daysOff: [] };

/** The key under which the settings are stored (one JSON-able object). */
export const SETTINGS_KEY = 'cchc';

const day = (value: unknown, fallback: number) => (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 31 ? (value as number) : fallback);

/**
 * Settings from whatever the document holds: missing or wrong values take their defaults, so a file
 * edited by hand or by an older version never breaks the add-in.
 */
export function parseAddinSettings(raw: unknown): AddinSettings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
  const value = raw as Record<string, unknown>;
  const boundaries = (typeof value.boundaries === 'object' && value.boundaries !== null ? value.boundaries : {}) as Record<string, unknown>;
  const year = value.planYear;
  const dueSoon = value.dueSoonDays;
  return {
    planYear: Number.isInteger(year) && (year as number) >= 2000 && (year as number) <= 2100 ? (year as number) : null,
    dueSoonDays: Number.isInteger(dueSoon) && (dueSoon as number) >= 0 && (dueSoon as number) <= 365 ? (dueSoon as number) : 7,
    boundaries: {
      dataStartDay: day(boundaries.dataStartDay, DEFAULT_BOUNDARIES.dataStartDay),
      cutOffDay: day(boundaries.cutOffDay, DEFAULT_BOUNDARIES.cutOffDay),
      reportDueDay: day(boundaries.reportDueDay, DEFAULT_BOUNDARIES.reportDueDay),
    },
    planSheet: typeof value.planSheet === 'string' && value.planSheet !== '' ? value.planSheet : null,
    daysOff: Array.isArray(value.daysOff) ? value.daysOff.filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d)) : [],
  };
}

/** Where settings are kept: `Office.context.document.settings` in Excel, a plain object in tests and outside Office. */
export interface SettingsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

export function loadSettings(store: SettingsStore): AddinSettings {
  return parseAddinSettings(store.get(SETTINGS_KEY));
}

/** Saves the settings into the document (they are written to the file with its next save). */
export function saveSettings(store: SettingsStore, settings: AddinSettings): Promise<void> {
  store.set(SETTINGS_KEY, settings);
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => (result.status === 'failed' ? reject(new Error(result.error?.message ?? 'saveAsync failed')) : resolve()));
  });
}
