import type { ActionOutcome, Dashboard, PlanSettings } from '../../../src/use-cases/dashboard.js';
import type { DashboardAction, DashboardClient } from '../../../src/use-cases/dashboard-client.js';
import type { ServerFunction } from '../entry-points.js';

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

/** Calls a server function; resolves with its result, rejects with the (Vietnamese) message of an unforeseen failure. */
function call<T>(name: ServerFunction, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler((value) => resolve(value as T)).withFailureHandler((error) => reject(error));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

/** The Sheets sidebar's client: the server functions of hosts/sheets/main.ts through google.script.run. */
export const sheetsDashboardClient: DashboardClient = {
  actions: ['createTemplate', 'updateStatus', 'buildSummary'],
  load: () => call<Dashboard>('sidebarDashboard'),
  run: (action: DashboardAction) => call<ActionOutcome>('sidebarRun', action),
  saveSettings: (settings: PlanSettings) => call<ActionOutcome>('sidebarSaveSettings', settings),
  showCell: async (sheet: string, cell: string) => {
    const outcome = await call<ActionOutcome>('sidebarShowCell', sheet, cell);
    if (!outcome.ok) throw new Error(outcome.text);
  },
};
