import { message } from '../../src/messages/catalogue.js';
import type { ActionOutcome, Dashboard } from '../../src/use-cases/dashboard.js';
import type { DashboardAction } from '../../src/use-cases/dashboard-client.js';
import { inspectPlan } from '../../src/use-cases/inspect-plan.js';
import { runAction } from '../../src/use-cases/run-action.js';
import { saveSettings } from '../../src/use-cases/save-settings.js';
import { showCell } from '../../src/use-cases/show-cell.js';
import { actionOutcome, failed, type UseCaseResult } from '../../src/use-cases/use-case-result.js';
import type { WorkbookSnapshot } from '../../src/use-cases/workbook-port.js';
import { applyWrites } from './apply-writes.js';
import { activeSpreadsheet, formulaConvention, withDocumentLock } from './host.js';
import { SheetsBook } from './registry.js';
import { sheetsSnapshot } from './sheets-snapshot.js';

/** The host's one error for what no use case foresees (no spreadsheet open): the sidebar's failure handler shows it. */
export class SheetsHostError extends Error {
  override name = 'SheetsHostError';
}

/** Reads the spreadsheet, runs a use case over it and applies its writes, holding the document lock. */
function run(useCase: (snapshot: WorkbookSnapshot) => UseCaseResult): ActionOutcome {
  const spreadsheet = activeSpreadsheet();
  if (spreadsheet === null) return actionOutcome(failed(message('NO_WORKBOOK', {})));
  return withDocumentLock(
    () => {
      const convention = formulaConvention(spreadsheet);
      const book = SheetsBook.read(spreadsheet);
      const result = useCase(sheetsSnapshot(spreadsheet, book, convention));
      if (result.ok) applyWrites(spreadsheet, book, result.writes, convention);
      return actionOutcome(result);
    },
    () => actionOutcome(failed(message('HOST_BUSY', {}))),
  );
}

export function runDashboardAction(action: DashboardAction): ActionOutcome {
  return run((snapshot) => runAction(snapshot, action));
}

export function saveDashboardSettings(input: unknown): ActionOutcome {
  return run((snapshot) => saveSettings(snapshot, input));
}

export function showDashboardCell(sheet: string, cell: string): ActionOutcome {
  return run((snapshot) => showCell(snapshot, sheet, cell));
}

/** What the sidebar shows; nothing is written. */
export function dashboard(): Dashboard {
  const spreadsheet = activeSpreadsheet();
  if (spreadsheet === null) throw new SheetsHostError(actionOutcome(failed(message('NO_WORKBOOK', {}))).text);
  return inspectPlan(sheetsSnapshot(spreadsheet, SheetsBook.read(spreadsheet), formulaConvention(spreadsheet)));
}
