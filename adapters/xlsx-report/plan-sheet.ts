/** Row (1-based) of the plan sheet's column headers: row 1 holds the title, row 2 stays empty. */
export const PLAN_HEADER_ROW = 3;

export { rowFormulasByShape, type RowFormulasAt } from '../../src/sheet-model/row-formulas-by-shape.js';
