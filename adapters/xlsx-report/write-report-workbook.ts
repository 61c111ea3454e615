import ExcelJS from 'exceljs';
import type { IsoDate } from '../../src/dates/calendar-date.js';
import type { AssessedPlan } from '../../src/plan/assess-plan.js';
import { planSheetModel } from '../../src/sheet-model/plan-sheet-model.js';
import { settingsSheetModel } from '../../src/sheet-model/settings-sheet-model.js';
import { summarySheetModel } from '../../src/sheet-model/summary-sheet-model.js';
import type { PlanSummary } from '../../src/summary/summary.js';
import { OWN_SHEETS_VERSION, type OwnSheet } from '../../src/sheet-model/own-sheets.js';
import { writeRegistrySheet } from './registry-sheet.js';
import { renderSheetModel } from './render-sheet-model.js';
import { PLAN_SHEET_NAME, SETTINGS_SHEET_NAME, summarySheetName } from '../../src/sheet-model/own-sheet-names.js';
import { loadSourceWorkbook, placeOwnSheets, type OwnSheetNames } from './source-workbook.js';
import { streamWorkbook, workbookBytes } from './workbook-bytes.js';

export interface ReportWorkbookInput {
  /** The user's own .xlsx when the plan came from one: its sheets stay, unchanged. */
  readonly source?: Uint8Array;
  /** The plan judged today (for the plan sheet's values as written). */
  readonly assessed: AssessedPlan;
  /** Judged at the period's cut-off. */
  readonly summary: PlanSummary;
  /** Days before a due date when a task is due soon; 7 unless the user sets another. */
  readonly dueSoonDays?: number;
  /** The user's own days off, added to the built-in holidays. */
  readonly daysOff?: readonly IsoDate[];
  /**
   * Write without a source through exceljs' in-memory workbook instead of its streaming writer, which
   * needs Node streams: what a browser page uses (exceljs' browser build has no streaming writer).
   * The sheets are the same; only memory and time differ for very large plans.
   */
  readonly inMemory?: boolean;
}

/**
 * The report workbook: the user's own sheets as they were (when the plan came from a workbook), the
 * living plan sheet "Theo dõi CCHC" (dropdowns, due-date and status formulas, status colours), the
 * summary sheet of the period ("Tổng hợp Quý I-2026", values judged at the cut-off), the settings
 * sheet "Cài đặt CCHC" the formulas read, and a very hidden registry of the sheets the product made.
 *
 * Given a workbook this function wrote before, it removes the sheets its registry lists (the plan
 * sheet, the settings sheet and the summary of the same period; summaries of other periods stay)
 * and writes the new ones in their places; a user's sheet that has one of our names is kept and
 * ours takes a free name ("Tổng hợp Quý I-2026 (2)").
 *
 * The sheets' content and layout are the core's sheet models (`src/sheet-model/`), which the Excel
 * and Google Sheets add-ins write too; this writer only renders them (`renderSheetModel`).
 *
 * Without a source the workbook is written by exceljs' streaming writer (a 165,000-task plan in
 * about ten seconds and about a gigabyte, most of it the plan sheet's model, formulas included);
 * with one it is loaded whole (exceljs' in-memory workbook), which costs several times the time and
 * memory for very large plans.
 *
 * @example
 * const bytes = await writeReportWorkbook({ source, assessed: assessPlan(plan, { asOf }), summary: buildSummary(plan, period, { asOf }) });
 */
export async function writeReportWorkbook(input: ReportWorkbookInput): Promise<Uint8Array> {
  const names: OwnSheetNames = { plan: PLAN_SHEET_NAME, summary: summarySheetName(input.summary.period.shortTitle), settings: SETTINGS_SHEET_NAME };
  if (input.source === undefined) {
    const writeAll = (workbook: ExcelJS.Workbook) => {
      writeRegistrySheet(workbook, writeOwnSheets(workbook, names, input));
      workbook.views = [workbookView(1)];
    };
    if (input.inMemory !== true) return streamWorkbook(writeAll);
    const workbook = new ExcelJS.Workbook();
    writeAll(workbook);
    return workbookBytes(workbook);
  }
  const source = await loadSourceWorkbook(input.source, input.summary.period.shortTitle);
  const free = source.freeNames(names);
  const own = writeOwnSheets(source.workbook, free, input);
  writeRegistrySheet(source.workbook, [...own, ...source.keptSummaries]);
  placeOwnSheets(source, free);
  return workbookBytes(source.workbook);
}

/**
 * Writes the plan, summary and settings sheets, in that order, from the sheet models the add-ins
 * write too, and says what they are for the registry.
 */
function writeOwnSheets(workbook: ExcelJS.Workbook, names: OwnSheetNames, input: ReportWorkbookInput): OwnSheet[] {
  const { assessed, summary } = input;
  renderSheetModel(workbook, planSheetModel(assessed, { name: names.plan }));
  renderSheetModel(workbook, summarySheetModel(summary, { name: names.summary, planTitle: assessed.plan.plan.title }));
  renderSheetModel(
    workbook,
    settingsSheetModel({
      name: names.settings,
      planYear: assessed.plan.plan.year,
      dueSoonDays: input.dueSoonDays ?? 7,
      daysOff: input.daysOff ?? [],
      today: assessed.asOf,
    }),
  );
  return [
    { name: names.plan, role: 'plan', version: OWN_SHEETS_VERSION, period: '' },
    { name: names.summary, role: 'summary', version: OWN_SHEETS_VERSION, period: summary.period.shortTitle },
    { name: names.settings, role: 'settings', version: OWN_SHEETS_VERSION, period: '' },
  ];
}

/** The workbook window, opening on the given sheet (0-based, in tab order). */
export function workbookView(activeTab: number): ExcelJS.WorkbookView {
  return { x: 0, y: 0, width: 28800, height: 15600, firstSheet: 0, activeTab, visibility: 'visible' };
}
