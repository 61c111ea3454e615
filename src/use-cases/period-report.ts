import { formatViDate } from '../dates/calendar-date.js';
import { message, type Message } from '../messages/catalogue.js';
import type { AssessedPlan } from '../plan/assess-plan.js';
import type { Plan } from '../plan/plan.js';
import { summarySheetName } from '../sheet-model/own-sheet-names.js';
import { buildSummary } from '../summary/build-summary.js';
import { defaultReportPeriod, parseReportPeriod } from '../summary/report-periods.js';
import type { PlanSummary, ReportPeriod } from '../summary/summary.js';
import { findPlanSheet } from './find-plan-sheet.js';
import { effectiveSettings, judgeToday, judging } from './plan-judging.js';
import type { WorkbookSnapshot } from './workbook-port.js';
import { assessForPeriod } from '../summary/assess-for-period.js';

/** The period a label names under the settings' boundaries; the report due next when the label is empty. */
export function periodOf(snapshot: WorkbookSnapshot, label: string | undefined): ReportPeriod | null {
  const { boundaries } = effectiveSettings(snapshot);
  if (label === undefined || label.trim() === '') return defaultReportPeriod(snapshot.today, boundaries);
  return parseReportPeriod(label, boundaries);
}

export type PeriodReport =
  | { readonly ok: false; readonly message: Message }
  | {
      readonly ok: true;
      readonly planSheet: string;
      readonly plan: Plan;
      /** The plan judged today, for a report workbook's plan sheet (the summary alone does not need it). */
      readonly assess: () => AssessedPlan;
      readonly summary: PlanSummary;
      readonly message: Message;
    };

/**
 * A period's report on the plan found by the one rule: the plan judged today and summed up at the
 * period's cut-off, and what to tell the user (`summarySheet` names the sheet that holds it).
 */
export function periodReport(
  snapshot: WorkbookSnapshot,
  periodLabel: string | ReportPeriod | undefined,
  summarySheet: (period: ReportPeriod) => string = (period) => summarySheetName(period.shortTitle),
): PeriodReport {
  const period = typeof periodLabel === 'object' ? periodLabel : periodOf(snapshot, periodLabel);
  if (period === null) return { ok: false, message: message('PERIOD_UNKNOWN', { label: typeof periodLabel === 'string' ? periodLabel : '' }) };
  const search = findPlanSheet(snapshot);
  if (!search.found) return { ok: false, message: search.message };
  const summary = buildSummary(assessForPeriod(search.plan, period, judging(snapshot)), period);
  const { totals } = summary;
  return {
    ok: true,
    planSheet: search.sheet,
    assess: () => judgeToday(snapshot, search.plan),
    plan: search.plan,
    summary,
    message: message('SUMMARY_BUILT', { sheet: summarySheet(period), period: period.label, cutOff: formatViDate(summary.judgedOn), tasks: totals.total, overdue: totals.byStatus.OVERDUE }),
  };
}
