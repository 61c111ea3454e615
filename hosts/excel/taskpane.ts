import { mountDashboard, type DashboardView } from '../../ui/dashboard/mount-dashboard.js';
import { startExcelPane } from './excel-pane.js';
import { excelClient } from './excel-host.js';
import { OFFICE_TIMEOUT_MS, waitForOffice } from './office-host.js';
import { loadStandalone } from '../page/load-standalone.js';
import { message, renderMessage } from '../../src/messages/catalogue.js';
import { todayInVietnam } from '../../src/dates/today-in-vietnam.js';
import { waitingDashboard } from './waiting-dashboard.js';

const OUTSIDE_EXCEL = {
  'other-office': message('EXCEL_OTHER_OFFICE', {}),
  none: message('EXCEL_OUTSIDE_OFFICE', {}),
} as const;

/**
 * The task pane's entry: shows the Vietnamese interface at once (the one dashboard, its controls off),
 * then waits (never forever) for office.js. Inside Excel it connects to the workbook; otherwise it
 * says it is not running in Excel.
 */
async function main(): Promise<void> {
  const app = document.getElementById('app');
  const root = document.getElementById('dashboard');
  if (app === null || root === null) return;
  let view: DashboardView | null = null;
  view = mountDashboard(
    root,
    excelClient((done, total) => view?.showProgress(done, total)),
    { load: false },
  );
  view.show(waitingDashboard(todayInVietnam(), ''));
  view.setEnabled(false);
  const shown = view;
  const outside = (reason: keyof typeof OUTSIDE_EXCEL) => {
    app.dataset.host = 'none';
    const status = document.getElementById('host-status')!;
    status.textContent = renderMessage(OUTSIDE_EXCEL[reason]);
    status.hidden = false;
    shown.setEnabled(false);
  };
  const inside = () => {
    app.dataset.host = 'excel';
    document.getElementById('host-status')!.hidden = true;
    startExcelPane(shown);
  };
  shown.showMessage('info', renderMessage(message('EXCEL_CONNECTING', {})));
  // office.js is there but slow to start (a first start of Office): say so for now, and become the
  // Excel pane (or the standalone page) when it answers; the standalone page is not loaded meanwhile.
  const host = await waitForOffice(OFFICE_TIMEOUT_MS, (late) => {
    shown.showMessage('info', '');
    if (late === 'excel') inside();
    else outside(late);
    if (late === 'none') loadStandalone();
  });
  if (host === 'slow') {
    outside('none');
    shown.showMessage('info', renderMessage(message('EXCEL_SLOW_START', {})));
    return;
  }
  shown.showMessage('info', '');
  if (host !== 'excel') {
    outside(host);
    if (host === 'none') loadStandalone();
    return;
  }
  inside();
}

void main().catch((error: unknown) => {
  const status = document.getElementById('host-status');
  if (status !== null) {
    status.hidden = false;
    status.textContent = renderMessage(message('EXCEL_START_FAILED', { detail: error instanceof Error ? error.message : String(error) }));
  }
});
