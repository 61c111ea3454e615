import type { IsoDate } from '../../src/dates/calendar-date.js';
import { countByStatus } from '../../src/plan/count-by-status.js';
import type { AssessedPlan } from '../../src/plan/assess-plan.js';
import { DASHBOARD_FINDINGS_MAX, type Dashboard, type PlanSettings } from '../../src/use-cases/dashboard.js';
import type { DashboardClient } from '../../src/use-cases/dashboard-client.js';
import { dashboardPeriods } from '../../src/use-cases/dashboard-periods.js';

/** What the page holds now: the plan read from the chosen file and judged on the as-of date, or why none was. */
export interface PageState {
  readonly assessed: AssessedPlan | null;
  readonly fileName: string;
  readonly problem: string;
  readonly asOf: IsoDate;
  readonly settings: PlanSettings;
}

/**
 * The page's dashboard client, in-page calls over the file the user chose: no action writes in place
 * (the report is downloaded in step 4), settings live for the page's session. Temporary: the use-case
 * layer's client of the same name takes its place at merge.
 */
export function pageDashboardClient(state: () => PageState, hooks: { onSettings(settings: PlanSettings): void; onShowCell(cell: string): void }): DashboardClient {
  return {
    actions: [],
    async load(): Promise<Dashboard> {
      const { assessed, fileName, problem, asOf, settings } = state();
      const year = settings.planYear ?? (assessed === null ? Number(asOf.slice(0, 4)) : assessed.plan.plan.year);
      const base = { today: asOf, sheets: [], settings, ...dashboardPeriods(year, asOf, settings.boundaries) };
      if (assessed === null) return { ...base, plan: null, problem };
      const findings = assessed.issues.slice(0, DASHBOARD_FINDINGS_MAX).map((finding) => ({ sheet: fileName, cell: finding.cell, severity: finding.severity, text: finding.message }));
      const { plan } = assessed.plan;
      return {
        ...base,
        plan: { sheet: fileName, title: plan.title, year: plan.year, tasks: assessed.tasks.length, counts: countByStatus(assessed), findings, moreFindings: assessed.issues.length - findings.length },
        problem: '',
      };
    },
    async run(action) {
      return { ok: false, text: `Trang không làm việc “${action.kind}” tại chỗ: hãy tải tệp báo cáo ở bước 4.`, sheet: null };
    },
    async saveSettings(settings) {
      hooks.onSettings(settings);
      return { ok: true, text: 'Đã áp dụng cài đặt cho trang này.', sheet: null };
    },
    async showCell(_sheet, cell) {
      hooks.onShowCell(cell);
    },
  };
}
