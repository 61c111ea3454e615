import type { IsoDate } from '../dates/calendar-date.js';
import { assessPlan, type AssessedPlan, type AssessOptions } from '../plan/assess-plan.js';
import type { Plan } from '../plan/plan.js';
import { progressAsOf } from './progress-as-of.js';
import type { ReportPeriod } from './summary.js';

/** The day a period's report judges its plans on: the cut-off, or the as-of date when that comes first. */
export function judgingDay(period: ReportPeriod, asOf: IsoDate): IsoDate {
  return asOf < period.cutOff ? asOf : period.cutOff;
}

/**
 * A plan judged for a period's report (docs/domain.md, "The quarterly summary"): on the judging day,
 * its progress as it stood then — work completed after that day still in progress. A report made
 * before the cut-off must not call overdue what is not yet late (on 05/03 a task due 09/03 is due
 * soon), and one made after it describes the period as it stood at the cut-off, whatever the plan
 * sheet (judged on its own as-of date, today) says now.
 *
 * @example assessForPeriod(plan, "Quý I/2026" cut off 14/03/2026, { asOf: '2026-03-20' }).asOf → '2026-03-14'
 */
export function assessForPeriod(plan: Plan, period: ReportPeriod, options: AssessOptions): AssessedPlan {
  const day = judgingDay(period, options.asOf);
  return assessPlan(progressAsOf(plan, day), { ...options, asOf: day });
}
