import type { IsoDate } from '../../src/dates/calendar-date.js';
import { findingMessage } from '../../src/findings/finding.js';
import { message, type Message } from '../../src/messages/catalogue.js';
import type { Plan } from '../../src/plan/plan.js';
import { REQUIRED_HEADERS_TEXT } from '../../src/table/header-keywords.js';
import { findPlanSheet } from '../../src/use-cases/find-plan-sheet.js';
import { DEFAULT_PLAN_SETTINGS } from '../../src/use-cases/plan-settings.js';
import type { WorkbookSnapshot } from '../../src/use-cases/workbook-port.js';
import { fileSnapshot } from './file-snapshot.js';
import { FileReadError } from './file-read-error.js';
import type { OoxmlPackage } from './ooxml-package.js';
import { readGridFile, type GridFile } from './read-grid-file.js';

export type LoadedPlan =
  | {
      readonly kind: 'plan';
      readonly plan: Plan;
      readonly notices: readonly Message[];
      /**
       * The workbook when the file is one, so a report can keep the user's sheets: the package the
       * reader opened (read once), or the file's bytes when the reader gives none.
       */
      readonly workbook?: Uint8Array | OoxmlPackage;
      /** The file as the use cases see it, with the settings it was read with. */
      readonly snapshot: WorkbookSnapshot;
      /** The file as its reader gave it (read once: a caller that needs its grids again takes them here). */
      readonly opened: GridFile;
    }
  /** Why not, as catalogue messages each host renders (and may follow with a hint of its own). */
  | { readonly kind: 'no-table'; readonly messages: readonly Message[] }
  | { readonly kind: 'unreadable'; readonly messages: readonly Message[] };

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
    if (error instanceof FileReadError) return { kind: 'unreadable', messages: [error.said] };
    throw error;
  }
  if (file.grids.length === 0) return { kind: 'unreadable', messages: [message('FILE_NO_SHEETS', { file: fileName })] };
  if (options.sheet !== undefined && !file.grids.some((grid) => grid.sheet === options.sheet)) {
    const said = message('FILE_NO_SUCH_SHEET', { file: fileName, sheet: options.sheet, sheets: file.grids.map((grid) => grid.sheet) });
    return { kind: 'unreadable', messages: [said] };
  }
  const settings = { ...DEFAULT_PLAN_SETTINGS, planYear: options.year ?? null, planSheet: options.sheet ?? null, dueSoonDays: options.dueSoonDays ?? DEFAULT_PLAN_SETTINGS.dueSoonDays };
  const snapshot = fileSnapshot(file.grids, options.today, settings);
  const search = findPlanSheet(snapshot);
  if (!search.found) {
    // A text file or a Word document has no sheets the clerk could look for: name the file itself.
    if (file.format !== 'workbook') return { kind: 'no-table', messages: [message('FILE_NO_TASK_TABLE', { file: fileName, expected: REQUIRED_HEADERS_TEXT })] };
    // The rule tries only the clerk's sheets and the plan sheet: the registry, settings and summary never held the tasks.
    return { kind: 'no-table', messages: search.misses.length > 0 ? search.misses.map(findingMessage) : [search.message] };
  }
  const workbook = file.format === 'workbook' ? { workbook: file.package ?? bytes } : {};
  return { kind: 'plan', plan: search.plan, notices: file.notices, snapshot, opened: file, ...workbook };
}
