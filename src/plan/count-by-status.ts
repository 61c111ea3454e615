import { STATUS_CODES, type StatusCode } from '../status/status-codes.js';
import type { AssessedPlan } from './assess-plan.js';

/** How many of the plan's tasks have each status on the day it was judged; every status present, maybe 0. */
export function countByStatus(assessed: AssessedPlan): Record<StatusCode, number> {
  const counts = Object.fromEntries(STATUS_CODES.map((code) => [code, 0])) as Record<StatusCode, number>;
  for (const { status } of assessed.tasks) counts[status.code]++;
  return counts;
}
