import { describe, expect, it } from 'vitest';
import { asOfDatesFor, compareWithEngine } from './sheet-formulas-compare.js';
import { handMadeDeadlines } from './sheet-formulas-tasks.js';

describe('the live formulas on hand-made deadline shapes', () => {
  it('give the due date and status of computeStatus for several parts, milestones, after-event, ties, clamped cycles and invalid rows', () => {
    const named = handMadeDeadlines();
    const { deadlines, pairs, rows, mismatches } = compareWithEngine(named, asOfDatesFor(named));
    console.log(`hand-made: ${named.length} cells, ${deadlines} distinct deadlines, ${rows} rows, ${pairs} (task, as-of) pairs compared`);
    expect(mismatches).toEqual([]);
  }, 600_000);
});
