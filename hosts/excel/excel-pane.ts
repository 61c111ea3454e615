/// <reference types="office-js" />
import { message, renderMessage } from '../../src/messages/catalogue.js';
import type { DashboardView } from '../../ui/dashboard/mount-dashboard.js';
import { LAST_COMMAND_KEY } from './last-command.js';

/** Connects the mounted dashboard to Excel: reads the workbook, then tells the ribbon's last outcome. */
export function startExcelPane(view: DashboardView): void {
  view.setEnabled(true);
  void view.reload().then(() => showLastCommand(view));
}

/** The ribbon's one-click summary has no window: its outcome, kept in the document, is shown here. */
function showLastCommand(view: DashboardView): void {
  try {
    const last = Office.context.document.settings.get(LAST_COMMAND_KEY) as { outcome?: unknown } | null;
    if (last !== null && typeof last.outcome === 'string') view.showMessage('info', renderMessage(message('EXCEL_LAST_RIBBON_OUTCOME', { outcome: last.outcome })));
  } catch {
    // Nothing kept: nothing to show.
  }
}
