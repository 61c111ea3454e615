import { buildPeriodSummary } from './build-period-summary.js';
import { createTemplate } from './create-template.js';
import type { DashboardAction } from './dashboard-client.js';
import { updateStatus } from './update-status.js';
import type { UseCaseResult } from './use-case-result.js';
import type { WorkbookSnapshot } from './workbook-port.js';

/** The use case behind a dashboard action. */
export function runAction(snapshot: WorkbookSnapshot, action: DashboardAction): UseCaseResult {
  switch (action.kind) {
    case 'createTemplate':
      return createTemplate(snapshot);
    case 'updateStatus':
      return updateStatus(snapshot);
    case 'buildSummary':
      return buildPeriodSummary(snapshot, action.period);
  }
}

/** Whether an action needs the plan sheet's cells (the template does not). */
export function readsPlan(action: DashboardAction): boolean {
  return action.kind !== 'createTemplate';
}
