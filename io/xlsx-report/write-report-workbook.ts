import type { OoxmlPackage } from '../files/ooxml-package.js';
import type { IsoDate } from '../../src/dates/calendar-date.js';
import type { AssessedPlan } from '../../src/plan/assess-plan.js';
import { planSheetModel } from '../../src/sheet-model/plan-sheet-model.js';
import { settingsSheetModel } from '../../src/sheet-model/settings-sheet-model.js';
import { summarySheetModel } from '../../src/sheet-model/summary-sheet-model.js';
import type { PlanSummary } from '../../src/summary/summary.js';
import { PLAN_SHEET_NAME, SETTINGS_SHEET_NAME, summarySheetName } from '../../src/sheet-model/own-sheet-names.js';
import { writeReportPackage, type ReportPackage } from './report-package.js';
import { DEFAULT_DUE_SOON_DAYS } from '../../src/use-cases/plan-settings.js';

export interface ReportWorkbookInput {
  /**
   * The user's own .xlsx/.xlsm when the plan came from one (its bytes, or the package the reader
   * opened already): every part of it stays as it was.
   */
  readonly source?: Uint8Array | OoxmlPackage;
  /** The plan judged today (for the plan sheet's values as written). */
  readonly assessed: AssessedPlan;
  /** Judged at the period's cut-off. */
  readonly summary: PlanSummary;
  /** Days before a due date when a task is due soon; 7 unless the user sets another. */
  readonly dueSoonDays?: number;
  /** The user's own days off, added to the built-in holidays. */
  readonly daysOff?: readonly IsoDate[];
}

/**
 * The report workbook: the user's own workbook part for part (when the plan came from one), with the
 * living plan sheet "Theo dõi CCHC" (dropdowns, due-date and status formulas, status colours), the
 * summary sheet of the period ("Tổng hợp Quý I-2026", values judged at the cut-off, with its charts),
 * the settings sheet "Cài đặt CCHC" the formulas read, and a very hidden registry of the sheets the
 * product made, added as new parts (see `writeReportPackage`).
 *
 * Given a workbook this function wrote before, it replaces the sheets its registry lists (the plan
 * sheet, the settings sheet and the summary of the same period; summaries of other periods stay)
 * in their places; a user's sheet that has one of our names is kept and ours takes a free name
 * ("Tổng hợp Quý I-2026 (2)"). The same input gives the same bytes, in Node and in the browser.
 *
 * The sheets' content and layout are the core's sheet models (`src/sheet-model/`), which the Excel
 * and Google Sheets add-ins write too.
 *
 * @example
 * const bytes = await writeReportWorkbook({ source, assessed: assessPlan(plan, { asOf }), summary: buildSummary(assessForPeriod(plan, period, { asOf }), period) });
 */
export async function writeReportWorkbook(input: ReportWorkbookInput): Promise<Uint8Array> {
  return writeReport(input).bytes;
}

/** The report's bytes, and what the caller should tell the user about them (macros kept, texts cut). */
export function writeReport(input: ReportWorkbookInput): ReportPackage {
  const { assessed, summary } = input;
  return writeReportPackage(
    input.source,
    (names) => ({
      plan: planSheetModel(assessed, { name: names.plan }),
      summary: summarySheetModel(summary, { name: names.summary, planTitle: assessed.plan.plan.title }),
      settings: settingsSheetModel({
        name: names.settings,
        planYear: assessed.plan.plan.year,
        dueSoonDays: input.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS,
        daysOff: input.daysOff ?? [],
        today: assessed.asOf,
      }),
    }),
    { plan: PLAN_SHEET_NAME, summary: summarySheetName(summary.period.shortTitle), settings: SETTINGS_SHEET_NAME, period: summary.period.shortTitle, created: assessed.asOf },
  );
}
