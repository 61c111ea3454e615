/// <reference types="office-js" />
import type { IsoDate } from '../../src/dates/calendar-date.js';
import type { Finding } from '../../src/findings/finding.js';
import { assessPlan, type AssessedPlan } from '../../src/plan/assess-plan.js';
import { countByStatus } from '../../src/plan/count-by-status.js';
import { readPlan } from '../../src/plan/read-plan.js';
import { DEFAULT_SETTINGS_NAMES } from '../../src/sheet/row-formulas.js';
import { ensureDoneWordsCell } from './done-words-cell.js';
import { freeSheetName, SETTINGS_SHEET_NAME, sheetNameKey, summarySheetName } from '../../src/sheet-model/own-sheet-names.js';
import { placeOwnSheet } from '../../src/sheet-model/place-own-sheet.js';
import { settingsSheetModel } from '../../src/sheet-model/settings-sheet-model.js';
import type { DetailedSheetModel } from '../../src/sheet-model/sheet-model.js';
import { statusColumnsUpdate } from '../../src/sheet-model/status-columns-update.js';
import { summarySheetModel } from '../../src/sheet-model/summary-sheet-model.js';
import { templateSheetModel } from '../../src/sheet-model/template-sheet-model.js';
import type { StatusCode } from '../../src/status/status-codes.js';
import { buildSummary } from '../../src/summary/build-summary.js';
import type { ReportPeriod } from '../../src/summary/summary.js';
import { OWN_SHEETS_REGISTRY, OWN_SHEETS_VERSION, registryRows, type OwnSheet } from '../../src/sheet-model/own-sheets.js';
import type { AddinSettings } from './addin-settings.js';
import { officeCell } from './office-cells.js';
import { UserFacingError } from './office-errors.js';
import { readWorkbook, type ReadOptions, type WorkbookSnapshot } from './read-workbook.js';
import { loadSettingsCells, queueDueSoonDays, sheetDueSoonDays } from './settings-cells.js';
import { queueModelLayout, writeColumnsUpdate, writeModelRows, type ChunkProgress, type HostFeatures } from './write-sheet.js';

/** What every action is given: today (the adapter's clock), the settings, optional features and progress. */
export interface ActionOptions {
  readonly today: IsoDate;
  readonly settings: AddinSettings;
  readonly features: HostFeatures;
  readonly progress?: ChunkProgress;
}

/** A plan found (or not) on a sheet, judged today: what the task pane shows. */
export type PlanReport =
  | { readonly found: false; readonly sheet: string; readonly sheets: readonly string[]; readonly message: string }
  | {
      readonly found: true;
      readonly sheet: string;
      readonly sheets: readonly string[];
      readonly title: string;
      readonly year: number;
      readonly tasks: number;
      readonly counts: Readonly<Record<StatusCode, number>>;
      readonly findings: readonly Finding[];
    };

export type FoundPlanReport = Extract<PlanReport, { found: true }>;

function visibleSheets(snapshot: WorkbookSnapshot): string[] {
  const own = new Set(snapshot.registry.map((sheet) => sheetNameKey(sheet.name)));
  return snapshot.sheets.filter((sheet) => sheet.visible && !own.has(sheetNameKey(sheet.name))).map((sheet) => sheet.name);
}

/** Reads the workbook for a plan action: the plan sheet with its merged cells where Excel can give them. */
function readForPlan(context: Excel.RequestContext, sheet: string | undefined, options: ActionOptions, extra: ReadOptions = {}): Promise<WorkbookSnapshot> {
  return readWorkbook(context, { ...extra, ...(sheet === undefined ? {} : { sheet }), merges: options.features.mergedAreas });
}

/**
 * As the live formulas judge: with the settings sheet's due-soon window (the user may have typed it
 * there; the pane's until the sheet exists) and the days off it lists.
 */
function judging(snapshot: WorkbookSnapshot, options: ActionOptions) {
  return { asOf: options.today, dueSoonDays: sheetDueSoonDays(snapshot.settings) ?? options.settings.dueSoonDays, daysOff: snapshot.settings.daysOff };
}

function assess(snapshot: WorkbookSnapshot, options: ActionOptions): AssessedPlan | { issue: Finding } {
  const year = Number(options.today.slice(0, 4));
  const read = readPlan(snapshot.grid, { fallbackYear: year, ...(options.settings.planYear === null ? {} : { year: options.settings.planYear }) });
  if (!read.found) return { issue: read.issue };
  return assessPlan(read.plan, judging(snapshot, options));
}

