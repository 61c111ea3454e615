import { message, renderMessage } from '../../src/messages/catalogue.js';
import type { AssessedPlan } from '../../src/plan/assess-plan.js';
import type { DashboardFinding, DashboardPlan } from '../../src/use-cases/dashboard.js';
import { countsTable } from '../../ui/dashboard/counts-table.js';
import { findingsList } from '../../ui/dashboard/findings-list.js';
import { statusChart } from '../../ui/dashboard/status-chart.js';
import { showViDate } from './vi-date.js';

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
};

/**
 * Step 2 of the standalone page: the plan's title and year, how many sections, tasks and findings,
 * the dashboard's counts, chart and findings (each names its row; `onFinding` jumps to it in the
 * task list) and the task list by section with each task's status and due date (dd/mm/yyyy).
 */
export function showPlan(root: ParentNode, assessed: AssessedPlan, fileName: string, shown: DashboardPlan, onFinding: (finding: DashboardFinding) => void): void {
  const { plan } = assessed;
  const get = (id: string) => root.querySelector<HTMLElement>(`#${id}`)!;
  get('sa-plan-title').textContent = plan.plan.title || '(Kế hoạch chưa có tiêu đề)';
  const facts: [string, string, string][] = [
    ['file', 'Tệp', fileName],
    ['year', 'Năm kế hoạch', String(plan.plan.year)],
    ['sections', 'Số mục', String(plan.sections.length)],
    ['tasks', 'Số nhiệm vụ', String(plan.tasks.length)],
    ['findings', 'Điểm cần xem', String(assessed.issues.length)],
  ];
  get('sa-facts').replaceChildren(
    ...facts.map(([key, label, value]) => {
      const item = element('div');
      item.dataset.fact = key;
      item.append(element('dt', label), element('dd', value));
      return item;
    }),
  );
  get('sa-judged').textContent = renderMessage(message('PAGE_JUDGED_ON', { asOf: assessed.asOf }));
  get('sa-counts').replaceChildren(countsTable(shown.counts));
  get('sa-chart').replaceChildren(statusChart(shown.counts));
  get('sa-findings').replaceChildren(findingsList(shown.findings, shown.moreFindings, onFinding));
  showTasks(get('sa-tasks'), assessed);
  get('sa-tasks-summary').textContent = renderMessage(message('PAGE_TASK_LIST_SUMMARY', { tasks: plan.tasks.length }));
}

function showTasks(table: HTMLElement, assessed: AssessedPlan): void {
  const head = element('thead');
  const header = element('tr');
  for (const title of ['Dòng', 'STT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn (theo kế hoạch)', 'Hạn', 'Trạng thái']) header.append(element('th', title));
  head.append(header);
  const body = element('tbody');
  const titles = new Map(assessed.plan.sections.map((section) => [section.label, section.title]));
  let section: string | null | undefined;
  for (const { task, status } of assessed.tasks) {
    if (task.section !== section) {
      section = task.section;
      const row = element('tr', undefined, 'section-row');
      const cell = element('td', section === null ? '(Chưa thuộc mục nào)' : `${section}. ${titles.get(section) ?? ''}`);
      cell.colSpan = 7;
      row.append(cell);
      body.append(row);
    }
    const row = element('tr', undefined, `status-${status.code.toLowerCase().replace(/_/g, '-')}`);
    row.dataset.row = String(task.row);
    row.dataset.status = status.code;
    row.append(
      element('td', String(task.row), 'num'),
      element('td', task.stt, 'num'),
      element('td', task.task),
      element('td', task.lead.join('; ')),
      element('td', task.deadlineText),
      element('td', showViDate(status.due), 'date'),
      element('td', status.label, 'status'),
    );
    body.append(row);
  }
  table.replaceChildren(head, body);
}

/** Opens the task list at the task a finding's row belongs to, and marks it. */
export function showRow(root: ParentNode, row: number): void {
  const rows = [...root.querySelectorAll<HTMLElement>('#sa-tasks tr[data-row]')];
  const target = rows.filter((item) => Number(item.dataset.row) <= row).pop() ?? rows[0];
  if (target === undefined) return;
  root.querySelector<HTMLDetailsElement>('#sa-tasks-box')!.open = true;
  for (const item of root.querySelectorAll('#sa-tasks tr.marked')) item.classList.remove('marked');
  target.classList.add('marked');
  target.scrollIntoView({ block: 'center' });
}
