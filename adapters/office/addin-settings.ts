import { isDueSoonDays } from '../../src/sheet/due-soon-limits.js';
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
}

export const DEFAULT_SETTINGS: AddinSettings = { planYear: null, dueSoonDays: 7, boundaries: DEFAULT_BOUNDARIES, planSheet: null };

/** The key under which the settings are stored (one JSON-able object). */
export const SETTINGS_KEY = 'cchc';

/** The plan years and the days of month a user may set, bounds included. */
export const PLAN_YEAR_MIN = 2000;
export const PLAN_YEAR_MAX = 2100;
export const BOUNDARY_DAY_MIN = 1;
export const BOUNDARY_DAY_MAX = 31;

const within = (value: unknown, min: number, max: number): value is number => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
const day = (value: unknown, fallback: number) => (within(value, BOUNDARY_DAY_MIN, BOUNDARY_DAY_MAX) ? value : fallback);

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
    planYear: within(year, PLAN_YEAR_MIN, PLAN_YEAR_MAX) ? year : null,
    dueSoonDays: isDueSoonDays(dueSoon) ? dueSoon : DEFAULT_SETTINGS.dueSoonDays,
    boundaries: {
      dataStartDay: day(boundaries.dataStartDay, DEFAULT_BOUNDARIES.dataStartDay),
      cutOffDay: day(boundaries.cutOffDay, DEFAULT_BOUNDARIES.cutOffDay),
      reportDueDay: day(boundaries.reportDueDay, DEFAULT_BOUNDARIES.reportDueDay),
    },
    planSheet: typeof value.planSheet === 'string' && value.planSheet !== '' ? value.planSheet : null,
  };
}

type AsyncCallback = (result: { status: string; error?: { message: string } }) => void;

/** Where settings are kept: `Office.context.document.settings` in Excel, a plain object in tests and outside Office. */
export interface SettingsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  saveAsync(callback?: AsyncCallback): void;
  refreshAsync?(callback?: AsyncCallback): void;
}

export function loadSettings(store: SettingsStore): AddinSettings {
  return parseAddinSettings(store.get(SETTINGS_KEY));
}

/**
 * Re-reads the settings the document holds: the ribbon command and the task pane each keep their own
 * copy, and the other may have saved since. Where refreshing is not offered or fails, the copy held
 * is used as it is.
 */
export function refreshSettings(store: SettingsStore): Promise<void> {
  return new Promise((resolve) => {
    if (typeof store.refreshAsync !== 'function') return resolve();
    try {
      store.refreshAsync(() => resolve());
    } catch {
      resolve();
    }
  });
}

/** Saves one value into the document, over the settings it holds now (they are written to the file with its next save). */
export async function saveSetting(store: SettingsStore, key: string, value: unknown): Promise<void> {
  await refreshSettings(store);
  store.set(key, value);
  await new Promise<void>((resolve, reject) => {
    store.saveAsync((result) => (result.status === 'failed' ? reject(new Error(result.error?.message ?? 'saveAsync failed')) : resolve()));
  });
}

export function saveSettings(store: SettingsStore, settings: AddinSettings): Promise<void> {
  return saveSetting(store, SETTINGS_KEY, settings);
}
