import type { IsoDate } from '../../src/dates/calendar-date.js';
import { assessPlan, type AssessedPlan } from '../../src/plan/assess-plan.js';
import type { Plan } from '../../src/plan/plan.js';
import { buildSummary } from '../../src/summary/build-summary.js';
import type { PlanSummary, ReportPeriod } from '../../src/summary/summary.js';
import { writeReportWorkbook } from './write-report-workbook.js';

export interface MakeReportInput {
  readonly plan: Plan;
  /** The plan file's bytes when it is a workbook: the user's sheets are kept in the report. */
  readonly workbook?: Uint8Array;
  readonly period: ReportPeriod;
  /** The day the plan sheet is judged on (the summary is judged on the period's cut-off, or this day when earlier). */
  readonly asOf: IsoDate;
  /** 7 unless the user sets another. */
  readonly dueSoonDays?: number;
  /** Write through exceljs' in-memory workbook (a browser page: no Node streams). Same sheets. */
  readonly inMemory?: boolean;
}

export interface MadeReport {
  readonly assessed: AssessedPlan;
  readonly summary: PlanSummary;
  /** The report workbook's .xlsx bytes. */
  readonly bytes: Uint8Array;
}

/**
 * What `cchc report` and the standalone page both do once the plan is read: judge it on the as-of
 * date, sum it up for the period, and write the report workbook.
 *
 * @example const { summary, bytes } = await makeReport({ plan, period: parseReportPeriod('Quý I/2026')!, asOf: '2026-03-20' });
 */
export async function makeReport(input: MakeReportInput): Promise<MadeReport> {
  const settings = { dueSoonDays: input.dueSoonDays ?? 7 };
  const assessed = assessPlan(input.plan, { asOf: input.asOf, ...settings });
  const summary = buildSummary(input.plan, input.period, { asOf: input.asOf, ...settings });
  const bytes = await writeReportWorkbook({ source: input.workbook, assessed, summary, ...settings, inMemory: input.inMemory ?? false });
  return { assessed, summary, bytes };
}
