/**
 * The sidebar's script (runs in the browser, in Apps Script's IFRAME sandbox): the one dashboard
 * (ui/dashboard/), talking to the server only through `google.script.run` (sheets-dashboard-client.ts),
 * with a failure handler on every call so that no error is lost.
 */
import { mountDashboard } from '../../../ui/dashboard/mount-dashboard.js';
import { sheetsDashboardClient } from './sheets-dashboard-client.js';

function start(): void {
  const root = document.getElementById('dashboard');
  if (root === null) return;
  void mountDashboard(root, sheetsDashboardClient)
    .reload()
    .then(() => {
      if (document.body.dataset.open !== 'period') return;
      const picker = root.querySelector<HTMLElement>('.dash-actions');
      picker?.classList.add('highlight');
      picker?.scrollIntoView();
    });
}

start();
