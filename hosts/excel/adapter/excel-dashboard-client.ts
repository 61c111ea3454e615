/// <reference types="office-js" />
import type { IsoDate } from '../../../src/dates/calendar-date.js';
import type { ActionOutcome, Dashboard, PlanSettings } from '../../../src/use-cases/dashboard.js';
import type { DashboardAction, DashboardClient } from '../../../src/use-cases/dashboard-client.js';
import { actionOutcome, type UseCaseResult } from '../../../src/use-cases/use-case-result.js';
import { excelAction, excelDashboard, excelSaveSettings, excelShowCell } from './excel-use-cases.js';
import { officeErrorMessage } from './office-errors.js';
import type { ChunkProgress, HostFeatures } from './write-sheet.js';

/** What the client needs of the add-in around Excel.run: its batches, the document's settings, its clock and features. */
export interface ExcelHostPort {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** The settings the document holds now (re-read: the ribbon and the pane each keep a copy). */
  loadSettings(): Promise<PlanSettings>;
  storeSettings(settings: PlanSettings): Promise<void>;
  today(): IsoDate;
  features(): HostFeatures;
  progress?: ChunkProgress;
}

/** An office.js failure (or any unforeseen one) as an outcome, in Vietnamese. */
function unexpectedOutcome(error: unknown): ActionOutcome {
  return { ok: false, text: officeErrorMessage(error), sheet: null };
}

/** The Excel add-in's dashboard client: each call one Excel.run over the use cases. */
export function excelDashboardClient(host: ExcelHostPort): DashboardClient {
  const options = async () => ({ today: host.today(), settings: await host.loadSettings(), features: host.features(), ...(host.progress === undefined ? {} : { progress: host.progress }) });
  const outcome = async (work: () => Promise<UseCaseResult>): Promise<ActionOutcome> => {
    try {
      const result = await work();
      if (result.ok && result.writes.settings !== null) await host.storeSettings(result.writes.settings);
      return actionOutcome(result);
    } catch (error) {
      return unexpectedOutcome(error);
    }
  };
  return {
    actions: ['createTemplate', 'updateStatus', 'buildSummary'],
    load: async (): Promise<Dashboard> => {
      const given = await options();
      return host.run((context) => excelDashboard(context, given));
    },
    run: (action: DashboardAction) =>
      outcome(async () => {
        const given = await options();
        return host.run((context) => excelAction(context, action, given));
      }),
    saveSettings: (settings: PlanSettings) =>
      outcome(async () => {
        const given = await options();
        return host.run((context) => excelSaveSettings(context, settings, given));
      }),
    showCell: async (sheet: string, cell: string) => {
      // The contract answers nothing: a sheet gone or an office.js failure is the UI's error to show.
      const shown = await host.run((context) => excelShowCell(context, sheet, cell)).then(actionOutcome, unexpectedOutcome);
      if (!shown.ok) throw new Error(shown.text);
    },
  };
}
