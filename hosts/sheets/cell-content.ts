import { hashed as hex, RULE_COLOURS, TABLE_COLOURS } from '../../src/sheet-model/palette.js';
import type { CellContent, CellLook, RuleLook } from '../../src/sheet-model/sheet-model.js';
import { localizeFormula, type FormulaConvention } from '../../src/sheet/formula-locale.js';
import { DATE_FORMAT, typedCellInput } from '../../src/sheet-model/typed-cell-input.js';

export { DATE_FORMAT };

/** Sheets' automatic format. */
export const GENERAL_FORMAT = 'General';

/**
 * One cell for `setValues`: texts kept as text, dates as serial numbers (shown with `DATE_FORMAT`, so
 * no time zone can shift them), formulas with their "=" (dd/mm/yyyy when the core's result is a date, as
 * "Hạn (tự tính)") and in the spreadsheet's convention (`formulaConvention`). Also says the number
 * format the cell needs.
 */
export function sheetsCell(content: CellContent, convention: FormulaConvention): { value: string | number | boolean; format: string | null } {
  const { input, format } = typedCellInput(content, (formula) => localizeFormula(formula, convention));
  return { value: input, format };
}

export interface LookStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly background?: string;
  readonly wrap?: boolean;
  readonly format?: string;
}

/** The product's looks in Sheets (the report workbook's colours). */
export const LOOK_STYLES: Readonly<Record<CellLook, LookStyle>> = {
  title: { bold: true, size: 14, color: hex(TABLE_COLOURS.accent) },
  subtitle: { italic: true, size: 11 },
  header: { bold: true, background: hex(TABLE_COLOURS.headerFill), wrap: true },
  section: { bold: true, background: hex(TABLE_COLOURS.sectionFill), wrap: true },
  body: { wrap: true },
  date: { format: DATE_FORMAT },
  percent: { format: '0.0%' },
  number: { format: '0' },
  note: { italic: true, color: hex(TABLE_COLOURS.noteText) },
  total: { bold: true, background: hex(TABLE_COLOURS.sectionFill) },
  helper: { size: 9, color: hex(TABLE_COLOURS.line) },
};

/** Status colours of the conditional rules (the report workbook's). */
export const RULE_STYLES: Readonly<Record<RuleLook, { background?: string; color: string; bold?: boolean }>> = {
  overdue: { background: hex(RULE_COLOURS.overdue.fill), color: hex(RULE_COLOURS.overdue.text) },
  dueSoon: { background: hex(RULE_COLOURS.dueSoon.fill), color: hex(RULE_COLOURS.dueSoon.text) },
  done: { background: hex(RULE_COLOURS.done.fill), color: hex(RULE_COLOURS.done.text) },
  invalid: { color: hex(RULE_COLOURS.invalid.text), bold: true },
};

/** A column width in characters as Sheets' pixels. */
export function columnPixels(characters: number): number {
  return Math.round(characters * 7 + 5);
}

/** The finer looks (`LookVariant`) in Sheets, on top of the base look. */
export const VARIANT_STYLES: Readonly<Record<string, LookStyle & { align?: 'center' }>> = {
  centred: { align: 'center' },
  small: { italic: true, size: 9 },
  band: { bold: true, background: hex(TABLE_COLOURS.bandFill) },
  bold: { bold: true },
  input: { background: hex(TABLE_COLOURS.inputFill) },
};
