/// <reference types="office-js" />
import { loadSettings, saveSettings, type AddinSettings, type SettingsStore } from '../adapters/office/addin-settings.js';
import type { ActionOptions } from '../adapters/office/cchc-actions.js';
import type { HostFeatures } from '../adapters/office/write-sheet.js';
import { todayInVietnam } from '../src/dates/today-in-vietnam.js';

/** The few office.js calls outside `Excel.run` the add-in makes: settings, optional features, today. */
export function documentSettings(): SettingsStore {
  return Office.context.document.settings as unknown as SettingsStore;
}

export function hostFeatures(): HostFeatures {
  const { requirements } = Office.context;
  return { dataValidation: requirements.isSetSupported('ExcelApi', '1.8'), mergedAreas: requirements.isSetSupported('ExcelApi', '1.13'), pageLayout: requirements.isSetSupported('ExcelApi', '1.9') };
}

export function readAddinSettings(): AddinSettings {
  return loadSettings(documentSettings());
}

export function writeAddinSettings(settings: AddinSettings): Promise<void> {
  return saveSettings(documentSettings(), settings);
}

export function actionOptions(settings: AddinSettings, progress?: ActionOptions['progress']): ActionOptions {
  return { today: todayInVietnam(), settings, features: hostFeatures(), ...(progress === undefined ? {} : { progress }) };
}

/** Runs a batch against the workbook, screen updates held back where Excel allows it (ExcelApi 1.9). */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(async (context) => {
    if (Office.context.requirements.isSetSupported('ExcelApi', '1.9')) context.application.suspendScreenUpdatingUntilNextSync();
    return batch(context);
  });
}
