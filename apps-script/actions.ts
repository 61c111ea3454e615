import type { IsoDate } from '../src/dates/calendar-date.js';
import { formatViDate } from '../src/dates/calendar-date.js';
import type { Grid } from '../src/grid/grid.js';
import { assessPlan, type AssessedPlan } from '../src/plan/assess-plan.js';
import { countByStatus } from '../src/plan/count-by-status.js';
import type { Plan } from '../src/plan/plan.js';
import { readPlan } from '../src/plan/read-plan.js';
import { PLAN_SHEET_NAME, SETTINGS_SHEET_NAME, freeSheetName, summarySheetName } from '../src/sheet-model/own-sheet-names.js';
import { settingsSheetModel } from '../src/sheet-model/settings-sheet-model.js';
import { statusColumnsUpdate } from '../src/sheet-model/status-columns-update.js';
import { summarySheetModel } from '../src/sheet-model/summary-sheet-model.js';
import { templateSheetModel } from '../src/sheet-model/template-sheet-model.js';
import { STATUS_CODES, STATUS_LABELS } from '../src/status/status-codes.js';
import { buildSummary } from '../src/summary/build-summary.js';
import { assessForPeriod } from '../src/summary/assess-for-period.js';
import { periodChoices } from '../src/summary/period-choices.js';
import { DEFAULT_BOUNDARIES, defaultReportPeriod, parseReportPeriod } from '../src/summary/report-periods.js';
import type { ReportPeriod } from '../src/summary/summary.js';
import type { FormulaConvention } from '../src/sheet/formula-locale.js';
import { activeSpreadsheet, formulaConvention, todayIn, withDocumentLock, type Sheet, type Spreadsheet } from './host.js';
import { readSheetGrid } from './read-sheet-grid.js';
import { OwnSheetRegistry } from './registry.js';
import { checkSettings, ensureDoneWords, hasSettingsSheet, loadSettings, readDaysOff, readDueSoonDays, saveSettings, writeDueSoonDays } from './settings-store.js';
import type { ActionResult, Dashboard, SidebarSettings } from './sidebar-contract.js';
import { UserError } from './user-error.js';
import { writeColumnsUpdate } from './write-columns-update.js';
import { writeSheetModel } from './write-sheet-model.js';

/** Findings sent to the sidebar at most; the rest are counted. */
const MAX_FINDINGS = 200;

/** What every action starts from: the spreadsheet, its zone and today there, the settings, the registry. */
interface Context {
  readonly spreadsheet: Spreadsheet;
  readonly timeZone: string;
  readonly today: IsoDate;
  readonly settings: SidebarSettings;
  readonly registry: OwnSheetRegistry;
  /** How the spreadsheet's locale writes formulas and numbers. */
  readonly convention: FormulaConvention;
}

/** The due-soon window is the settings sheet's when it has one: the user may have typed it there. */
function context(): Context {
  const spreadsheet = activeSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const convention = formulaConvention(spreadsheet);
  const saved = loadSettings();
  const settings = { ...saved, dueSoonDays: readDueSoonDays(spreadsheet, convention) ?? saved.dueSoonDays };
  return { spreadsheet, timeZone, today: todayIn(timeZone), settings, registry: OwnSheetRegistry.read(spreadsheet), convention };
}

/** How the plan is judged: today, with the window and the days off the settings sheet holds. */
function judging(ctx: Context) {
  return { asOf: ctx.today, dueSoonDays: ctx.settings.dueSoonDays, daysOff: readDaysOff(ctx.spreadsheet, ctx.timeZone) };
}

interface FoundPlan {
  readonly sheet: Sheet;
  readonly grid: Grid;
  readonly plan: Plan;
}

/**
 * The plan: on the sheet the user chose, else on the active sheet, else on the first of the user's
 * sheets that holds one (the add-on's own sheets are never read as plans). Each sheet is read with one
 * `getValues`. Throws a UserError saying which columns are needed when no sheet holds a task table.
 */
