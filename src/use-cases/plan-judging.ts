import { assessPlan, type AssessedPlan, type AssessOptions } from '../plan/assess-plan.js';
import type { Plan } from '../plan/plan.js';
import type { PlanSettings } from './dashboard.js';
import type { WorkbookSnapshot } from './workbook-port.js';

/**
 * As the live formulas judge: the settings sheet's due-soon window (the user may have typed it
 * there; the stored one until the sheet exists) and the days off it lists.
 */
export function judging(snapshot: WorkbookSnapshot): Required<Omit<AssessOptions, 'asOf'>> & { asOf: AssessOptions['asOf'] } {
  return { asOf: snapshot.today, dueSoonDays: effectiveSettings(snapshot).dueSoonDays, daysOff: snapshot.settingsSheet.daysOff };
}

/** The settings as they apply: the settings sheet's due-soon window over the stored one. */
export function effectiveSettings(snapshot: WorkbookSnapshot): PlanSettings {
  return { ...snapshot.settings, dueSoonDays: snapshot.settingsSheet.dueSoonDays ?? snapshot.settings.dueSoonDays };
}

export function judgeToday(snapshot: WorkbookSnapshot, plan: Plan): AssessedPlan {
  return assessPlan(plan, judging(snapshot));
}
