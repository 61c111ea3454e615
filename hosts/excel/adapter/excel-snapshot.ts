/// <reference types="office-js" />
import type { IsoDate } from '../../../src/dates/calendar-date.js';
import { DEFAULT_SETTINGS_NAMES } from '../../../src/sheet/row-formulas.js';
import { sheetNameKey } from '../../../src/sheet-model/own-sheet-names.js';
import type { PlanSettings } from '../../../src/use-cases/dashboard.js';
import { nextSheetToRead } from '../../../src/use-cases/find-plan-sheet.js';
import type { WorkbookSnapshot } from '../../../src/use-cases/workbook-port.js';
import { readWorkbook, type WorkbookSnapshot as ExcelRead } from './read-workbook.js';
import { sheetDueSoonDays } from './settings-cells.js';

/** What every Excel use case is given: today (the adapter's clock), the settings held, optional features. */
export interface ExcelReadOptions {
  readonly today: IsoDate;
  readonly settings: PlanSettings;
  readonly mergedAreas: boolean;
  /** Read the plan sheet's conditional formats too (to replace ours when writing the status columns). */
  readonly withRules?: boolean;
}

/** The workbook as read, and the reads of further sheets the plan rule asked for, by sheet name. */
export interface ExcelReads {
  readonly first: ExcelRead;
  readonly more: ReadonlyMap<string, ExcelRead>;
  readonly snapshot: WorkbookSnapshot;
}

/** The read that holds a sheet's cells (and its conditional formats). */
export function readOf(reads: ExcelReads, sheet: string): ExcelRead | undefined {
  return reads.first.sheet === sheet ? reads.first : reads.more.get(sheet);
}

function snapshotOf(first: ExcelRead, more: ReadonlyMap<string, ExcelRead>, options: ExcelReadOptions): WorkbookSnapshot {
  const present = new Set(first.sheets.map((sheet) => sheetNameKey(sheet.name)));
  return {
    today: options.today,
    sheets: first.sheets,
    // The chosen sheet is read in place of the active one, which is then not known (nor needed).
    activeSheet: options.settings.planSheet === null ? first.sheet : null,
    registry: first.registry.filter((entry) => present.has(sheetNameKey(entry.name))),
    settings: options.settings,
    settingsSheet: {
      present: first.names.has(DEFAULT_SETTINGS_NAMES.asOf.toLowerCase()),
      hasDoneWords: first.names.has(DEFAULT_SETTINGS_NAMES.doneWords.toLowerCase()),
      daysOff: first.settings.daysOff,
      dueSoonDays: sheetDueSoonDays(first.settings),
    },
    grid: (sheet) => (sheet === first.sheet ? first.grid : (more.get(sheet)?.grid ?? null)),
  };
}

/**
 * Reads the workbook for a use case: one read (one or two syncs) of the chosen or the active sheet;
 * when that holds no plan, one more read for each further sheet the plan rule asks for.
 */
export async function readForUseCase(context: Excel.RequestContext, options: ExcelReadOptions, withPlan = true): Promise<ExcelReads> {
  const chosen = options.settings.planSheet;
  const read = (sheet: string | null) => readWorkbook(context, { ...(sheet === null ? {} : { sheet }), merges: options.mergedAreas, ...(options.withRules === true ? { withRules: true } : {}) });
  const first = await read(chosen !== null && withPlan ? chosen : null);
  const more = new Map<string, ExcelRead>();
  let snapshot = snapshotOf(first, more, options);
  for (let next = withPlan ? nextSheetToRead(snapshot) : null; next !== null; next = nextSheetToRead(snapshot)) {
    more.set(next, await read(next));
    snapshot = snapshotOf(first, more, options);
  }
  return { first, more, snapshot };
}
