import { describe, expect, it } from 'vitest';
import type { FormulaConvention } from '../../../src/sheet/formula-locale.js';
import { asOfDatesFor, compareWithEngine } from '../../helpers/sheet-formulas-compare.js';
import { handMadeDeadlines } from '../../helpers/sheet-formulas-tasks.js';

const CONVENTIONS: [string, FormulaConvention][] = [
  ['English commas', 'comma'],
  ['Việt Nam: ; and decimal comma', 'semicolon'],
];

describe.each(CONVENTIONS)('the live formulas on hand-made deadline shapes, written with %s', (_, convention) => {
  it('give the due date and status of computeStatus for several parts, milestones, after-event, ties, clamped cycles and invalid rows', () => {
    const named = handMadeDeadlines();
    const { deadlines, pairs, rows, mismatches } = compareWithEngine(named, asOfDatesFor(named), 7, convention);
    console.log(`[${convention}] hand-made: ${named.length} cells, ${deadlines} distinct deadlines, ${rows} rows, ${pairs} (task, as-of) pairs compared`);
    expect(mismatches).toEqual([]);
  }, 600_000);
});