/** What the task pane shows of a plan judged today: counts by status and the findings, each naming its cell. */
export function planReport(snapshot: WorkbookSnapshot, assessed: AssessedPlan): FoundPlanReport {
  return {
    found: true,
    sheet: snapshot.sheet,
    sheets: visibleSheets(snapshot),
    title: assessed.plan.plan.title,
    year: assessed.plan.plan.year,
    tasks: assessed.tasks.length,
    counts: countByStatus(assessed),
    findings: assessed.issues,
  };
}

/** Finds the plan on a sheet (the active one unless named) and judges it today. One read (one or two syncs), nothing written. */
export async function inspectPlan(context: Excel.RequestContext, sheet: string | undefined, options: ActionOptions): Promise<PlanReport> {
  const snapshot = await readForPlan(context, sheet, options);
  const assessed = assess(snapshot, options);
  if ('issue' in assessed) return { found: false, sheet: snapshot.sheet, sheets: visibleSheets(snapshot), message: assessed.issue.message };
  return planReport(snapshot, assessed);
}

/**
 * Puts a due-soon window saved in the pane into the settings sheet's cell, which the live formulas
 * read, when it holds another: one sync to read, one more only to write.
 */
export async function saveDueSoonDays(context: Excel.RequestContext, days: number): Promise<void> {
  const cells = loadSettingsCells(context.workbook);
  await context.sync();
  if (queueDueSoonDays(cells(), days)) await context.sync();
}

/** Selects a cell of a sheet (a finding's cell) and shows its sheet. */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  await context.sync();
}

/** Sheets to write, in order, each added under its name (replacing a registered sheet of ours of that name). */
interface SheetPlan {
  readonly model: DetailedSheetModel;
  readonly replace: boolean;
  readonly own?: OwnSheet;
}

/**
 * Writes whole sheets: deletes the own sheets being replaced, adds each sheet, writes its rows in
 * chunks (a sync each), queues its layout; then queues the registry. The caller syncs once at the end.
 */
async function writeSheets(context: Excel.RequestContext, snapshot: WorkbookSnapshot, plans: readonly SheetPlan[], options: ActionOptions): Promise<Excel.Worksheet[]> {
  const worksheets = context.workbook.worksheets;
  const total = plans.reduce((sum, plan) => sum + plan.model.rows.length, 0);
  let before = 0;
  const written: Excel.Worksheet[] = [];
  for (const { model, replace } of plans) {
    if (replace) worksheets.getItem(model.name).delete();
    const sheet = worksheets.add(model.name);
    const offset = before;
    await writeModelRows(context, sheet, model, (done) => options.progress?.(offset + done, total));
    before += model.rows.length;
    queueModelLayout(context, sheet, model, { features: options.features, existingNames: snapshot.names });
    written.push(sheet);
  }
  return written;
}

/** Queues the registry sheet's new content: the lines still true, without the replaced ones, plus the new ones. */
function queueRegistry(context: Excel.RequestContext, snapshot: WorkbookSnapshot, added: readonly OwnSheet[]): void {
  const present = new Set(snapshot.sheets.map((sheet) => sheetNameKey(sheet.name)));
  const addedKeys = new Set(added.map((sheet) => sheetNameKey(sheet.name)));
  const kept = snapshot.registry.filter((sheet) => present.has(sheetNameKey(sheet.name)) && !addedKeys.has(sheetNameKey(sheet.name)));
  const rows = registryRows([...kept, ...added]).map((row) => row.map((value) => officeCell(value).formula));
  const worksheets = context.workbook.worksheets;
  let registry: Excel.Worksheet;
  if (snapshot.hasRegistry) {
    registry = worksheets.getItem(OWN_SHEETS_REGISTRY);
    registry.getRange().clear();
  } else {
    registry = worksheets.add(OWN_SHEETS_REGISTRY);
  }
  registry.getRangeByIndexes(0, 0, rows.length, rows[0]!.length).formulas = rows;
  registry.visibility = 'VeryHidden';
}

/** The settings sheet the live formulas read, when the workbook has not got it (its names are missing). */
function settingsPlan(snapshot: WorkbookSnapshot, taken: string[], planYear: number, options: ActionOptions): SheetPlan | null {
  if (snapshot.names.has(DEFAULT_SETTINGS_NAMES.asOf.toLowerCase())) return null;
  const { name, replace } = placeOwnSheet(snapshot.registry, taken, 'settings', SETTINGS_SHEET_NAME);
  taken.push(name);
  const model = settingsSheetModel({ name, planYear, dueSoonDays: options.settings.dueSoonDays, daysOff: snapshot.settings.daysOff, today: options.today });
  return { model, replace, own: { name, role: 'settings', version: OWN_SHEETS_VERSION, period: '' } };
}