function findPlan(ctx: Context): FoundPlan {
  const { spreadsheet, settings, registry, timeZone, today } = ctx;
  const options = { ...(settings.planYear === null ? {} : { year: settings.planYear }), fallbackYear: Number(today.slice(0, 4)) };
  if (settings.planSheet !== null) {
    const chosen = spreadsheet.getSheetByName(settings.planSheet);
    if (chosen === null) throw new UserError(`Không thấy trang "${settings.planSheet}" đã chọn trong Bảng điều khiển. Hãy chọn lại trang kế hoạch.`);
    const grid = readSheetGrid(chosen, timeZone);
    const result = readPlan(grid, options);
    if (!result.found) throw new UserError(result.issue.message);
    return { sheet: chosen, grid, plan: result.plan };
  }
  const active = spreadsheet.getActiveSheet();
  const candidates = [active, ...registry.userSheets().filter((sheet) => sheet.getName() !== active.getName())].filter((sheet) => !registry.isOwn(sheet.getName()));
  let firstIssue: string | null = null;
  for (const sheet of candidates) {
    const grid = readSheetGrid(sheet, timeZone);
    const result = readPlan(grid, options);
    if (result.found) return { sheet, grid, plan: result.plan };
    firstIssue ??= result.issue.message;
  }
  throw new UserError(firstIssue ?? 'Bảng tính chưa có trang kế hoạch nào. Dùng "Tạo bảng mẫu" trong trình đơn CCHC để bắt đầu.');
}

/**
 * Writes the settings sheet the live formulas read when the spreadsheet lacks it (its names are
 * missing); once there, it is the user's to edit and is never rewritten (one written before the done
 * texts had a named cell gets that cell).
 */
function ensureSettingsSheet(ctx: Context, planYear: number): void {
  if (hasSettingsSheet(ctx.spreadsheet)) return ensureDoneWords(ctx.spreadsheet);
  const sheet = ctx.registry.claim('settings', SETTINGS_SHEET_NAME);
  const model = settingsSheetModel({ name: sheet.getName(), planYear, dueSoonDays: ctx.settings.dueSoonDays, daysOff: readDaysOff(ctx.spreadsheet, ctx.timeZone), today: ctx.today });
  writeSheetModel(ctx.spreadsheet, sheet, model, ctx.convention);
}

/** "Cập nhật trạng thái": the tracking, due-date and status columns on the user's own plan sheet. */
export function updateStatus(): ActionResult {
  return withDocumentLock(() => {
    const ctx = context();
    const found = findPlan(ctx);
    const assessed = assessPlan(found.plan, judging(ctx));
    ensureSettingsSheet(ctx, found.plan.plan.year);
    writeColumnsUpdate(found.sheet, statusColumnsUpdate(found.grid, assessed), found.grid, ctx.convention);
    ctx.registry.save();
    found.sheet.activate();
    return { message: `Đã cập nhật trạng thái ${assessed.tasks.length} nhiệm vụ trên trang "${found.sheet.getName()}" (ngày ${formatViDate(ctx.today)}). ${countsSentence(assessed)}${issuesSentence(assessed)}`, sheet: found.sheet.getName() };
  });
}

/** "Tổng hợp quý này" (no label: the report due next) and "Tổng hợp quý khác…" (a label from the picker). */
export function makeSummary(periodLabel?: string): ActionResult {
  return withDocumentLock(() => {
    const ctx = context();
    const period = periodFrom(periodLabel, ctx.today);
    const found = findPlan(ctx);
    const summary = buildSummary(assessForPeriod(found.plan, period, judging(ctx)), period);
    const sheet = ctx.registry.claim('summary', summarySheetName(period.shortTitle), period.shortTitle);
    writeSheetModel(ctx.spreadsheet, sheet, summarySheetModel(summary, { name: sheet.getName(), planTitle: found.plan.plan.title }), ctx.convention);
    ctx.registry.save();
    sheet.activate();
    const overdue = summary.totals.byStatus.OVERDUE;
    return { message: `Đã lập trang "${sheet.getName()}" cho kỳ ${period.label} (số liệu chốt ngày ${formatViDate(summary.judgedOn)}): ${summary.totals.total} nhiệm vụ, ${overdue} quá hạn.`, sheet: sheet.getName() };
  });
}

function periodFrom(label: string | undefined, today: IsoDate): ReportPeriod {
  if (label === undefined || label.trim() === '') return defaultReportPeriod(today);
  const period = parseReportPeriod(label);
  if (period === null) throw new UserError(`Không hiểu kỳ báo cáo "${label}". Ví dụ: "Quý I/2026", "6 tháng/2026", "Quý III/2026", "Năm 2026" hoặc quý dương lịch "Q2/2026".`);
  return period;
}

