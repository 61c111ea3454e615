import type { IsoDate } from '../dates/calendar-date.js';
import { STATUS_CODES, type StatusCode } from '../status/status-codes.js';
import type { StatusCounts } from './summary.js';

/** Counts being gathered for one line of the summary (the whole plan, a section, a unit). */
export interface StatusTally {
  total: number;
  readonly byStatus: Record<StatusCode, number>;
  dueByCutOff: number;
  doneOfDue: number;
}

const DONE_CODES: ReadonlySet<StatusCode> = new Set<StatusCode>(['DONE_ON_TIME', 'DONE_LATE', 'DONE']);

/** A tally with every status at zero. */
export function emptyTally(): StatusTally {
  const byStatus = {} as Record<StatusCode, number>;
  for (const code of STATUS_CODES) byStatus[code] = 0;
  return { total: 0, byStatus, dueByCutOff: 0, doneOfDue: 0 };
}

/**
 * Counts one task into a tally. It is due by the cut-off when the due date that decided its status is
 * on or before the day the plan was judged; a task without a concrete due date (continuous, waiting for
 * a directive, invalid) is never due.
 */
export function countTask(tally: StatusTally, code: StatusCode, due: IsoDate | null, judgedOn: IsoDate): void {
  tally.total++;
  tally.byStatus[code]++;
  if (due !== null && due <= judgedOn) {
    tally.dueByCutOff++;
    if (DONE_CODES.has(code)) tally.doneOfDue++;
  }
}

/**
 * The counts as the summary shows them: each status's share of all tasks and the completion rate
 * (done ÷ due by the cut-off), as percentages with one decimal; no rate when nothing was due.
 *
 * @example 1 of 3 tasks overdue → percent.OVERDUE 33.3; 2 due, 1 of them done → completionRate 50
 */
export function statusCounts(tally: StatusTally): StatusCounts {
  const percent = {} as Record<StatusCode, number>;
  for (const code of STATUS_CODES) percent[code] = percentOf(tally.byStatus[code], tally.total);
  return {
    total: tally.total,
    byStatus: { ...tally.byStatus },
    percent,
    dueByCutOff: tally.dueByCutOff,
    doneOfDue: tally.doneOfDue,
    completionRate: tally.dueByCutOff === 0 ? null : percentOf(tally.doneOfDue, tally.dueByCutOff),
  };
}

/** part ÷ whole as a percentage rounded to one decimal; 0 of nothing is 0. */
function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part * 1000) / whole) / 10;
}
