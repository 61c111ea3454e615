import { sheetSerial } from '../sheet/sheet-serial.js';
import { asLiteralText } from './literal-text.js';
import type { CellContent } from './sheet-model.js';

/** Dates are written as serial numbers shown day/month/year, never as text a locale may misread. */
export const DATE_FORMAT = 'dd/mm/yyyy';

/** What a spreadsheet host is given for one cell as if typed: the input (null: leave it) and its number format. */
export interface TypedCellInput {
  readonly input: string | number | boolean;
  readonly format: string | null;
}

/**
 * One cell of a sheet model as Excel's `range.formulas` and Sheets' `setValues` take it: text quoted
 * when the host would read it as a formula, a number or a date ("=abc" → "'=abc", "0012" → "'0012"),
 * a date as its serial number with a dd/mm/yyyy format, a formula with its "=" in the host's
 * convention (`formulaText`). The core's cached result is not needed: the host computes it.
 *
 * @example typedCellInput({ date: '2026-03-31' }, (f) => f) → { input: 46112, format: 'dd/mm/yyyy' }
 */
export function typedCellInput(content: CellContent, formulaText: (formula: string) => string): TypedCellInput {
  if (content === null) return { input: '', format: null };
  if (typeof content === 'string') return { input: asLiteralText(content), format: null };
  if (typeof content === 'number' || typeof content === 'boolean') return { input: content, format: null };
  if ('date' in content) return { input: sheetSerial(content.date), format: DATE_FORMAT };
  const result = content.result;
  const isDate = typeof result === 'object' && result !== null && 'date' in result;
  return { input: `=${formulaText(content.formula)}`, format: isDate ? DATE_FORMAT : null };
}
