import { describe, expect, it } from 'vitest';
import { assessPlan } from '../../../src/plan/assess-plan.js';
import { judgedOnNote, judgedOnNoteText } from '../../../src/sheet-model/judged-on-note.js';
import { planSheetModel } from '../../../src/sheet-model/plan-sheet-model.js';
import { PLAN_SHEET_COLUMNS, PROGRESS_CHOICES, planSheetColumn } from '../../../src/sheet/plan-sheet-layout.js';
import { HELPER_HEADERS } from '../../../src/sheet/row-formulas.js';
import { statusRuleFormulas } from '../../../src/sheet/status-rule-formulas.js';
import { FIXTURE_NAMES, readFixturePlan } from '../../helpers/fixture-plans.js';
import { AS_OF, formulaRows, isFormula } from '../../helpers/sheet-model-inputs.js';

const DUE = planSheetColumn('due');
const STATUS = planSheetColumn('status');

const cases = await Promise.all(
  FIXTURE_NAMES.map(async (name) => {
    const plan = await readFixturePlan(name);
    const assessed = assessPlan(plan, { asOf: AS_OF });
    return { name, plan, assessed, model: planSheetModel(assessed, { name: 'Theo dõi CCHC' }) };
  }),
);

describe.each(cases)('the plan sheet model of $name', ({ plan, assessed, model }) => {
  const extra = [...new Set(plan.layout.extraColumns.map((column) => column.header))];
  const visible = PLAN_SHEET_COLUMNS.length + extra.length;
  const taskRows = formulaRows(model, STATUS);

  it('is named as asked and titled with the plan’s title and year above the note on the day it is judged on', () => {
    expect(model.name).toBe('Theo dõi CCHC');
    expect(String(model.rows[0]![0])).toContain(String(plan.plan.year));
    expect(model.rows[1]).toEqual([judgedOnNote(AS_OF)]);
    expect(judgedOnNote(AS_OF)).toMatchObject({ result: judgedOnNoteText(AS_OF) });
    expect(judgedOnNoteText('2026-12-04')).toMatch(/^Trạng thái \(tự tính\) ở trang này được đánh giá tại ngày 04\/12\/2026 /);
    expect(model.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: visible - 1 });
    expect(model.merges).toContainEqual({ top: 1, left: 0, bottom: 1, right: visible - 1 });
  });

  it('heads row 3 with the canonical columns, the plan’s other columns, then the hidden helpers', () => {
    expect(model.rows[2]).toEqual([...PLAN_SHEET_COLUMNS.map((column) => column.header), ...extra, ...HELPER_HEADERS]);
    expect(model.hiddenColumns).toEqual(HELPER_HEADERS.map((_, index) => visible + index));
    expect(model.columnWidths).toHaveLength(visible + HELPER_HEADERS.length);
    expect(model.frozenRows).toBe(3);
    expect(model.printTitleRows).toEqual({ top: 2, bottom: 2 });
    expect(model.looks).toContainEqual({ range: { top: 2, left: 0, bottom: 2, right: visible - 1 }, look: 'header' });
  });

  it('writes one row a task, in order, each with its due and status formulas and the results the core computed', () => {
    expect(taskRows).toHaveLength(assessed.tasks.length);
    taskRows.forEach((row, index) => {
      const { task, status } = assessed.tasks[index]!;
      const cells = model.rows[row]!;
      expect(String(cells[0])).toBe(task.stt);
      expect(cells[DUE]).toEqual({ formula: expect.any(String), result: status.due === null ? '' : { date: status.due } });
      expect(cells[STATUS]).toEqual({ formula: expect.stringContaining(`${row + 1}`), result: status.label });
    });
  });

  it('gives section rows their label and title, bold, and no formulas', () => {
    const sectionRows = model.rows.flatMap((cells, index) => (index > 2 && !isFormula(cells[STATUS]) ? [index] : []));
    expect(sectionRows).toHaveLength(plan.sections.length);
    for (const row of sectionRows) {
      expect(model.rows[row]).toHaveLength(2);
      expect(model.looks.some(({ range, look }) => look === 'section' && range.top <= row && row <= range.bottom && range.right === visible - 1)).toBe(true);
    }
    expect(sectionRows.map((row) => model.rows[row]![0])).toEqual([...plan.sections].sort((a, b) => a.row - b.row).map((section) => section.label));
  });

  it('puts the dropdown, the date validation and the status colours over the table’s rows under the header only', () => {
    const top = 3;
    const bottom = model.rows.length - 1;
    expect(taskRows[0]).toBeGreaterThanOrEqual(top);
    const range = (key: Parameters<typeof planSheetColumn>[0]) => ({ top, left: planSheetColumn(key), bottom, right: planSheetColumn(key) });
    expect(model.validations).toEqual([
      { range: range('progress'), kind: 'list', choices: PROGRESS_CHOICES },
      { range: range('completedOn'), kind: 'date' },
      { range: range('dueOverride'), kind: 'date' },
      { range: range('eventDate'), kind: 'date' },
    ]);
    const formulas = statusRuleFormulas('L', top + 1);
    expect(model.rules.map((rule) => [rule.look, rule.formula])).toEqual([
      ['invalid', formulas.invalid],
      ['overdue', formulas.overdue],
      ['dueSoon', formulas.dueSoon],
      ['done', formulas.done],
    ]);
    for (const rule of model.rules) expect(rule.range).toEqual({ top, left: 0, bottom, right: visible - 1 });
  });

  it('has no chart, no data bars and no names of its own', () => {
    expect(model.chart).toBeUndefined();
    expect(model.dataBars).toEqual([]);
    expect(model.names).toEqual([]);
  });
});

describe('the plan sheet model’s cells', () => {
  it('holds the tasks’ texts as plain strings, units joined with "; ", never a formula', () => {
    const { assessed, model } = cases[1]!;
    const row = formulaRows(model, STATUS)[1]!;
    const { task } = assessed.tasks[1]!;
    expect(model.rows[row]!.slice(1, 6)).toEqual([task.task, task.deliverable || null, task.lead.join('; '), task.coUnits.join('; ') || null, task.deadlineText]);
  });

  it('carries the user’s progress over as the dropdown’s words and dates as real dates', () => {
    const { plan } = cases[2]!;
    const tasks = plan.tasks.map((task, index) =>
      index === 0 ? { ...task, progress: { progress: 'đã hoàn thành', completedOn: '10/01/2026' } } : index === 1 ? { ...task, progress: { progress: 'tạm dừng' } } : task,
    );
    const model = planSheetModel(assessPlan({ ...plan, tasks }, { asOf: AS_OF }), { name: 'Theo dõi CCHC' });
    const [first, second] = formulaRows(model, STATUS);
    const at = (row: number, key: Parameters<typeof planSheetColumn>[0]) => model.rows[row]![planSheetColumn(key)];
    expect([at(first!, 'progress'), at(first!, 'completedOn'), at(second!, 'progress')]).toEqual(['Hoàn thành', { date: '2026-01-10' }, 'tạm dừng']);
  });
});
