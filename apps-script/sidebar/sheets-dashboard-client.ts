import type { ServerFunction } from '../entry-points.js';
import type { ActionResult, Dashboard as SidebarDashboard, SidebarSettings } from '../sidebar-contract.js';
import { DEFAULT_BOUNDARIES } from '../../src/summary/report-periods.js';
import type { ActionOutcome, Dashboard } from '../../src/use-cases/dashboard.js';
import type { DashboardClient } from '../../src/use-cases/dashboard-client.js';
import type { StatusCode } from '../../src/status/status-codes.js';
import { STATUS_CODES } from '../../src/status/status-codes.js';

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

/** Calls a server function; resolves with its result, rejects with its (Vietnamese) message. */
function call<T>(name: ServerFunction, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler((value) => resolve(value as T)).withFailureHandler((error) => reject(error));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

const done = (result: ActionResult): ActionOutcome => ({ ok: true, text: result.message, sheet: result.sheet });

/**
 * The Sheets sidebar's dashboard client over today's server functions (apps-script/main.ts), their
 * answers turned into the one dashboard's shape. Temporary: the use-case layer's server functions and
 * client of the same name take its place at merge (the period boundaries are not kept in Sheets yet).
 */
export function sheetsDashboardClient(): DashboardClient {
  return {
    actions: ['updateStatus', 'createTemplate', 'buildSummary'],
    async load() {
      return fromSidebar(await call<SidebarDashboard>('sidebarDashboard'));
    },
    async run(action) {
      if (action.kind === 'updateStatus') return done(await call<ActionResult>('sidebarUpdateStatus'));
      if (action.kind === 'createTemplate') return done(await call<ActionResult>('sidebarCreateTemplate'));
      return done(await call<ActionResult>('sidebarMakeSummary', action.period));
    },
    async saveSettings(settings) {
      const kept: SidebarSettings = { planYear: settings.planYear, dueSoonDays: settings.dueSoonDays, planSheet: settings.planSheet };
      await call<SidebarSettings>('sidebarSaveSettings', kept);
      return { ok: true, text: 'Đã lưu cài đặt.', sheet: null };
    },
    async showCell(sheet, cell) {
      await call<void>('sidebarSelectCell', sheet, cell);
    },
  };
}

function fromSidebar(board: SidebarDashboard): Dashboard {
  const counts = Object.fromEntries(STATUS_CODES.map((code) => [code, board.counts.find((count) => count.code === code)?.count ?? 0])) as Record<StatusCode, number>;
  const settings = { ...board.settings, boundaries: DEFAULT_BOUNDARIES };
  const base = { today: board.today, sheets: board.sheets, settings, periods: board.periods, defaultPeriod: board.defaultPeriod };
  if (board.planSheet === null) return { ...base, plan: null, problem: board.message };
  const findings = board.findings.map((finding) => ({ sheet: finding.sheet, cell: finding.cell, severity: finding.severity, text: finding.message }));
  const plan = { sheet: board.planSheet, title: board.planTitle, year: board.planYear ?? Number(board.today.slice(0, 4)), tasks: board.taskCount, counts, findings, moreFindings: board.moreFindings };
  return { ...base, plan, problem: '' };
}
