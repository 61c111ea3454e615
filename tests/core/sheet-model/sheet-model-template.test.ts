import { describe, expect, it } from 'vitest';
import { templateSheetModel, TEMPLATE_ROWS_PER_SECTION, TEMPLATE_SECTIONS } from '../../../src/sheet-model/template-sheet-model.js';
import { PLAN_SHEET_COLUMNS, planSheetColumn } from '../../../src/sheet/plan-sheet-layout.js';
import { HELPER_HEADERS } from '../../../src/sheet/row-formulas.js';
import { formulaRows } from '../../helpers/sheet-model-inputs.js';

const model = templateSheetModel({ name: 'Theo dõi CCHC', year: 2027 });
const STATUS = planSheetColumn('status');
const DUE = planSheetColumn('due');

describe('the template sheet model', () => {
  it('titles the plan with its year and heads the canonical columns, "Ghi chú" and the helpers', () => {
    expect(model.rows[0]).toEqual(['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027']);
    expect(model.rows[2]).toEqual([...PLAN_SHEET_COLUMNS.map((column) => column.header), 'Ghi chú', ...HELPER_HEADERS]);
  });

  it('lists the seven usual sections, each followed by empty numbered task rows', () => {
    const expected = TEMPLATE_SECTIONS.flatMap(([label, title], section) => [
      [label, title],
      ...Array.from({ length: TEMPLATE_ROWS_PER_SECTION }, (_, index) => section * TEMPLATE_ROWS_PER_SECTION + index + 1),
    ]);
    const shown = model.rows.slice(3).map((cells) => (typeof cells[0] === 'number' ? cells[0] : cells.slice(0, 2)));
    expect(shown).toEqual(expected);
  });

  it('has due and status formulas on the task rows only, showing nothing while a row is empty', () => {
    const rows = formulaRows(model, STATUS);
    expect(rows).toHaveLength(TEMPLATE_SECTIONS.length * TEMPLATE_ROWS_PER_SECTION);
    for (const row of rows) {
      const blank = `IF(AND(LEN(B${row + 1})=0,LEN(F${row + 1})=0),""`;
      expect(model.rows[row]![STATUS]).toEqual({ formula: expect.stringContaining(blank), result: '' });
      expect(model.rows[row]![DUE]).toEqual({ formula: expect.stringContaining(blank), result: '' });
    }
  });

  it('puts the dropdown, date validation and status colours over the rows under the header, where no section row has a status', () => {
    const [top, bottom] = [3, model.rows.length - 1];
    for (const validation of model.validations) expect([validation.range.top, validation.range.bottom]).toEqual([top, bottom]);
    expect(model.validations.map((validation) => validation.kind)).toEqual(['list', 'date', 'date', 'date']);
    expect(model.rules.map((rule) => rule.range)).toEqual(Array(4).fill({ top, left: 0, bottom, right: PLAN_SHEET_COLUMNS.length }));
    expect(model.rules[1]!.formula).toBe('LEFT($L4,7)="Quá hạn"');
  });
});
