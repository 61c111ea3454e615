import { describe, expect, it } from 'vitest';
import { rowFormulasByShape } from '../../src/sheet-model/row-formulas-by-shape.js';
import { parseDeadline } from '../../src/deadline/parse-deadline.js';
import type { RowRefs } from '../../src/sheet/sheet-formulas.js';
import { DEFAULT_SETTINGS_NAMES, rowFormulas } from '../../src/sheet/row-formulas.js';
import { FIXTURE_NAMES, readFixturePlan } from '../helpers/fixture-plans.js';

const refsOf = (row: number): RowRefs => ({ row, progress: 'G', completedOn: 'H', dueOverride: 'I', eventDate: 'J', due: 'K', firstHelper: 'N' });

describe('the plan sheet’s formulas, worked out once per deadline', () => {
  it('are, row for row, the formulas rowFormulas gives', async () => {
    const formulasOf = rowFormulasByShape(refsOf, DEFAULT_SETTINGS_NAMES);
    const texts = new Set<string>();
    for (const name of FIXTURE_NAMES) for (const task of (await readFixturePlan(name)).tasks) texts.add(task.deadlineText);
    texts.add('Giao ban quý III: tháng 9/2025; giao ban quý IV: tháng 12/2025; quý I: tháng 3/2026; quý II: tháng 6/2026; quý III: tháng 9/2026');
    let row = 4;
    for (const text of texts) {
      const deadline = parseDeadline(text, { planYear: 2026 });
      for (const invalid of [false, true]) {
        for (const at of [row, row + 1_000, 165_004]) {
          expect(formulasOf(deadline, invalid, at), `${text} @${at}`).toEqual(rowFormulas(deadline, invalid, refsOf(at), DEFAULT_SETTINGS_NAMES));
        }
      }
      row += 7;
    }
    expect(texts.size).toBeGreaterThan(20);
  });
});
