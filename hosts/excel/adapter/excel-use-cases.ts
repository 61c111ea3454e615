/// <reference types="office-js" />
import type { IsoDate } from '../../../src/dates/calendar-date.js';
import type { Dashboard, PlanSettings } from '../../../src/use-cases/dashboard.js';
import type { DashboardAction } from '../../../src/use-cases/dashboard-client.js';
import { inspectPlan } from '../../../src/use-cases/inspect-plan.js';
import { readsPlan, runAction } from '../../../src/use-cases/run-action.js';
import { saveSettings } from '../../../src/use-cases/save-settings.js';
import { showCell } from '../../../src/use-cases/show-cell.js';
import type { UseCaseResult } from '../../../src/use-cases/use-case-result.js';
import { NO_WRITES, type WorkbookSnapshot } from '../../../src/use-cases/workbook-port.js';
import { applyExcelWrites } from './apply-excel-writes.js';
import { readForUseCase } from './excel-snapshot.js';
import { loadSettingsCells, sheetDueSoonDays } from './settings-cells.js';
import type { ChunkProgress, HostFeatures } from './write-sheet.js';

/** What every Excel use case is given: today (the adapter's clock), the settings held, optional features and progress. */
export interface ExcelOptions {
  readonly today: IsoDate;
  readonly settings: PlanSettings;
  readonly features: HostFeatures;
  readonly progress?: ChunkProgress;
}

/** The dashboard: one read (one or two syncs while the plan is on the sheet read), nothing written. */
export async function excelDashboard(context: Excel.RequestContext, options: ExcelOptions): Promise<Dashboard> {
  const reads = await readForUseCase(context, { today: options.today, settings: options.settings, mergedAreas: options.features.mergedAreas });
  return inspectPlan(reads.snapshot);
}

/** Runs a dashboard action: reads, decides, applies the writes. Settings to store are left to the caller (they live outside Excel.run). */
export async function excelAction(context: Excel.RequestContext, action: DashboardAction, options: ExcelOptions): Promise<UseCaseResult> {
  const withPlan = readsPlan(action);
  const read = { today: options.today, settings: options.settings, mergedAreas: options.features.mergedAreas, withRules: action.kind === 'updateStatus' };
  const reads = await readForUseCase(context, read, withPlan);
  const result = runAction(reads.snapshot, action);
  if (result.ok) await applyExcelWrites(context, reads, result.writes, options);
  return result;
}

/** The settings a user saved, checked; a new due-soon window goes into the settings sheet's cell (one sync to read, one more only to write). */
export async function excelSaveSettings(context: Excel.RequestContext, input: unknown, options: Omit<ExcelOptions, 'progress'>): Promise<UseCaseResult> {
  const cells = loadSettingsCells(context.workbook);
  await context.sync();
  const read = cells();
  const snapshot: WorkbookSnapshot = {
    today: options.today,
    sheets: [],
    activeSheet: null,
    registry: [],
    settings: options.settings,
    settingsSheet: { present: read.dueSoon !== null, hasDoneWords: false, daysOff: read.daysOff, dueSoonDays: sheetDueSoonDays(read) },
    grid: () => null,
  };
  const result = saveSettings(snapshot, input);
  if (result.ok && result.writes.dueSoonCell !== null && read.dueSoon !== null) {
    read.dueSoon.range.values = [[result.writes.dueSoonCell]];
    await context.sync();
  }
  return result.ok ? { ...result, writes: { ...NO_WRITES, settings: result.writes.settings } } : result;
}

/** Shows a finding's cell: its sheet activated, the cell selected (one sync to list the sheets, one to select). */
export async function excelShowCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<UseCaseResult> {
  const worksheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const result = showCell({ sheets: worksheets.items.map((item) => ({ name: item.name, visible: true })) }, sheet, cell);
  if (result.ok && result.writes.select !== null) {
    const target = worksheets.getItem(result.writes.select.sheet);
    target.activate();
    target.getRange(result.writes.select.cell).select();
    await context.sync();
  }
  return result;
}
