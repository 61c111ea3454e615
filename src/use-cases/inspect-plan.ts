import { renderMessage } from '../messages/catalogue.js';
import { countByStatus } from '../plan/count-by-status.js';
import { DASHBOARD_FINDINGS_MAX, type Dashboard, type DashboardPlan } from './dashboard.js';
import { findPlanSheet, userSheets } from './find-plan-sheet.js';
import { effectiveSettings, judgeToday } from './plan-judging.js';
import { settingsPlanYear } from './plan-settings.js';
import type { WorkbookSnapshot } from './workbook-port.js';
import { dashboardPeriods } from './dashboard-periods.js';

/**
 * What the dashboard shows, in every host: the plan found by the one rule and judged today (counts
 * by status, findings naming their cells), or why none was found; the settings as they apply; the
 * report periods of the plan's year. Nothing is written.
 */
export function inspectPlan(snapshot: WorkbookSnapshot): Dashboard {
  const settings = effectiveSettings(snapshot);
  const search = findPlanSheet(snapshot);
  let plan: DashboardPlan | null = null;
  if (search.found) {
    const assessed = judgeToday(snapshot, search.plan);
    plan = {
      sheet: search.sheet,
      title: search.plan.plan.title,
      year: search.plan.plan.year,
      tasks: assessed.tasks.length,
      counts: countByStatus(assessed),
      findings: assessed.issues.slice(0, DASHBOARD_FINDINGS_MAX).map((issue) => ({ sheet: search.sheet, cell: issue.cell, severity: issue.severity, text: issue.message })),
      moreFindings: Math.max(0, assessed.issues.length - DASHBOARD_FINDINGS_MAX),
    };
  }
  return {
    today: snapshot.today,
    sheets: userSheets(snapshot),
    settings,
    plan,
    problem: search.found ? '' : renderMessage(search.message),
    ...dashboardPeriods(plan?.year ?? settingsPlanYear(settings, snapshot.today), snapshot.today, settings.boundaries),
  };
}