/** "Tạo bảng mẫu": a blank plan in the product's layout, on a new sheet (never over an existing one). */
export function createTemplate(year?: number): ActionResult {
  return withDocumentLock(() => {
    const ctx = context();
    const planYear = year ?? ctx.settings.planYear ?? Number(ctx.today.slice(0, 4));
    ensureSettingsSheet(ctx, planYear);
    const name = freeSheetName(PLAN_SHEET_NAME, ctx.registry.sheetNames());
    const sheet = ctx.spreadsheet.insertSheet(name, 0);
    writeSheetModel(ctx.spreadsheet, sheet, templateSheetModel({ name, year: planYear }), ctx.convention);
    ctx.registry.save();
    sheet.activate();
    return { message: `Đã tạo trang "${name}": bảng kế hoạch mẫu năm ${planYear}. Điền nhiệm vụ, rồi chọn CCHC → Cập nhật trạng thái.`, sheet: name };
  });
}

/** What the sidebar shows: the plan found, its counts by status, its findings, the settings and periods. */
export function dashboard(): Dashboard {
  const ctx = context();
  let found: FoundPlan | null = null;
  let message = '';
  try {
    found = findPlan(ctx);
  } catch (error) {
    message = error instanceof Error ? error.message : String(error);
  }
  const { choices, chosen } = periodChoices(found?.plan.plan.year ?? ctx.settings.planYear ?? Number(ctx.today.slice(0, 4)), ctx.today, DEFAULT_BOUNDARIES);
  const base = {
    today: ctx.today,
    sheets: ctx.registry.userSheets().map((sheet) => sheet.getName()),
    settings: ctx.settings,
    periods: choices.map((choice) => ({ label: choice.period.label, title: choice.text })),
    defaultPeriod: chosen,
    message,
  };
  if (found === null) return { ...base, planSheet: null, planTitle: '', planYear: null, taskCount: 0, counts: [], findings: [], moreFindings: 0 };
  const sheet = found.sheet.getName();
  const assessed = assessPlan(found.plan, judging(ctx));
  const tally = countByStatus(assessed);
  return {
    ...base,
    planSheet: sheet,
    planTitle: found.plan.plan.title,
    planYear: found.plan.plan.year,
    taskCount: assessed.tasks.length,
    counts: STATUS_CODES.map((code) => ({ code, label: STATUS_LABELS[code], count: tally[code] })),
    findings: assessed.issues.slice(0, MAX_FINDINGS).map((issue) => ({ sheet, cell: issue.cell, severity: issue.severity, message: issue.message })),
    moreFindings: Math.max(0, assessed.issues.length - MAX_FINDINGS),
  };
}

/** Selects a finding's cell (the sidebar's click on a finding). */
export function selectCell(sheetName: string, cell: string): void {
  const spreadsheet = activeSpreadsheet();
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (sheet === null) throw new UserError(`Không còn trang "${sheetName}" trong bảng tính.`);
  if (!/^[A-Z]{1,3}[1-9]\d*$/.test(cell)) throw new UserError(`"${cell}" không phải địa chỉ ô.`);
  sheet.activate();
  sheet.getRange(cell).activate();
}

/** Keeps the sidebar's settings with the spreadsheet; a new due-soon window goes into the settings sheet too. */
export function updateSettings(settings: Partial<SidebarSettings>): SidebarSettings {
  const saved = saveSettings(checkSettings(settings));
  writeDueSoonDays(activeSpreadsheet(), saved.dueSoonDays);
  return saved;
}

function countsSentence(assessed: AssessedPlan): string {
  const tally = countByStatus(assessed);
  const done = tally.DONE_ON_TIME + tally.DONE_LATE + tally.DONE;
  return `Quá hạn: ${tally.OVERDUE}; sắp đến hạn: ${tally.DUE_SOON}; hoàn thành: ${done}.`;
}

function issuesSentence(assessed: AssessedPlan): string {
  const errors = assessed.issues.filter((issue) => issue.severity === 'error').length;
  return errors === 0 ? '' : ` Có ${errors} lỗi dữ liệu: mở CCHC → Bảng điều khiển để xem từng ô.`;
}
