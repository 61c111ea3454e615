import { describe, expect, it } from 'vitest';
import type { FormulaConvention } from '../../../src/sheet/formula-locale.js';
import { asOfDatesFor, compareWithEngine, daysFrom } from '../../helpers/sheet-formulas-compare.js';
import { domainDeadlines } from '../../helpers/sheet-formulas-tasks.js';

const CONVENTIONS: [string, FormulaConvention][] = [
  ['English commas', 'comma'],
  ['Việt Nam: ; and decimal comma', 'semicolon'],
];

describe.each(CONVENTIONS)("the live formulas on the domain's deadline table (docs/domain.md), written with %s", (_, convention) => {
  it('give the due date and status of computeStatus for every example, progress variant and day of the plan year', () => {
    const named = domainDeadlines();
    const { deadlines, pairs, rows, mismatches } = compareWithEngine(named, asOfDatesFor(named), 7, convention);
    console.log(`[${convention}] domain table: ${named.length} cells, ${deadlines} distinct deadlines, ${rows} rows, ${pairs} (task, as-of) pairs compared`);
    expect(mismatches).toEqual([]);
  }, 600_000);

  it.each([0, 14])(
    'follow a due-soon window of %i days set on the settings sheet',
    (window) => {
      const named = domainDeadlines();
      const { pairs, mismatches } = compareWithEngine(named, daysFrom('2026-03-01', '2026-07-10'), window, convention);
      console.log(`[${convention}] domain table, window ${window}: ${pairs} (task, as-of) pairs compared`);
      expect(mismatches).toEqual([]);
    },
    600_000,
  );
});
