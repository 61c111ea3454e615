import { columnLetters } from '../grid/address.js';
import { planSheetColumn, type PlanSheetColumn } from './plan-sheet-layout.js';
import type { RowRefs } from './sheet-formulas.js';

/** The letter of a plan sheet column: `planSheetLetter('status')` → "L". */
export const planSheetLetter = (key: PlanSheetColumn['key']): string => columnLetters(planSheetColumn(key));

/** What a row's formulas refer to on the plan sheet the product writes, its helpers from column `firstHelper` (0-based). */
export function planSheetRowRefs(row: number, firstHelper: number): RowRefs {
  return {
    row,
    progress: planSheetLetter('progress'),
    completedOn: planSheetLetter('completedOn'),
    dueOverride: planSheetLetter('dueOverride'),
    eventDate: planSheetLetter('eventDate'),
    due: planSheetLetter('due'),
    firstHelper: columnLetters(firstHelper),
  };
}
