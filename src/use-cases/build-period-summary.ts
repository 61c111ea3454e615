import { formatViDate } from '../dates/calendar-date.js';
import { message } from '../messages/catalogue.js';
import { summarySheetName } from '../sheet-model/own-sheet-names.js';
import { summarySheetModel } from '../sheet-model/summary-sheet-model.js';
import { buildSummary } from '../summary/build-summary.js';
import { defaultReportPeriod, parseReportPeriod } from '../summary/report-periods.js';
import type { ReportPeriod } from '../summary/summary.js';
import { findPlanSheet } from './find-plan-sheet.js';
import { ownSheet, registryAfter, takenNames } from './own-sheet-writes.js';
import { effectiveSettings, judging } from './plan-judging.js';
import { failed, type UseCaseResult } from './use-case-result.js';
import { NO_WRITES, type WorkbookSnapshot } from './workbook-port.js';

/** The period a label names under the settings' boundaries; the report due next when the label is empty. */
export function periodOf(snapshot: WorkbookSnapshot, label: string | undefined): ReportPeriod | null {
  const { boundaries } = effectiveSettings(snapshot);
  if (label === undefined || label.trim() === '') return defaultReportPeriod(snapshot.today, boundaries);
  return parseReportPeriod(label, boundaries);
}

/**
 * "Tổng hợp quý": the summary sheet of a period with its chart, judged at the cut-off. Replaces the
 * product's own summary of that period (listed in the registry); a user's sheet of that name is
 * kept and ours takes a free name. The summary is shown.
 */
export function buildPeriodSummary(snapshot: WorkbookSnapshot, periodLabel?: string): UseCaseResult {
  const period = periodOf(snapshot, periodLabel);
  if (period === null) return failed(message('PERIOD_UNKNOWN', { label: periodLabel ?? '' }));
  const search = findPlanSheet(snapshot);
  if (!search.found) return failed(search.message);
  const summary = buildSummary(search.plan, period, judging(snapshot));
  const planTitle = search.plan.plan.title;
  const sheet = ownSheet(snapshot, takenNames(snapshot), 'summary', summarySheetName(period.shortTitle), (name) => summarySheetModel(summary, { name, planTitle }), period.shortTitle);
  const name = sheet.entry.name;
  return {
    ok: true,
    sheet: name,
    message: message('SUMMARY_BUILT', { sheet: name, period: period.label, cutOff: formatViDate(summary.judgedOn), tasks: summary.totals.total, overdue: summary.totals.byStatus.OVERDUE }),
    writes: { ...NO_WRITES, sheets: [sheet], registry: registryAfter(snapshot, [sheet]), activate: name },
  };
}
