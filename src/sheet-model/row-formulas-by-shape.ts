import type { Deadline } from '../deadline/deadline.js';
import { rowFormulas } from '../sheet/row-formulas.js';
import type { RowFormulas, RowRefs, SettingsNames } from '../sheet/sheet-formulas.js';

/** A row number no plan reaches, stood in for the row while a deadline's formulas are worked out once. */
const STAND_IN_ROW = 1_048_575;
/** The stand-in row in a cell reference ("K1048575", "$L1048575"): always right after the column letters. */
const STAND_IN_REFERENCE = new RegExp(`(?<=[A-Z])${STAND_IN_ROW}(?!\\d)`, 'g');
const SHAPES_KEPT = 10_000;

/** A row's formulas, for its deadline, whether it failed validation, and its 1-based row. */
export type RowFormulasAt = (deadline: Deadline, invalid: boolean, row: number) => RowFormulas;

/**
 * `rowFormulas` for row after row, worked out once for each distinct deadline. A row's formulas are
 * its deadline's, with the row's own number in the cell references: a plan of 165,000 tasks has a
 * few hundred distinct deadlines, and building the formula tree for each row took most of the time.
 *
 * @example const at = rowFormulasByShape(refsOf, DEFAULT_SETTINGS_NAMES); at(deadline, false, 5).status → "IF(…K5…)"
 */
export function rowFormulasByShape(refsOf: (row: number) => RowRefs, names: SettingsNames): RowFormulasAt {
  const shapes = new Map<string, { helpers: RowFormulas['helpers']; due: string[]; status: string[] }>();
  return (deadline, invalid, row) => {
    const key = `${invalid ? 1 : 0}${JSON.stringify(deadline)}`;
    let shape = shapes.get(key);
    if (shape === undefined) {
      const formulas = rowFormulas(deadline, invalid, refsOf(STAND_IN_ROW), names);
      shape = { helpers: formulas.helpers, due: formulas.due.split(STAND_IN_REFERENCE), status: formulas.status.split(STAND_IN_REFERENCE) };
      if (shapes.size >= SHAPES_KEPT) shapes.clear();
      shapes.set(key, shape);
    }
    const at = String(row);
    return { helpers: shape.helpers, due: shape.due.join(at), status: shape.status.join(at) };
  };
}
