import { formatViDate } from '../../src/dates/calendar-date.js';
import type { AssessedPlan } from '../../src/plan/assess-plan.js';
import { message, renderMessage } from '../../src/messages/catalogue.js';
import { STATUS_CODES, STATUS_LABELS } from '../../src/status/status-codes.js';
import { findingWithHint } from './finding-hints.js';

const SEVERITY_WORDS = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' } as const;

function fit(text: string, width: number): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length <= width ? line.padEnd(width) : `${line.slice(0, width - 1)}…`;
}

/** The plan as a Vietnamese table for a person at a terminal: tasks by section, counts, findings. */
export function formatInspect(assessed: AssessedPlan, notices: readonly string[] = []): string {
  const { plan } = assessed;
  const errors = assessed.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = assessed.issues.length - errors;
  const lines = [
    renderMessage(message('CLI_INSPECT_PLAN', { title: plan.plan.title })),
    renderMessage(message('CLI_INSPECT_SHEET', { sheet: plan.plan.sheet, year: plan.plan.year, asOf: formatViDate(assessed.asOf) })),
    renderMessage(message('CLI_INSPECT_COUNTS', { tasks: plan.tasks.length, sections: plan.sections.length, errors, warnings })),
    ...notices.map((notice) => renderMessage(message('CLI_NOTICE', { text: notice }))),
  ];
  const columns = `${fit('STT', 5)} ${fit('Nhiệm vụ', 44)} ${fit('Chủ trì', 26)} ${fit('Thời gian', 24)} ${fit('Hạn', 10)} Trạng thái`;
  let section: string | null | undefined;
  let heading: unknown = null;
  for (const { task, status } of assessed.tasks) {
    if (task.section !== section) {
      section = task.section;
      heading = null;
      const title = plan.sections.find((candidate) => candidate.label === section)?.title ?? '';
      lines.push('', section === null ? '(Chưa thuộc mục nào)' : `${section}. ${title}`, columns);
    }
    const innermost = task.subsections[task.subsections.length - 1] ?? null;
    if (innermost !== heading) {
      heading = innermost;
      if (innermost !== null) lines.push(`${'  '.repeat(innermost.level)}${innermost.label}${/[).]$/.test(innermost.label) ? '' : '.'} ${innermost.title}`);
    }
    const due = status.due === null ? '' : formatViDate(status.due);
    lines.push(`${fit(task.stt, 5)} ${fit(task.task, 44)} ${fit(task.lead.join('; '), 26)} ${fit(task.deadlineText, 24)} ${fit(due, 10)} ${status.label}`);
  }
  lines.push('', 'Số nhiệm vụ theo trạng thái:');
  for (const code of STATUS_CODES) {
    const count = assessed.tasks.filter((task) => task.status.code === code).length;
    if (count > 0) lines.push(`  ${fit(STATUS_LABELS[code], 30)} ${count}`);
  }
  lines.push('', 'Đơn vị chủ trì và phối hợp:');
  for (const unit of plan.units) {
    const others = unit.spellings.filter((spelling) => spelling !== unit.name);
    lines.push(`  ${unit.name}${others.length ? ` (còn viết: ${others.join('; ')})` : ''}`);
  }
  if (assessed.issues.length > 0) {
    lines.push('', 'Cần xem lại:');
    for (const issue of assessed.issues) lines.push(`  [${SEVERITY_WORDS[issue.severity]}] ${findingWithHint(issue)}`);
  }
  return lines.join('\n');
}
