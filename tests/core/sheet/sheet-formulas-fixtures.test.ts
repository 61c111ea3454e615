import { describe, expect, it } from 'vitest';
import type { FormulaConvention } from '../../../src/sheet/formula-locale.js';
import { asOfDatesFor, compareWithEngine } from '../../helpers/sheet-formulas-compare.js';
import { fixtureDeadlines } from '../../helpers/sheet-formulas-tasks.js';

const CONVENTIONS: [string, FormulaConvention][] = [
  ['English commas', 'comma'],
  ['Việt Nam: ; and decimal comma', 'semicolon'],
];

describe.each(CONVENTIONS)("the live formulas on the fixtures' deadline cells, written with %s", (_, convention) => {
  it('give the due date and status of computeStatus for every cell, progress variant and day of the plan year', () => {
    const named = fixtureDeadlines();
    const { deadlines, pairs, rows, mismatches } = compareWithEngine(named, asOfDatesFor(named), 7, convention);
    console.log(`[${convention}] fixtures: ${named.length} cells, ${deadlines} distinct deadlines, ${rows} rows, ${pairs} (task, as-of) pairs compared`);
    expect(named.length).toBeGreaterThan(20);
    expect(mismatches).toEqual([]);
  }, 600_000);
});
