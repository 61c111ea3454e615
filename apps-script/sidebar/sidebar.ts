/**
 * The sidebar's script (runs in the browser, in Apps Script's IFRAME sandbox). It talks to the server
 * only through `google.script.run`, with a failure handler on every call so that no error is lost.
 *
 * Shared later with the Excel task pane (taskpane/): the rendering of the dashboard (counts, findings,
 * period picker, settings form) is host-free and could move to a common module once the task pane's
 * interface code settles; only `call()` below differs (google.script.run here, office.js there).
 */
import { DUE_SOON_DAYS_MAX, DUE_SOON_DAYS_MIN } from '../../src/sheet/due-soon-limits.js';
import { STATUS_CODES, STATUS_LABELS } from '../../src/status/status-codes.js';
import type { ActionOutcome, Dashboard, PlanSettings } from '../../src/use-cases/dashboard.js';
import { DEFAULT_BOUNDARIES } from '../../src/summary/report-periods.js';
import type { DashboardAction } from '../../src/use-cases/dashboard-client.js';
import { sheetsDashboardClient as client } from './sheets-dashboard-client.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function show(message: string, isError = false): void {
  const box = $<HTMLParagraphElement>('message');
  box.textContent = message;
  box.className = isError ? 'message error' : 'message';
  box.hidden = message === '';
}

function busy(on: boolean): void {
  document.querySelectorAll('button').forEach((button) => {
    button.disabled = on;
  });
}

async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
  busy(true);
  try {
    return await work();
  } catch (error) {
    show(error instanceof Error ? error.message : String(error), true);
    return undefined;
  } finally {
    busy(false);
  }
}

function render(board: Dashboard): void {
  const plan = board.plan;
  $('plan').textContent = plan === null ? board.problem : `Trang “${plan.sheet}”: ${plan.title || 'kế hoạch'} (năm ${plan.year}), ${plan.tasks} nhiệm vụ. Ngày đánh giá ${board.today.split('-').reverse().join('/')}.`;
  const sheetSelect = $<HTMLSelectElement>('plan-sheet');
  sheetSelect.replaceChildren(new Option('(trang đang mở)', ''), ...board.sheets.map((name) => new Option(name, name)));
  sheetSelect.value = board.settings.planSheet ?? '';

  const counts = $<HTMLTableElement>('counts').tBodies[0]!;
  counts.replaceChildren(
    ...STATUS_CODES.map((code) => ({ code, label: STATUS_LABELS[code], count: plan?.counts[code] ?? 0 }))
      .filter((count) => count.count > 0)
      .map((count) => {
        const row = document.createElement('tr');
        row.className = count.code;
        const label = row.insertCell();
        label.textContent = count.label;
        const value = row.insertCell();
        value.className = 'count';
        value.textContent = String(count.count);
        return row;
      }),
  );

  const periods = $<HTMLSelectElement>('period');
  periods.replaceChildren(...board.periods.map((period) => new Option(period.title, period.label)));
  periods.value = board.defaultPeriod;

  const findings = plan?.findings ?? [];
  const more = plan?.moreFindings ?? 0;
  $('finding-count').textContent = findings.length === 0 ? '(không có)' : `(${findings.length + more})`;
  $('findings').replaceChildren(
    ...findings.map((finding) => {
      const item = document.createElement('li');
      item.className = finding.severity;
      const cell = document.createElement('span');
      cell.className = 'cell';
      cell.textContent = finding.cell;
      item.append(cell, finding.text);
      item.addEventListener('click', () => void run(() => client.showCell(finding.sheet, finding.cell)));
      return item;
    }),
    ...(more > 0 ? [Object.assign(document.createElement('li'), { textContent: `… và ${more} lỗi khác.` })] : []),
  );

  $<HTMLInputElement>('plan-year').value = board.settings.planYear === null ? '' : String(board.settings.planYear);
  $<HTMLInputElement>('due-soon').value = String(board.settings.dueSoonDays);
}

async function refresh(): Promise<void> {
  const board = await run(() => client.load());
  if (board === undefined) return;
  shownBoard = board;
  render(board);
}

/** Shows an outcome; refreshes the dashboard after one that succeeded. */
async function shown(work: () => Promise<ActionOutcome>): Promise<void> {
  const outcome = await run(work);
  if (outcome === undefined) return;
  show(outcome.text, !outcome.ok);
  if (outcome.ok) await refresh();
}

const act = (action: DashboardAction) => shown(() => client.run(action));

let shownBoard: Dashboard | undefined;

/** The settings typed, over those shown (the form has no period boundaries); the server checks their limits. */
function settingsFromForm(): PlanSettings {
  const year = $<HTMLInputElement>('plan-year').value.trim();
  return {
    boundaries: shownBoard?.settings.boundaries ?? DEFAULT_BOUNDARIES,
    planYear: year === '' ? null : Number(year),
    dueSoonDays: Number($<HTMLInputElement>('due-soon').value),
    planSheet: $<HTMLSelectElement>('plan-sheet').value || null,
  };
}

function start(): void {
  const dueSoon = $<HTMLInputElement>('due-soon');
  dueSoon.min = String(DUE_SOON_DAYS_MIN);
  dueSoon.max = String(DUE_SOON_DAYS_MAX);
  $('refresh').addEventListener('click', () => void refresh());
  $('update-status').addEventListener('click', () => void act({ kind: 'updateStatus' }));
  $('create-template').addEventListener('click', () => void act({ kind: 'createTemplate' }));
  $('make-summary').addEventListener('click', () => void act({ kind: 'buildSummary', period: $<HTMLSelectElement>('period').value }));
  const save = () => shown(() => client.saveSettings(settingsFromForm()));
  $('save-settings').addEventListener('click', () => void save());
  $('plan-sheet').addEventListener('change', () => void save());
  if (document.body.dataset.open === 'period') {
    const section = $('period-section');
    section.classList.add('highlight');
    section.scrollIntoView();
  }
  void refresh();
}

start();
