import type { IsoDate } from '../dates/calendar-date.js';
import type { AssessedTask } from '../plan/assess-plan.js';
import type { OverdueLine, TaskLine } from './summary.js';

/**
 * A task as a line of the summary's lists: where it is, what it is, who leads it, its deadline as
 * written and as understood, and its status. `due` is the task's own due date unless another is given
 * (the next quarter's list shows the date falling in that quarter).
 */
export function taskLine({ task, deadline, status }: AssessedTask, due: IsoDate | null = status.due): TaskLine {
  return {
    row: task.row,
    stt: task.stt,
    section: task.section,
    task: task.task,
    lead: task.lead,
    deadlineText: task.deadlineText,
    kind: deadline.kind,
    due,
    status: status.code,
  };
}

/** An overdue task as a line of the summary's overdue list, with its days overdue on the judging day. */
export function overdueLine(assessed: AssessedTask): OverdueLine {
  return { ...taskLine(assessed), daysOverdue: assessed.status.daysOverdue ?? 0 };
}
