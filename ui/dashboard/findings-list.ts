import { rowOfCell } from '../../src/grid/address.js';
import type { Severity } from '../../src/findings/finding.js';
import { DASHBOARD_FINDINGS_MAX, type DashboardFinding } from '../../src/use-cases/dashboard.js';
import { element } from './dom.js';
import { say } from './say.js';

const SEVERITY = { error: 'DASHBOARD_SEVERITY_ERROR', warning: 'DASHBOARD_SEVERITY_WARNING', info: 'DASHBOARD_SEVERITY_INFO' } as const satisfies Record<Severity, string>;

/**
 * The findings, each a button that shows its cell, at most DASHBOARD_FINDINGS_MAX of them; the rest
 * (those the host left out and those cut here) are counted in a last line, "và N ghi chú khác".
 */
export function findingsList(findings: readonly DashboardFinding[], more: number, onShow: (finding: DashboardFinding) => void): HTMLElement {
  const shown = findings.slice(0, DASHBOARD_FINDINGS_MAX);
  const rest = more + findings.length - shown.length;
  const total = shown.length + rest;
  const box = element('div', 'dash-findings');
  box.append(element('p', 'dash-hint dash-findings-count', total === 0 ? say('DASHBOARD_NO_FINDINGS') : say('DASHBOARD_FINDINGS_COUNT', { total })));
  const list = element('ol', 'dash-findings-list');
  for (const finding of shown) {
    const button = element('button', `dash-finding dash-finding-${finding.severity}`);
    button.type = 'button';
    button.dataset.sheet = finding.sheet;
    button.dataset.cell = finding.cell;
    button.dataset.row = String(rowOfCell(finding.cell));
    button.title = say('DASHBOARD_SHOW_CELL', { cell: finding.cell });
    button.append(
      element('span', 'dash-finding-place', say('DASHBOARD_FINDING_PLACE', { severity: say(SEVERITY[finding.severity]), cell: finding.cell, row: rowOfCell(finding.cell) })),
      element('span', 'dash-finding-text', finding.text),
    );
    button.addEventListener('click', () => onShow(finding));
    const item = element('li');
    item.append(button);
    list.append(item);
  }
  if (rest > 0) list.append(element('li', 'dash-findings-more', say('DASHBOARD_MORE_FINDINGS', { count: rest })));
  if (total > 0) box.append(list);
  return box;
}
