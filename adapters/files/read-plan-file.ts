import type { IsoDate } from '../../src/dates/calendar-date.js';
import { renderMessage } from '../../src/messages/catalogue.js';
import type { Plan } from '../../src/plan/plan.js';
import { findPlanSheet } from '../../src/use-cases/find-plan-sheet.js';
import { DEFAULT_PLAN_SETTINGS } from '../../src/use-cases/plan-settings.js';
import type { WorkbookSnapshot } from '../../src/use-cases/workbook-port.js';
import { fileSnapshot } from './file-snapshot.js';
import { FileReadError } from './file-read-error.js';
import type { OoxmlPackage } from './ooxml-package.js';
import { readGridFile } from './read-grid-file.js';

export type LoadedPlan =
  | {
      readonly kind: 'plan';
      readonly plan: Plan;
      readonly notices: readonly string[];
      /**
       * The workbook when the file is one, so a report can keep the user's sheets: the package the
       * reader opened (read once), or the file's bytes when the reader gives none.
       */
      readonly workbook?: Uint8Array | OoxmlPackage;
      /** The file as the use cases see it, with the settings it was read with. */
      readonly snapshot: WorkbookSnapshot;
    }
  | { readonly kind: 'no-table'; readonly message: string }
  | { readonly kind: 'unreadable'; readonly message: string };

export interface LoadPlanOptions {
  readonly sheet?: string;
  readonly year?: number;
  /** The day the plan is read on: a plan whose title names no year is of this day's year. */
  readonly today: IsoDate;
  readonly dueSoonDays?: number;
}

/**
 * Reads a plan from a file's bytes, for the command line and the standalone page alike, by the one
 * rule for the plan sheet (`findPlanSheet`): the named sheet, else the plan sheet a report made
 * earlier (it holds the clerk's progress), else the first of the user's sheets that holds a task table.
 */
export async function readPlanFile(bytes: Uint8Array, fileName: string, options: LoadPlanOptions): Promise<LoadedPlan> {
  let file;
  try {
    file = await readGridFile(bytes, fileName);
  } catch (error) {
    if (error instanceof FileReadError) return { kind: 'unreadable', message: error.message };
    throw error;
  }
  if (options.sheet !== undefined && !file.grids.some((grid) => grid.sheet === options.sheet)) {
    const names = file.grids.map((grid) => `“${grid.sheet}”`).join(', ');
    return { kind: 'unreadable', message: `Tệp “${fileName}” không có trang “${options.sheet}”. Các trang có trong tệp: ${names}.` };
  }
  const settings = { ...DEFAULT_PLAN_SETTINGS, planYear: options.year ?? null, planSheet: options.sheet ?? null, dueSoonDays: options.dueSoonDays ?? DEFAULT_PLAN_SETTINGS.dueSoonDays };
  const snapshot = fileSnapshot(file.grids, options.today, settings);
  const search = findPlanSheet(snapshot);
  if (!search.found) {
    // A file's reader names its sheets itself (a document's table, a text file): the reason alone says more.
    const { message } = search;
    return { kind: 'no-table', message: message.code === 'NO_PLAN_ON_SHEET' ? message.params.detail : renderMessage(message) };
  }
  const workbook = file.format === 'workbook' ? { workbook: file.package ?? bytes } : {};
  return { kind: 'plan', plan: search.plan, notices: file.notices, snapshot, ...workbook };
}
