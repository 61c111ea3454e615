import type { IsoDate } from '../../src/dates/calendar-date.js';
import type { Dashboard } from '../../src/use-cases/dashboard.js';
import { dashboardPeriods } from '../../src/use-cases/dashboard-periods.js';
import { DEFAULT_PLAN_SETTINGS } from '../../src/use-cases/plan-settings.js';

/** What the pane shows before Excel answers (or outside it): the default settings and this year's periods, no plan yet. */
export function waitingDashboard(today: IsoDate, problem: string): Dashboard {
  const { planYear, dueSoonDays, boundaries, planSheet } = DEFAULT_PLAN_SETTINGS;
  return {
    today,
    sheets: [],
    settings: { planYear, dueSoonDays, boundaries, planSheet },
    plan: null,
    problem,
    ...dashboardPeriods(Number(today.slice(0, 4)), today, boundaries),
  };
}
