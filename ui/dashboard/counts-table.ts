import { STATUS_CODES, STATUS_LABELS, type StatusCode } from '../../src/status/status-codes.js';
import { element, statusClass } from './dom.js';
import { say } from './say.js';

/** Tasks by status, one row per status that has tasks, each with its palette colour as a stripe. */
export function countsTable(counts: Readonly<Record<StatusCode, number>>): HTMLTableElement {
  const table = element('table', 'dash-counts');
  table.createCaption().textContent = say('DASHBOARD_COUNTS_CAPTION');
  const body = table.createTBody();
  const shown = STATUS_CODES.filter((code) => counts[code] > 0);
  for (const code of shown) {
    const row = body.insertRow();
    row.className = `status-${statusClass(code)}`;
    row.dataset.status = code;
    row.style.setProperty('--swatch', `var(--status-${statusClass(code)})`);
    row.append(element('td', 'dash-count-label', STATUS_LABELS[code]), element('td', 'dash-count', String(counts[code])));
  }
  if (shown.length === 0) body.insertRow().append(element('td', 'dash-hint', say('DASHBOARD_NO_TASKS')));
  return table;
}
