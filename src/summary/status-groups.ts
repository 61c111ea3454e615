import type { StatusCode } from '../status/status-codes.js';
import type { StatusCounts } from './summary.js';

/**
 * The columns of the government's reporting grid, into which the ten statuses fold for the counts
 * per section and per lead unit: done on time, done late, not done but within the deadline, overdue;
 * continuous and undated tasks apart. Done without a completion date and data errors have their own
 * column only when some task has that status (`usedStatusGroups`), so that every task is counted once.
 */
export interface StatusGroup {
  readonly key: 'onTime' | 'late' | 'doneUndated' | 'withinDeadline' | 'overdue' | 'continuous' | 'noDeadline' | 'invalid';
  readonly label: string;
  readonly codes: readonly StatusCode[];
  /** Shown only when some task has one of its statuses. */
  readonly onlyWhenUsed: boolean;
}

export const STATUS_GROUPS: readonly StatusGroup[] = [
  { key: 'onTime', label: 'Hoàn thành đúng hạn', codes: ['DONE_ON_TIME'], onlyWhenUsed: false },
  { key: 'late', label: 'Hoàn thành quá hạn', codes: ['DONE_LATE'], onlyWhenUsed: false },
  { key: 'doneUndated', label: 'Hoàn thành (chưa ghi ngày hoàn thành)', codes: ['DONE'], onlyWhenUsed: true },
  { key: 'withinDeadline', label: 'Chưa hoàn thành, còn trong hạn', codes: ['DUE_SOON', 'IN_PROGRESS', 'NOT_DUE'], onlyWhenUsed: false },
  { key: 'overdue', label: 'Chưa hoàn thành, quá hạn', codes: ['OVERDUE'], onlyWhenUsed: false },
  { key: 'continuous', label: 'Thường xuyên', codes: ['CONTINUOUS'], onlyWhenUsed: false },
  { key: 'noDeadline', label: 'Chưa có thời hạn cụ thể', codes: ['NO_DEADLINE'], onlyWhenUsed: false },
  { key: 'invalid', label: 'Lỗi dữ liệu', codes: ['INVALID'], onlyWhenUsed: true },
];

/** The groups a summary shows, given its totals: the standard ones, and the others some task needs. */
export function usedStatusGroups(totals: StatusCounts): readonly StatusGroup[] {
  return STATUS_GROUPS.filter((group) => !group.onlyWhenUsed || groupCount(totals, group) > 0);
}

/** How many tasks of a line of the summary fall in a group. */
export function groupCount(counts: StatusCounts, group: StatusGroup): number {
  return group.codes.reduce((sum, code) => sum + counts.byStatus[code], 0);
}
