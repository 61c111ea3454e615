import { startExcelPane } from './excel-pane.js';
import { PaneView } from './pane-view.js';
import { OFFICE_TIMEOUT_MS, waitForOffice } from './office-host.js';
import { loadStandalone } from './standalone/load-standalone.js';
import { todayInVietnam } from '../src/dates/today-in-vietnam.js';
import { periodChoices } from '../src/summary/period-choices.js';
import { DEFAULT_PLAN_SETTINGS, settingsPlanYear } from '../src/use-cases/plan-settings.js';

/**
 * The task pane's entry: shows the Vietnamese interface at once, then waits (never forever) for
 * office.js. Inside Excel it connects to the workbook; otherwise it says it is not running in Excel.
 */
async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (root === null) return;
  const view = new PaneView(root);
  const today = todayInVietnam();
  const { planYear, dueSoonDays, boundaries } = DEFAULT_PLAN_SETTINGS;
  const { choices, chosen } = periodChoices(settingsPlanYear(DEFAULT_PLAN_SETTINGS, today), today, boundaries);
  view.showPeriods(choices, chosen);
  view.showSettings({ planYear, dueSoonDays, ...boundaries });
  view.showMessage('info', 'Đang kết nối với Excel…');
  // office.js is there but slow to start (a first start of Office): say so for now, and become the
  // Excel pane (or the standalone page) when it answers; the standalone page is not loaded meanwhile.
  const host = await waitForOffice(OFFICE_TIMEOUT_MS, (late) => {
    view.showMessage('', '');
    if (late === 'excel') startExcelPane(view);
    else view.showOutsideExcel(late);
    if (late === 'none') loadStandalone();
  });
  if (host === 'slow') {
    view.showOutsideExcel('none');
    view.showMessage('info', 'Excel khởi động chậm; bảng điều khiển sẽ tự kết nối khi Excel sẵn sàng.');
    return;
  }
  view.showMessage('', '');
  if (host !== 'excel') {
    view.showOutsideExcel(host);
    if (host === 'none') loadStandalone();
    return;
  }
  startExcelPane(view);
}

void main().catch((error: unknown) => {
  const status = document.getElementById('host-status');
  if (status !== null) {
    status.hidden = false;
    status.textContent = `Không khởi động được bảng điều khiển: ${error instanceof Error ? error.message : String(error)}`;
  }
});
