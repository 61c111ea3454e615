/**
 * The sidebar's script (runs in the browser, in Apps Script's IFRAME sandbox). It talks to the server
 * only through `google.script.run`, with a failure handler on every call so that no error is lost.
 *
 * Shared later with the Excel task pane (taskpane/): the rendering of the dashboard (counts, findings,
 * period picker, settings form) is host-free and could move to a common module once the task pane's
 * interface code settles; only `call()` below differs (google.script.run here, office.js there).
 */
import { DUE_SOON_DAYS_MAX, DUE_SOON_DAYS_MIN } from '../../src/sheet/due-soon-limits.js';
import type { ActionResult, Dashboard, SidebarSettings } from '../sidebar-contract.js';
import type { ServerFunction } from '../entry-points.js';

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Calls a server function; resolves with its result, rejects with its (Vietnamese) message. */
function call<T>(name: ServerFunction, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler((value) => resolve(value as T)).withFailureHandler((error) => reject(error));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

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
  $('plan').textContent = board.planSheet === null ? board.message : `Trang "${board.planSheet}": ${board.planTitle || 'kế hoạch'} (năm ${board.planYear ?? ''}), ${board.taskCount} nhiệm vụ. Ngày đánh giá ${board.today.split('-').reverse().join('/')}.`;
  const sheetSelect = $<HTMLSelectElement>('plan-sheet');
  sheetSelect.replaceChildren(new Option('(trang đang mở)', ''), ...board.sheets.map((name) => new Option(name, name)));
  sheetSelect.value = board.settings.planSheet ?? '';

  const counts = $<HTMLTableElement>('counts').tBodies[0]!;
  counts.replaceChildren(
    ...board.counts
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

  $('finding-count').textContent = board.findings.length === 0 ? '(không có)' : `(${board.findings.length + board.moreFindings})`;
  $('findings').replaceChildren(
    ...board.findings.map((finding) => {
      const item = document.createElement('li');
      item.className = finding.severity;
      const cell = document.createElement('span');
      cell.className = 'cell';
      cell.textContent = finding.cell;
      item.append(cell, finding.message);
      item.addEventListener('click', () => void run(() => call('sidebarSelectCell', finding.sheet, finding.cell)));
      return item;
    }),
    ...(board.moreFindings > 0 ? [Object.assign(document.createElement('li'), { textContent: `… và ${board.moreFindings} lỗi khác.` })] : []),
  );

  $<HTMLInputElement>('plan-year').value = board.settings.planYear === null ? '' : String(board.settings.planYear);
  $<HTMLInputElement>('due-soon').value = String(board.settings.dueSoonDays);
}

async function refresh(): Promise<void> {
  const board = await run(() => call<Dashboard>('sidebarDashboard'));
  if (board !== undefined) render(board);
}

async function act(name: ServerFunction, ...args: unknown[]): Promise<void> {
  const result = await run(() => call<ActionResult>(name, ...args));
  if (result !== undefined) {
    show(result.message);
    await refresh();
  }
}

function settingsFromForm(): Partial<SidebarSettings> {
  const year = $<HTMLInputElement>('plan-year').value.trim();
  return {
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
  $('update-status').addEventListener('click', () => void act('sidebarUpdateStatus'));
  $('create-template').addEventListener('click', () => void act('sidebarCreateTemplate'));
  $('make-summary').addEventListener('click', () => void act('sidebarMakeSummary', $<HTMLSelectElement>('period').value));
  const save = async () => {
    const saved = await run(() => call<SidebarSettings>('sidebarSaveSettings', settingsFromForm()));
    if (saved !== undefined) {
      show('Đã lưu cài đặt.');
      await refresh();
    }
  };
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
