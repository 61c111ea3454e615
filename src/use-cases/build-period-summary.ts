import { summarySheetName } from '../sheet-model/own-sheet-names.js';
import { placeOwnSheet } from '../sheet-model/place-own-sheet.js';
import { summarySheetModel } from '../sheet-model/summary-sheet-model.js';
import type { ReportPeriod } from '../summary/summary.js';
import { ownSheet, registryAfter, takenNames } from './own-sheet-writes.js';
import { periodReport } from './period-report.js';
import { failed, type UseCaseResult } from './use-case-result.js';
import { NO_WRITES, type WorkbookSnapshot } from './workbook-port.js';

/**
 * "Tổng hợp quý": the summary sheet of a period with its chart, judged at the cut-off. Replaces the
 * product's own summary of that period (listed in the registry); a user's sheet of that name is
 * kept and ours takes a free name. The summary is shown.
 */
export function buildPeriodSummary(snapshot: WorkbookSnapshot, periodLabel?: string): UseCaseResult {
  const where = (period: ReportPeriod) => placeOwnSheet(snapshot.registry, takenNames(snapshot), 'summary', summarySheetName(period.shortTitle), period.shortTitle).name;
  const report = periodReport(snapshot, periodLabel, where);
  if (!report.ok) return failed(report.message);
  const { summary } = report;
  const planTitle = report.plan.plan.title;
  const period = summary.period;
  const sheet = ownSheet(snapshot, takenNames(snapshot), 'summary', summarySheetName(period.shortTitle), (name) => summarySheetModel(summary, { name, planTitle }), period.shortTitle);
  const name = sheet.entry.name;
  return { ok: true, sheet: name, message: report.message, writes: { ...NO_WRITES, sheets: [sheet], registry: registryAfter(snapshot, [sheet]), activate: name } };
}
