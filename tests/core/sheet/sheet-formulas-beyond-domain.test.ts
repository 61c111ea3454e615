import { describe, expect, it } from 'vitest';
import { asOfDatesFor, compareWithEngine } from '../../helpers/sheet-formulas-compare.js';
import { beyondDomainDeadlines } from '../../helpers/sheet-formulas-tasks.js';

describe('the live formulas on the deadline phrases beyond the domain table', () => {
  it('give the due date and status of computeStatus for every phrase, progress variant and day of the plan year', () => {
    const named = beyondDomainDeadlines();
    expect(named.map((item) => item.deadline.kind)).not.toContain('unknown');
    const { deadlines, pairs, rows, mismatches } = compareWithEngine(named, asOfDatesFor(named));
    console.log(`beyond the domain table: ${named.length} cells, ${deadlines} distinct deadlines, ${rows} rows, ${pairs} (task, as-of) pairs compared`);
    expect(mismatches).toEqual([]);
  }, 600_000);
});
