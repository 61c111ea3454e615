import type { Finding } from '../findings/finding.js';
import type { Grid } from '../grid/grid.js';
import { message, type Message } from '../messages/catalogue.js';
import type { Plan } from '../plan/plan.js';
import { readPlan } from '../plan/read-plan.js';
import { sheetNameKey } from '../sheet-model/own-sheet-names.js';
import { isRegistryName } from '../sheet-model/own-sheets.js';
import { fallbackPlanYear } from './plan-settings.js';
import type { WorkbookSnapshot } from './workbook-port.js';

export type PlanSheetSearch =
  | { readonly found: true; readonly sheet: string; readonly grid: Grid; readonly plan: Plan }
  | {
      readonly found: false;
      readonly message: Message;
      /** Why each sheet tried holds no plan, in the order tried. */
      readonly misses: readonly Finding[];
    };

/** Whether a sheet is one the product made and that never holds the user's plan (a summary, the settings, the registry). */
function isOwnNonPlan(snapshot: WorkbookSnapshot, name: string): boolean {
  const key = sheetNameKey(name);
  return isRegistryName(name) || snapshot.registry.some((entry) => entry.role !== 'plan' && sheetNameKey(entry.name) === key);
}

/** The user's sheets, in tab order: visible, and not the product's own. */
export function userSheets(snapshot: WorkbookSnapshot): string[] {
  return snapshot.sheets.filter((sheet) => sheet.visible && !isOwnNonPlan(snapshot, sheet.name)).map((sheet) => sheet.name);
}

/**
 * The sheets that may hold the plan, in the order they are tried (THE rule, for every host): the
 * sheet the user chose (it alone when chosen); else the active sheet, the plan sheet a report made
 * earlier (a file's, holding the clerk's progress), then the user's sheets in tab order. The
 * product's other sheets never.
 */
export function planSheetCandidates(snapshot: WorkbookSnapshot): string[] {
  const chosen = snapshot.settings.planSheet;
  if (chosen !== null) return snapshot.sheets.some((sheet) => sheet.name === chosen) ? [chosen] : [];
  const ownPlan = snapshot.registry.find((entry) => entry.role === 'plan')?.name;
  const ordered = [snapshot.activeSheet, ownPlan, ...userSheets(snapshot)].filter((name): name is string => name !== null && name !== undefined);
  const present = new Set(snapshot.sheets.map((sheet) => sheet.name));
  return [...new Set(ordered)].filter((name) => present.has(name) && !isOwnNonPlan(snapshot, name));
}

function readOptions(snapshot: WorkbookSnapshot) {
  const { planYear } = snapshot.settings;
  return { fallbackYear: fallbackPlanYear(snapshot.today), ...(planYear === null ? {} : { year: planYear }) };
}

/**
 * The sheet a host that reads eagerly must read before the rule can decide: the first candidate not
 * read yet, up to the first one read that holds a plan; null when the rule can decide.
 */
export function nextSheetToRead(snapshot: WorkbookSnapshot): string | null {
  for (const sheet of planSheetCandidates(snapshot)) {
    const grid = snapshot.grid(sheet);
    if (grid === null) return sheet;
    if (readPlan(grid, readOptions(snapshot)).found) return null;
  }
  return null;
}

/** The plan, by the rule of `planSheetCandidates`; when none holds one, why (the first sheet's reason). */
export function findPlanSheet(snapshot: WorkbookSnapshot): PlanSheetSearch {
  const chosen = snapshot.settings.planSheet;
  const candidates = planSheetCandidates(snapshot);
  if (chosen !== null && candidates.length === 0) return { found: false, message: message('PLAN_SHEET_MISSING', { sheet: chosen }), misses: [] };
  let first: Message | null = null;
  const misses: Finding[] = [];
  for (const sheet of candidates) {
    const grid = snapshot.grid(sheet);
    if (grid === null) continue;
    const result = readPlan(grid, readOptions(snapshot));
    if (result.found) return { found: true, sheet, grid, plan: result.plan };
    first ??= message('NO_PLAN_ON_SHEET', { sheet, detail: result.issue.message });
    misses.push(result.issue);
  }
  return { found: false, message: first ?? message('NO_SHEETS', {}), misses };
}
