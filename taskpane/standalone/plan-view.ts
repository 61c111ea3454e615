import { rowOfCell } from '../../src/grid/address.js';
import type { AssessedPlan } from '../../src/plan/assess-plan.js';
import { countByStatus } from '../../src/plan/count-by-status.js';
import { statusChart } from './status-chart.js';
import { showViDate } from './vi-date.js';

const SEVERITY_TEXT = { error: 'Lỗi', warning: 'Cần xem', info: 'Ghi chú' } as const;
const FINDINGS_SHOWN = 300;

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
};


/**
 * Step 2 of the standalone page: the plan's title and year, how many sections, tasks and findings,
 * the status chart, the findings (each names its row and jumps to it in the task list) and the task
 * list by section with each task's status and due date (dd/mm/yyyy).
 */
export function showPlan(root: ParentNode, assessed: AssessedPlan, fileName: string): void {
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
  get('sa-judged').textContent = `(đánh giá ngày ${showViDate(assessed.asOf)})`;
  get('sa-chart').replaceChildren(statusChart(countByStatus(assessed)));
  showFindings(get('sa-findings'), get('sa-findings-count'), assessed);
  showTasks(get('sa-tasks'), assessed);
  get('sa-tasks-summary').textContent = `Danh sách ${plan.tasks.length} nhiệm vụ (bấm để mở)`;
}

function showFindings(list: HTMLElement, count: HTMLElement, assessed: AssessedPlan): void {
  const shown = assessed.issues.slice(0, FINDINGS_SHOWN);
  list.replaceChildren(
    ...shown.map((finding) => {
      const item = element('li');
      const button = element('button', undefined, `finding finding-${finding.severity}`);
      button.type = 'button';
      button.dataset.row = String(rowOfCell(finding.cell));
      button.title = 'Xem dòng này trong danh sách nhiệm vụ';
      button.append(element('span', `${SEVERITY_TEXT[finding.severity]} · dòng ${rowOfCell(finding.cell)} (ô ${finding.cell})`, 'finding-cell'), element('span', finding.message));
      item.append(button);
      return item;
    }),
  );
  const total = assessed.issues.length;
  count.textContent =
    total === 0
      ? 'Không thấy lỗi dữ liệu.'
      : `${total} điểm cần xem${total > shown.length ? ` (hiện ${shown.length} điểm đầu)` : ''}. Số dòng là số dòng trong tệp của bạn; bấm vào một điểm để xem dòng đó trong danh sách nhiệm vụ.`;
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
