import type { StatusCounts } from '../../src/summary/summary.js';

/**
 * A line of counts written short for tests: the total, the statuses that occur, the tasks due by the
 * cut-off, the done among them and the completion rate.
 */
export function brief(counts: StatusCounts) {
  const statuses = Object.fromEntries(Object.entries(counts.byStatus).filter(([, count]) => count > 0));
  return { total: counts.total, ...statuses, due: counts.dueByCutOff, done: counts.doneOfDue, rate: counts.completionRate };
}
