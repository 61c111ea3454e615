import { describe, expect, it } from 'vitest';
import { STATUS_CODES, type StatusCode } from '../../../src/status/status-codes.js';
import { groupCount, STATUS_GROUPS, usedStatusGroups } from '../../../src/summary/status-groups.js';
import { emptyTally, statusCounts } from '../../../src/summary/status-tally.js';

const countsOf = (codes: readonly StatusCode[]) => {
  const tally = emptyTally();
  for (const code of codes) {
    tally.total++;
    tally.byStatus[code]++;
  }
  return statusCounts(tally);
};

describe('the status groups of the government grid', () => {
  it('put every status in exactly one group', () => {
    const grouped = STATUS_GROUPS.flatMap((group) => group.codes);
    expect([...grouped].sort()).toEqual([...STATUS_CODES].sort());
  });

  it('fold not-done tasks within their deadline together, and keep overdue, continuous and undated apart', () => {
    const counts = countsOf(['DUE_SOON', 'IN_PROGRESS', 'NOT_DUE', 'NOT_DUE', 'OVERDUE', 'CONTINUOUS', 'NO_DEADLINE', 'DONE_ON_TIME', 'DONE_LATE']);
    expect(Object.fromEntries(STATUS_GROUPS.map((group) => [group.key, groupCount(counts, group)]))).toEqual({
      onTime: 1,
      late: 1,
      doneUndated: 0,
      withinDeadline: 4,
      overdue: 1,
      continuous: 1,
      noDeadline: 1,
      invalid: 0,
    });
  });

  it('show done-without-a-date and data errors only when some task has them, so the groups always add up to the total', () => {
    const plain = countsOf(['DONE_ON_TIME', 'OVERDUE']);
    expect(usedStatusGroups(plain).map((group) => group.key)).toEqual(['onTime', 'late', 'withinDeadline', 'overdue', 'continuous', 'noDeadline']);
    const odd = countsOf(['DONE', 'INVALID', 'OVERDUE']);
    expect(usedStatusGroups(odd).map((group) => group.key)).toEqual(['onTime', 'late', 'doneUndated', 'withinDeadline', 'overdue', 'continuous', 'noDeadline', 'invalid']);
    for (const counts of [plain, odd]) expect(usedStatusGroups(counts).reduce((sum, group) => sum + groupCount(counts, group), 0)).toBe(counts.total);
  });
});
