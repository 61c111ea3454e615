import { STATUS_CODES, STATUS_LABELS, type StatusCode } from '../../src/status/status-codes.js';
import { element, statusClass } from './dom.js';
import { say } from './say.js';

/**
 * A bar chart of tasks by status in plain HTML: one row per status that has tasks, its label, its bar
 * in the palette's colour and its count. Laid out by CSS rather than scaled like an SVG, so that its
 * labels keep the page's text size at any width. Each row carries `data-status` and `data-count`.
 */
export function statusChart(counts: Readonly<Record<StatusCode, number>>): HTMLElement {
  const shown = STATUS_CODES.filter((code) => counts[code] > 0);
  const most = Math.max(1, ...shown.map((code) => counts[code]));
  const chart = element('div', 'dash-chart');
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', shown.length === 0 ? say('DASHBOARD_NO_TASKS') : say('DASHBOARD_CHART_LABEL', { parts: shown.map((code) => `${STATUS_LABELS[code]}: ${counts[code]}`).join('; ') }));
  for (const code of shown) {
    const row = element('div', 'dash-chart-row');
    row.dataset.status = code;
    row.dataset.count = String(counts[code]);
    const track = element('span', 'dash-chart-track');
    const bar = element('span', 'dash-chart-bar');
    bar.style.width = `${Math.max(1, Math.round((counts[code] / most) * 100))}%`;
    bar.style.background = `var(--status-${statusClass(code)})`;
    track.append(bar, element('span', 'dash-chart-count', String(counts[code])));
    row.append(element('span', 'dash-chart-label', STATUS_LABELS[code]), track);
    chart.append(row);
  }
  return chart;
}
