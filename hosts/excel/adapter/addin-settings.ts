import type { PlanSettings } from '../../../src/use-cases/dashboard.js';
import { parseStoredSettings } from '../../../src/use-cases/plan-settings.js';

/** The key under which the settings are stored in the workbook's document settings (one JSON-able object), so that they travel with the file. */
export const SETTINGS_KEY = 'cchc';

type AsyncCallback = (result: { status: string; error?: { message: string } }) => void;

/** Where settings are kept: `Office.context.document.settings` in Excel, a plain object in tests and outside Office. */
export interface SettingsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  saveAsync(callback?: AsyncCallback): void;
  refreshAsync?(callback?: AsyncCallback): void;
}

export function loadSettings(store: SettingsStore): PlanSettings {
  return parseStoredSettings(store.get(SETTINGS_KEY));
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

export function saveSettings(store: SettingsStore, settings: PlanSettings): Promise<void> {
  return saveSetting(store, SETTINGS_KEY, settings);
}
