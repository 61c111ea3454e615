import { describe, expect, it } from 'vitest';
import { CYCLE_MARK } from '../../../src/status/cycle-name.js';
import { STATUS_LABELS } from '../../../src/status/status-codes.js';
import { earlierStatusRuleFormulas, statusRuleFormulas } from '../../../src/sheet/status-rule-formulas.js';
import { PlanSheetEngine, engineResult, type SheetTask } from '../../helpers/sheet-formulas-workbook.js';
import { HOLIDAY_YEARS } from '../../helpers/sheet-formulas-compare.js';
import { domainDeadlines, handMadeDeadlines, taskVariants } from '../../helpers/sheet-formulas-tasks.js';

const DONE_LABELS: readonly string[] = [STATUS_LABELS.DONE_ON_TIME, STATUS_LABELS.DONE_LATE, STATUS_LABELS.DONE];

describe('statusRuleFormulas', () => {
  it("compares the status cell of the rule's first row, its column fixed and its row relative", () => {
    expect(statusRuleFormulas('L', 5)).toEqual({
      overdue: 'LEFT($L5,7)="Quá hạn"',
      dueSoon: 'LEFT($L5,11)="Sắp đến hạn"',
      done: 'LEFT($L5,10)="Hoàn thành"',
      invalid: '$L5="Lỗi dữ liệu"',
    });
  });

  it('knows the formulas earlier versions wrote, each label matched whole, so that hosts still replace those rules', () => {
    expect(earlierStatusRuleFormulas('L', 5)).toEqual({
      overdue: '$L5="Quá hạn"',
      dueSoon: '$L5="Sắp đến hạn"',
      done: 'OR($L5="Hoàn thành đúng hạn",$L5="Hoàn thành quá hạn",$L5="Hoàn thành")',
      invalid: '$L5="Lỗi dữ liệu"',
    });
  });

  it('takes a column given with a dollar sign or in lower case', () => {
    expect(statusRuleFormulas('$l', 3).overdue).toBe('LEFT($L3,7)="Quá hạn"');
  });

  it.each(['comma', 'semicolon'] as const)(
    'colours each row by its own live status when copied down the rows, as a rule over the range applies it (formulas with %s separators)',
    (convention) => {
      const named = [...domainDeadlines(), ...handMadeDeadlines()];
      const tasks: SheetTask[] = named.flatMap((item, index) => taskVariants(item, index));
      const sheet = new PlanSheetEngine(tasks, { years: HOLIDAY_YEARS, convention });
      try {
        for (const asOf of ['2026-01-10', '2026-03-25', '2026-06-28', '2026-12-31']) {
          sheet.setAsOf(asOf);
          const rules = statusRuleFormulas('L', PlanSheetEngine.FIRST_ROW);
          const lit = Object.fromEntries(Object.entries(rules).map(([look, formula]) => [look, sheet.fillDown(formula, PlanSheetEngine.FIRST_ROW)]));
          const results = tasks.map((task) => engineResult(task, asOf).status);
          // A recurring task's status goes on with its cycle ("Quá hạn – kỳ quý I/2026"): the colour is the status's.
          expect(
            results.some((label) => label.includes(CYCLE_MARK)),
            asOf,
          ).toBe(true);
          const labels = results.map((label) => label.split(CYCLE_MARK)[0]!);
          expect(labels.filter((label) => label === STATUS_LABELS.OVERDUE).length, asOf).toBeGreaterThan(0);
          expect(lit.overdue).toEqual(labels.map((label) => label === STATUS_LABELS.OVERDUE));
          expect(lit.dueSoon).toEqual(labels.map((label) => label === STATUS_LABELS.DUE_SOON));
          expect(lit.done).toEqual(labels.map((label) => DONE_LABELS.includes(label)));
          expect(lit.invalid).toEqual(labels.map((label) => label === STATUS_LABELS.INVALID));
        }
      } finally {
        sheet.destroy();
      }
    },
    120_000,
  );
});
