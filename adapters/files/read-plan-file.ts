import { readOwnSheets } from '../../src/sheet-model/own-sheets.js';
import { findingMessage, type Finding } from '../../src/findings/finding.js';
import type { Grid } from '../../src/grid/grid.js';
import { message, type Message } from '../../src/messages/catalogue.js';
import type { Plan } from '../../src/plan/plan.js';
import { readPlan } from '../../src/plan/read-plan.js';
import { REQUIRED_HEADERS_TEXT } from '../../src/table/header-keywords.js';
import { FileReadError } from './file-read-error.js';
import type { OoxmlPackage } from './ooxml-package.js';
import { ownSheetNames } from './own-sheet-names-in-file.js';
import { readGridFile } from './read-grid-file.js';

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
    }
  /** Why not, as catalogue messages each host renders (and may follow with a hint of its own). */
  | { readonly kind: 'no-table'; readonly messages: readonly Message[] }
  | { readonly kind: 'unreadable'; readonly messages: readonly Message[] };

export interface LoadPlanOptions {
  readonly sheet?: string;
  readonly year?: number;
  readonly fallbackYear: number;
}

/**
 * Reads a plan from a file's bytes, for the command line and the standalone page alike: the named
 * sheet, else the plan sheet a report made earlier (it holds the clerk's progress), else the first
 * sheet that holds a task table.
 */
export async function readPlanFile(bytes: Uint8Array, fileName: string, options: LoadPlanOptions): Promise<LoadedPlan> {
  let file;
  try {
    file = await readGridFile(bytes, fileName);
  } catch (error) {
    if (error instanceof FileReadError) return { kind: 'unreadable', messages: [error.said] };
    throw error;
  }
  const grids = candidateSheets(file.grids, options.sheet);
  if (grids.length === 0) {
    const said =
      options.sheet === undefined || file.grids.length === 0
        ? message('FILE_NO_SHEETS', { file: fileName })
        : message('FILE_NO_SUCH_SHEET', { file: fileName, sheet: options.sheet, sheets: file.grids.map((grid) => grid.sheet) });
    return { kind: 'unreadable', messages: [said] };
  }
  const misses: Finding[] = [];
  for (const grid of grids) {
    const result = readPlan(grid, options);
    if (result.found) {
      const opened = file.package;
      const workbook = file.format === 'workbook' ? { workbook: opened ?? bytes } : {};
      return { kind: 'plan', plan: result.plan, notices: file.notices, ...workbook };
    }
    misses.push(result.issue);
  }
  // A text file or a Word document has no sheets the clerk could look for: name the file itself.
  if (file.format !== 'workbook') return { kind: 'no-table', messages: [message('FILE_NO_TASK_TABLE', { file: fileName, expected: REQUIRED_HEADERS_TEXT })] };
  // The registry, settings and summary sheets never held the tasks: only the clerk's sheets (and the plan sheet) are worth a word.
  const own = ownSheetNames(file.grids);
  const ownPlan = readOwnSheets(file.grids).plan;
  const told = misses.filter((issue) => !own.has(String(issue.params.sheet)) || issue.params.sheet === ownPlan);
  return { kind: 'no-table', messages: (told.length > 0 ? told : misses).map(findingMessage) };
}

function candidateSheets(grids: readonly Grid[], sheet: string | undefined): Grid[] {
  if (sheet !== undefined) return grids.filter((grid) => grid.sheet === sheet);
  const own = readOwnSheets(grids).plan;
  const ownPlan = grids.find((grid) => grid.sheet === own);
  return ownPlan ? [ownPlan, ...grids.filter((grid) => grid !== ownPlan)] : [...grids];
}
