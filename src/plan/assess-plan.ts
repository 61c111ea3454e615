import type { IsoDate } from '../dates/calendar-date.js';
import { createWorkingCalendar } from '../calendar/working-calendar.js';
import type { Deadline } from '../deadline/deadline.js';
import { parseDeadline } from '../deadline/parse-deadline.js';
import { finding, type Finding } from '../findings/finding.js';
import { rowOfCell } from '../grid/address.js';
import { isDateCell } from '../grid/cell-value.js';
import { computeStatus, type TaskStatus } from '../status/compute-status.js';
import type { Plan, Task } from './plan.js';

export interface AssessOptions {
  /** The day the plan is judged on: today, or a report's cut-off. */
  readonly asOf: IsoDate;
  /** Days before a due date when a task counts as due soon; 7 unless the user sets another. */
  readonly dueSoonDays?: number;
  /** The user's own days off, added to the built-in Vietnamese holidays. */
  readonly daysOff?: readonly IsoDate[];
}

export interface AssessedTask {
  readonly task: Task;
  readonly deadline: Deadline;
  readonly status: TaskStatus;
  /** The row has an error or a deadline no rule reads: its status is INVALID, on the sheet too. */
  readonly invalid: boolean;
}

/** What a plan's tasks were judged with: the day, and the user's own days off (beside the built-in holidays). */
export interface Judging {
  readonly asOf: IsoDate;
  readonly daysOff: readonly IsoDate[];
}

export interface AssessedPlan extends Judging {
  readonly plan: Plan;
  readonly tasks: readonly AssessedTask[];
  /** The plan's findings and those of its deadlines and progress cells, in row order. */
  readonly issues: readonly Finding[];
}

/**
 * Understands every task's deadline and judges its status on the as-of date. A task whose row has an
 * error is INVALID; a deadline no rule reads is an error naming its cell and quoting its text.
 */
export function assessPlan(plan: Plan, options: AssessOptions): AssessedPlan {
  const calendar = createWorkingCalendar({ daysOff: options.daysOff ?? [] });
  const issues: Finding[] = [...plan.issues];
  const rowsWithErrors = new Set(plan.issues.filter((issue) => issue.severity === 'error').map((issue) => rowOfCell(issue.cell)));
  const tasks = plan.tasks.map((task) => {
    const deadline = parseDeadline(deadlineInput(task), { planYear: plan.plan.year });
    const own: Finding[] = [];
    if (deadline.kind === 'unknown' && task.deadlineText !== '') {
      own.push(finding('DEADLINE_UNREADABLE', task.cells.deadline ?? `A${task.row}`, { text: task.deadlineText }));
    }
    const invalid = own.length > 0 || rowsWithErrors.has(task.row);
    const status = computeStatus({
      deadline,
      asOf: options.asOf,
      ...task.progress,
      invalid,
      dueSoonDays: options.dueSoonDays ?? 7,
      calendar,
    });
    for (const problem of status.problems) {
      const cell = task.cells[problem.column] ?? `A${task.row}`;
      own.push(finding(problem.code, cell, { text: problem.text }));
    }
    issues.push(...own);
    return { task, deadline, status, invalid };
  });
  return { plan, asOf: options.asOf, daysOff: options.daysOff ?? [], tasks, issues: issues.sort((a, b) => rowOfCell(a.cell) - rowOfCell(b.cell)) };
}

/** A real date cell or a serial number is read as the date it is; anything else as the text shown. */
function deadlineInput(task: Task) {
  const value = task.deadlineValue;
  return isDateCell(value) || typeof value === 'number' ? value : task.deadlineText;
}
