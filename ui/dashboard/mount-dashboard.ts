import type { ActionOutcome, Dashboard } from '../../src/use-cases/dashboard.js';
import type { DashboardAction, DashboardClient } from '../../src/use-cases/dashboard-client.js';
import { actionButton, ACTION_WORDS } from './action-buttons.js';
import { countsTable } from './counts-table.js';
import { element } from './dom.js';
import { findingsList } from './findings-list.js';
import { messageLine, type MessageKind } from './message-line.js';
import { applyPalette } from './palette-properties.js';
import { periodPicker } from './period-picker.js';
import { say } from './say.js';
import { settingsForm } from './settings-form.js';
import { statusChart } from './status-chart.js';

/** What a host may still do with a mounted dashboard. */
export interface DashboardView {
  /** Reads again through the client and shows the answer. */
  reload(): Promise<void>;
  /** Shows a dashboard the host already has (the pane's defaults before Excel answers). */
  show(dashboard: Dashboard): void;
  showMessage(kind: MessageKind, text: string): void;
  showProgress(done: number, total: number): void;
  /** Off: every control is disabled (the pane outside Excel), whatever runs. */
  setEnabled(enabled: boolean): void;
}

/**
 * The one dashboard (counts, chart, findings, period picker, the client's actions, settings, a
 * message line) built into `root`, plain DOM, talking to its host only through `client`.
 */
export function mountDashboard(root: HTMLElement, client: DashboardClient, options: { readonly load?: boolean } = {}): DashboardView {
  applyPalette();
  root.classList.add('dash');
  const line = messageLine();
  let current: Dashboard | null = null;
  let enabled = true;
  let busy = false;
  const controls = () => root.querySelectorAll<HTMLButtonElement | HTMLSelectElement | HTMLInputElement>('button, select, input');
  const refreshControls = () => {
    root.dataset.busy = String(busy);
    controls().forEach((control) => {
      control.disabled = busy || !enabled;
    });
  };
  /** Runs one call with the controls off, its sentence on the message line; errors are told, never lost. */
  const task = async (working: string, work: () => Promise<ActionOutcome | string | void>) => {
    busy = true;
    refreshControls();
    line.show('info', working);
    try {
      const done = await work();
      if (typeof done === 'string') line.show('success', done);
      else if (done !== undefined) line.show(done.ok ? 'success' : 'error', done.text);
      else line.show('info', '');
    } catch (error) {
      line.show('error', error instanceof Error ? error.message : String(error));
    } finally {
      busy = false;
      refreshControls();
    }
  };

  const sheetSelect = element('select', 'dash-sheet');
  sheetSelect.id = 'dash-sheet';
  const refresh = element('button', 'dash-refresh', say('DASHBOARD_REFRESH'));
  refresh.type = 'button';
  const sheetLabel = element('label', undefined, say('DASHBOARD_SHEET_LABEL'));
  sheetLabel.htmlFor = sheetSelect.id;
  const sheetRow = element('div', 'dash-row');
  sheetRow.append(sheetSelect, refresh);
  const planLine = element('p', 'dash-plan-line');
  const counts = element('div', 'dash-counts-box');
  const chart = element('div', 'dash-chart-box');
  const findings = element('div', 'dash-findings-box');
  const plan = element('section', 'dash-plan');
  plan.append(element('h2', undefined, say('DASHBOARD_PLAN_HEADING')), sheetLabel, sheetRow, planLine, counts, chart, findings);

  const periods = periodPicker('dash-period');
  const actions = element('section', 'dash-actions');
  actions.append(element('h2', undefined, say('DASHBOARD_ACTIONS_HEADING')));
  const runAction = (action: DashboardAction) =>
    task(say(ACTION_WORDS[action.kind].working), async () => {
      const outcome = await client.run(action);
      await quietReload();
      return outcome;
    });
  for (const kind of client.actions) {
    if (kind === 'buildSummary') actions.append(periods.element);
    actions.append(actionButton(kind, () => void runAction(kind === 'buildSummary' ? { kind, period: periods.select.value } : { kind })));
  }

  const saveSettings = (settings: Dashboard['settings']) =>
    task(say('DASHBOARD_SAVING_SETTINGS'), async () => {
      const outcome = await client.saveSettings(settings);
      await quietReload();
      return outcome;
    });
  const settings = settingsForm(
    (chosen) => void saveSettings(chosen),
    (text) => line.show('error', text),
  );
  const settingsSection = element('section', 'dash-settings-section');
  settingsSection.append(settings.element);

  root.replaceChildren(line.element, plan, ...(client.actions.length > 0 ? [actions] : []), settingsSection);

  const show = (dashboard: Dashboard) => {
    current = dashboard;
    const chosen = dashboard.plan?.sheet ?? dashboard.settings.planSheet;
    const names = chosen !== null && !dashboard.sheets.includes(chosen) ? [chosen, ...dashboard.sheets] : dashboard.sheets;
    sheetSelect.replaceChildren(new Option(say('DASHBOARD_ACTIVE_SHEET'), ''), ...names.map((name) => new Option(name, name, false, name === chosen)));
    if (chosen === null) sheetSelect.value = '';
    const found = dashboard.plan;
    planLine.textContent = found === null ? dashboard.problem : say('DASHBOARD_PLAN_LINE', { title: found.title, year: found.year, tasks: found.tasks, sheet: found.sheet });
    counts.replaceChildren(...(found === null ? [] : [countsTable(found.counts)]));
    chart.replaceChildren(...(found === null ? [] : [statusChart(found.counts)]));
    findings.replaceChildren(
      ...(found === null
        ? []
        : [
            element('h3', undefined, say('DASHBOARD_FINDINGS_HEADING')),
            findingsList(found.findings, found.moreFindings, (finding) => void task(say('DASHBOARD_SHOW_CELL', { cell: finding.cell }), () => client.showCell(finding.sheet, finding.cell))),
          ]),
    );
    periods.show(dashboard.periods, dashboard.defaultPeriod);
    settings.show(dashboard.settings);
    refreshControls();
  };
  const quietReload = async () => show(await client.load());
  const reload = () =>
    task(say('DASHBOARD_READING'), async () => {
      const dashboard = await client.load();
      show(dashboard);
      // No plan: the plan line under the sheet picker already says why.
      return dashboard.plan === null ? undefined : say('DASHBOARD_READ', { tasks: dashboard.plan.tasks, sheet: dashboard.plan.sheet });
    });

  refresh.addEventListener('click', () => void reload());
  sheetSelect.addEventListener('change', () => {
    if (current === null) return;
    const sheet = sheetSelect.value === '' ? null : sheetSelect.value;
    void saveSettings({ ...current.settings, planSheet: sheet });
  });
  if (options.load !== false) void reload();
  return {
    reload,
    show,
    showMessage: (kind, text) => line.show(kind, text),
    showProgress: (done, total) => line.progress(done, total),
    setEnabled(on) {
      enabled = on;
      refreshControls();
    },
  };
}
