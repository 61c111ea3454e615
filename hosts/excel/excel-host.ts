/// <reference types="office-js" />
import { loadSettings, refreshSettings, saveSettings, type SettingsStore } from './adapter/addin-settings.js';
import { excelDashboardClient } from './adapter/excel-dashboard-client.js';
import type { ChunkProgress, HostFeatures } from './adapter/write-sheet.js';
import type { DashboardClient } from '../../src/use-cases/dashboard-client.js';
import type { PlanSettings } from '../../src/use-cases/dashboard.js';
import { todayInVietnam } from '../../src/dates/today-in-vietnam.js';

/** The few office.js calls outside `Excel.run` the add-in makes: settings, optional features, today. */
export function documentSettings(): SettingsStore {
  return Office.context.document.settings as unknown as SettingsStore;
}

export function hostFeatures(): HostFeatures {
  const { requirements } = Office.context;
  return { dataValidation: requirements.isSetSupported('ExcelApi', '1.8'), mergedAreas: requirements.isSetSupported('ExcelApi', '1.13'), pageLayout: requirements.isSetSupported('ExcelApi', '1.9') };
}

/** The settings the document holds now: the ribbon command and the task pane each keep a copy, and the other may have saved since. */
export async function readAddinSettings(): Promise<PlanSettings> {
  await refreshSettings(documentSettings());
  return loadSettings(documentSettings());
}

export function writeAddinSettings(settings: PlanSettings): Promise<void> {
  return saveSettings(documentSettings(), settings);
}

/** Runs a batch against the workbook, screen updates held back where Excel allows it (ExcelApi 1.9). */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(async (context) => {
    if (Office.context.requirements.isSetSupported('ExcelApi', '1.9')) context.application.suspendScreenUpdatingUntilNextSync();
    return batch(context);
  });
}

/** The dashboard client over this workbook; `progress` hears the rows written by the action under way. */
export function excelClient(progress?: ChunkProgress): DashboardClient {
  return excelDashboardClient({
    run: runExcel,
    loadSettings: readAddinSettings,
    storeSettings: writeAddinSettings,
    today: todayInVietnam,
    features: hostFeatures,
    ...(progress === undefined ? {} : { progress }),
  });
}