/** Queues the registry, then syncs once. */
async function finish(context: Excel.RequestContext, snapshot: WorkbookSnapshot, plans: readonly SheetPlan[]): Promise<void> {
  const own = plans.flatMap((plan) => (plan.own === undefined ? [] : [plan.own]));
  if (own.length > 0) queueRegistry(context, snapshot, own);
  await context.sync();
}

/** "Tạo bảng mẫu": a new sheet with the canonical columns (and the settings sheet when missing), shown. Returns its name. */
export async function createTemplate(context: Excel.RequestContext, year: number, options: ActionOptions): Promise<string> {
  const snapshot = await readWorkbook(context, {});
  const taken = snapshot.sheets.map((sheet) => sheet.name);
  const name = freeSheetName(`Kế hoạch CCHC ${year}`, taken);
  taken.push(name);
  const plans: SheetPlan[] = [{ model: templateSheetModel({ name, year }), replace: false }];
  const settings = settingsPlan(snapshot, taken, year, options);
  if (settings !== null) plans.push(settings);
  const [sheet] = await writeSheets(context, snapshot, plans, options);
  sheet!.activate();
  await finish(context, snapshot, plans);
  return name;
}

/**
 * "Cập nhật trạng thái": the product's columns on the user's own plan sheet (tracking columns when
 * missing, due date and live status, hidden helpers), its dropdowns and date checks, the status
 * colours on the used rows (the product's earlier rules of the same formula replaced, the user's
 * kept), and the settings sheet when missing. Returns the plan as judged today, for the pane to show.
 */
export async function updateStatus(context: Excel.RequestContext, sheet: string | undefined, options: ActionOptions): Promise<FoundPlanReport> {
  const snapshot = await readForPlan(context, sheet, options, { withRules: true });
  const assessed = assess(snapshot, options);
  if ('issue' in assessed) throw new UserFacingError(assessed.issue.message);
  const update = statusColumnsUpdate(snapshot.grid, assessed);
  const ours = new Set(update.rules.map((rule) => `=${rule.formula}`));
  for (const { formula, format } of snapshot.customRules) if (ours.has(formula)) format.delete();
  const taken = snapshot.sheets.map((s) => s.name);
  const settings = settingsPlan(snapshot, taken, assessed.plan.plan.year, options);
  const worksheet = context.workbook.worksheets.getItem(snapshot.sheet);
  const settingsRows = settings?.model.rows.length ?? 0;
  const rows = await writeColumnsUpdate(context, worksheet, update, {
    features: options.features,
    progress: (done, total) => options.progress?.(done, total + settingsRows),
  });
  const plans = settings === null ? [] : [settings];
  if (settings === null) await ensureDoneWordsCell(context, snapshot.names);
  await writeSheets(context, snapshot, plans, { ...options, progress: (done) => options.progress?.(rows + done, rows + settingsRows) });
  await finish(context, snapshot, plans);
  return planReport(snapshot, assessed);
}

/**
 * "Tổng hợp quý": the summary sheet of a period with its chart, judged at the cut-off. Replaces the
 * product's own summary of the same period (listed in the registry); a user's sheet of that name is
 * kept and ours takes a free name. Returns the sheet's name.
 */
export async function buildQuarterSummary(context: Excel.RequestContext, sheet: string | undefined, period: ReportPeriod, options: ActionOptions): Promise<string> {
  const snapshot = await readForPlan(context, sheet, options);
  const assessed = assess(snapshot, options);
  if ('issue' in assessed) throw new UserFacingError(assessed.issue.message);
  const summary = buildSummary(assessed.plan, period, judging(snapshot, options));
  const sheetNames = snapshot.sheets.map((s) => s.name);
  const { name, replace } = placeOwnSheet(snapshot.registry, sheetNames, 'summary', summarySheetName(period.shortTitle), period.shortTitle);
  const model = summarySheetModel(summary, { name, planTitle: assessed.plan.plan.title });
  const plans: SheetPlan[] = [{ model, replace, own: { name, role: 'summary', version: OWN_SHEETS_VERSION, period: period.shortTitle } }];
  const [written] = await writeSheets(context, snapshot, plans, options);
  written!.activate();
  await finish(context, snapshot, plans);
  return name;
}
