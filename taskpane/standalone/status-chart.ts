import { STATUS_CODES, STATUS_LABELS, type StatusCode } from '../../src/status/status-codes.js';

const SVG = 'http://www.w3.org/2000/svg';

/** The colour of each status's bar: the report's own colours (red overdue, amber due soon, green done). */
export const STATUS_COLOURS: Readonly<Record<StatusCode, string>> = {
  DONE_ON_TIME: '#2e7d32',
  DONE_LATE: '#7cb342',
  DONE: '#43a047',
  OVERDUE: '#c00000',
  DUE_SOON: '#bf8f00',
  IN_PROGRESS: '#1f4e79',
  NOT_DUE: '#6b8fb5',
  CONTINUOUS: '#5b6470',
  NO_DEADLINE: '#9aa0a6',
  INVALID: '#7030a0',
};

/**
 * A small bar chart of tasks by status, inline SVG, no library: one bar per status that has tasks,
 * its label on the left and its count at the bar's end. Each bar carries `data-status` and
 * `data-count`.
 */
export function statusChart(counts: Readonly<Record<StatusCode, number>>): SVGSVGElement {
  const shown = STATUS_CODES.filter((code) => counts[code] > 0);
  const most = Math.max(1, ...shown.map((code) => counts[code]));
  const [labelWidth, barWidth, rowHeight] = [190, 250, 24];
  const svg = document.createElementNS(SVG, 'svg');
  const height = Math.max(1, shown.length) * rowHeight + 4;
  svg.setAttribute('viewBox', `0 0 ${labelWidth + barWidth + 50} ${height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', shown.map((code) => `${STATUS_LABELS[code]}: ${counts[code]}`).join('; ') || 'Chưa có nhiệm vụ');
  svg.classList.add('status-chart');
  shown.forEach((code, index) => {
    const y = index * rowHeight + 2;
    const group = document.createElementNS(SVG, 'g');
    group.dataset.status = code;
    group.dataset.count = String(counts[code]);
    const label = text(labelWidth - 8, y + 16, STATUS_LABELS[code], 'end');
    const bar = document.createElementNS(SVG, 'rect');
    const width = Math.max(2, Math.round((counts[code] / most) * barWidth));
    for (const [name, value] of [['x', labelWidth], ['y', y + 3], ['width', width], ['height', rowHeight - 8], ['fill', STATUS_COLOURS[code]], ['rx', 2]] as const) bar.setAttribute(name, String(value));
    const count = text(labelWidth + width + 6, y + 16, String(counts[code]), 'start');
    count.classList.add('chart-count');
    group.append(label, bar, count);
    svg.append(group);
  });
  return svg;
}

function text(x: number, y: number, content: string, anchor: 'start' | 'end'): SVGTextElement {
  const element = document.createElementNS(SVG, 'text');
  element.setAttribute('x', String(x));
  element.setAttribute('y', String(y));
  element.setAttribute('text-anchor', anchor);
  element.textContent = content;
  return element;
}
