import type { AssessedPlan } from '../plan/assess-plan.js';
import { extraHeaders, planSheetRows, planSheetTitle } from './plan-sheet-rows.js';
import { planTableModel } from './plan-table-model.js';
import type { DetailedSheetModel } from './sheet-model.js';

/**
 * The living plan sheet "Theo dõi CCHC" of an assessed plan: its title (with the year), the note on
 * the day it is judged on (the as-of date; live, from the settings sheet), the canonical
 * columns, the tracking columns carried over from the user's sheet, the due-date and status formulas
 * with the statuses judged on the as-of date as cached results, the plan's other columns, the hidden
 * helper columns, dropdown, date validation and status colours (see `planTableModel`).
 *
 * @example planSheetModel(assessPlan(plan, { asOf: '2026-03-20' }), { name: 'Theo dõi CCHC' }).rows[2][0] → "STT"
 */
export function planSheetModel(assessed: AssessedPlan, options: { name: string }): DetailedSheetModel {
  const extra = extraHeaders(assessed);
  return planTableModel({
    name: options.name,
    title: planSheetTitle(assessed.plan.plan.title, assessed.plan.plan.year),
    judgedOn: assessed.asOf,
    extraHeaders: extra,
    rows: planSheetRows(assessed, extra),
  });
}
