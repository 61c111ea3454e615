import type { IsoDate } from '../dates/calendar-date.js';
import type { Plan } from '../plan/plan.js';
import { readDateCell } from '../status/read-date-cell.js';

/**
 * The plan as its progress stood on a past day: a task completed after that day was still in progress
 * then. A report made on 18/03 for the period cut off on 14/03 must not count what was finished on 16/03.
 * Tasks marked done without a date are taken as done (nothing says when).
 */
export function progressAsOf(plan: Plan, day: IsoDate): Plan {
  let changed = false;
  const tasks = plan.tasks.map((task) => {
    const completedOn = task.progress.completedOn;
    if (completedOn === undefined) return task;
    const { date } = readDateCell(completedOn);
    if (date === null || date <= day) return task;
    changed = true;
    return { ...task, progress: { ...task.progress, progress: 'Đang thực hiện', completedOn: null } };
  });
  return changed ? { ...plan, tasks } : plan;
}
