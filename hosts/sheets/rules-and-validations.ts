import { message, renderMessage } from '../../src/messages/catalogue.js';
import type { CellRange, ConditionalRule, Validation } from '../../src/sheet-model/sheet-model.js';
import { canonicalFormula, localizeFormula, type FormulaConvention } from '../../src/sheet/formula-locale.js';
import { hashed, TABLE_COLOURS } from '../../src/sheet-model/palette.js';
import { earlierStatusRuleFormulas, statusRuleFormulas } from '../../src/sheet/status-rule-formulas.js';
import { RULE_STYLES } from './cell-content.js';
import type { Range, Sheet } from './host.js';

type FormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** The Sheets range of a 0-based, inclusive block. */
export function rangeOf(sheet: Sheet, block: CellRange): Range {
  return sheet.getRange(block.top + 1, block.left + 1, block.bottom - block.top + 1, block.right - block.left + 1);
}

/**
 * Puts our status-colour rules on a sheet and keeps the user's own: reads the sheet's rules once,
 * drops only ours (from this run or an earlier one, wherever the status column was), adds ours and
 * writes them all back in one `setConditionalFormatRules` (which replaces every rule of the sheet).
 * Rule formulas are written, and read back, in the spreadsheet's convention.
 */
export function mergeConditionalRules(sheet: Sheet, ours: readonly ConditionalRule[], convention: FormulaConvention, extra: readonly FormatRule[] = []): void {
  const ourFormulas = new Set(ours.map((rule) => normalFormula(rule.formula)));
  const kept = sheet.getConditionalFormatRules().filter((rule) => !isOurRule(rule, convention, ourFormulas));
  sheet.setConditionalFormatRules([...kept, ...ours.map((rule) => statusRule(sheet, rule, convention)), ...extra]);
}

function statusRule(sheet: Sheet, rule: ConditionalRule, convention: FormulaConvention): FormatRule {
  const style = RULE_STYLES[rule.look];
  let builder = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(`=${localizeFormula(rule.formula, convention)}`)
    .setFontColor(style.color);
  if (style.background !== undefined) builder = builder.setBackground(style.background);
  if (style.bold === true) builder = builder.setBold(true);
  return builder.setRanges([rangeOf(sheet, rule.range)]).build();
}

/** A data bar in Sheets: a white-to-blue gradient (Sheets' rules have no bars). */
export function dataBarRule(sheet: Sheet, block: CellRange): FormatRule {
  return SpreadsheetApp.newConditionalFormatRule()
    .setGradientMinpoint(hashed(TABLE_COLOURS.white))
    .setGradientMaxpoint(hashed(TABLE_COLOURS.dataBarLight))
    .setRanges([rangeOf(sheet, block)])
    .build();
}

/** Our rule shapes, whatever the status column and first row, and those earlier versions wrote: `LEFT($L5,7)="Quá hạn"`, `$L5="Quá hạn"`. */
const OUR_SHAPES: readonly RegExp[] = [statusRuleFormulas, earlierStatusRuleFormulas]
  .flatMap((formulas) => Object.values(formulas('ZZZ', 999999)))
  .map((formula) => new RegExp(`^${escapeRegExp(normalFormula(formula)).split('\\$ZZZ999999').join('\\$[A-Z]{1,3}\\d+')}$`));

/** Whether a rule on the sheet is one the add-on made: a custom formula of one of our shapes (read in the sheet's convention). */
export function isOurRule(rule: FormatRule, convention: FormulaConvention, ourFormulas: ReadonlySet<string> = new Set()): boolean {
  const condition = rule.getBooleanCondition();
  if (condition === null) return false;
  if (condition.getCriteriaType() !== SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA) return false;
  const formula = normalFormula(canonicalFormula(String(condition.getCriteriaValues()[0] ?? ''), convention));
  return ourFormulas.has(formula) || OUR_SHAPES.some((shape) => shape.test(formula));
}

function normalFormula(formula: string): string {
  return formula.replace(/^=/, '').replace(/\s+/g, '').normalize('NFC');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Dropdowns and date checks, one `setDataValidation` per block. */
export function applyValidations(sheet: Sheet, validations: readonly Validation[]): void {
  for (const validation of validations) {
    const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(true);
    const rule =
      validation.kind === 'list'
        ? builder.requireValueInList([...validation.choices], true).build()
        : builder
            .requireDate()
            .setHelpText(renderMessage(message('CELL_DATE_EXPECTED', {})))
            .build();
    rangeOf(sheet, validation.range).setDataValidation(rule);
  }
}
