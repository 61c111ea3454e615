/**
 * How a spreadsheet's locale writes formulas. The core generates every formula once, in the
 * canonical (English, Excel file) form: `,` between arguments, `.` in decimals, `{1,2;3,4}` for
 * arrays. Google Sheets parses what a script writes (setValues "=…", setFormula(s), rule and
 * validation formulas) in the spreadsheet's own locale: in "semicolon" locales (Việt Nam, most of
 * Europe, Latin America…) arguments are separated by `;`, decimals use `,` and array columns `\`.
 * See docs/hosts.md, "Google Sheets: formulas and locale".
 */
export type FormulaConvention = 'comma' | 'semicolon';

/**
 * The locales whose formulas use commas, as Google Sheets lists them (28 of its 72 locales: United
 * States, United Kingdom and Welsh, Australia, Canada (English), Ireland, India and its languages,
 * Israel, Japan, South Korea, China, Hong Kong, Taiwan, Thailand, Philippines, Mexico, Mongolia,
 * Myanmar, Egypt, Switzerland); every other locale uses semicolons. Keys are countries, or bare
 * languages for a locale given without one ("en", "ja").
 */
const COMMA_COUNTRIES = new Set(['US', 'GB', 'AU', 'CA', 'IE', 'IN', 'IL', 'JP', 'KR', 'CN', 'HK', 'TW', 'TH', 'PH', 'MX', 'MN', 'MM', 'EG', 'CH']);
const COMMA_LANGUAGES = new Set(['en', 'ja', 'ko', 'zh', 'th', 'he', 'iw', 'hi', 'bn', 'gu', 'kn', 'ml', 'mr', 'pa', 'ta', 'te', 'my', 'mn', 'fil', 'cy']);
/** French Canada is the exception among the Canadian locales. */
const SEMICOLON_LOCALES = new Set(['fr_CA']);

/**
 * The convention of a locale as `Spreadsheet.getSpreadsheetLocale()` returns it ("vi_VN", "en_US",
 * "de", "pt-BR"); an empty or unknown one is read as semicolons, which is what most locales use and
 * what the comma locales also accept when typed.
 *
 * @example formulaConventionOf('vi_VN') → 'semicolon'; formulaConventionOf('en_GB') → 'comma'
 */
export function formulaConventionOf(locale: string | null | undefined): FormulaConvention {
  const text = String(locale ?? '')
    .trim()
    .replace('-', '_');
  if (text === '') return 'semicolon';
  const [language = '', country] = text.split('_');
  if (SEMICOLON_LOCALES.has(`${language.toLowerCase()}_${(country ?? '').toUpperCase()}`)) return 'semicolon';
  if (country !== undefined && country !== '') return COMMA_COUNTRIES.has(country.toUpperCase()) ? 'comma' : 'semicolon';
  return COMMA_LANGUAGES.has(language.toLowerCase()) ? 'comma' : 'semicolon';
}

interface Separators {
  readonly argument: string;
  readonly decimal: string;
  readonly arrayColumn: string;
}

const SEPARATORS: Readonly<Record<FormulaConvention, Separators>> = {
  comma: { argument: ',', decimal: '.', arrayColumn: ',' },
  semicolon: { argument: ';', decimal: ',', arrayColumn: '\\' },
};

/**
 * A canonical formula (with or without its "=") written in a convention: argument separators, the
 * decimal point of number literals and the column separator of array literals change; string
 * literals ("…", with "" inside) and quoted sheet names ('…', with '' inside) are copied as they are.
 *
 * @example localizeFormula('IF(A1>0.5,"a, b",{1,2;3,4})', 'semicolon') → 'IF(A1>0,5;"a, b";{1\2;3\4})'
 */
export function localizeFormula(formula: string, convention: FormulaConvention): string {
  return convertFormula(formula, SEPARATORS.comma, SEPARATORS[convention]);
}

/** The inverse of `localizeFormula`: a formula read back from a spreadsheet of that convention, in canonical form. */
export function canonicalFormula(formula: string, convention: FormulaConvention): string {
  return convertFormula(formula, SEPARATORS[convention], SEPARATORS.comma);
}

function convertFormula(formula: string, from: Separators, to: Separators): string {
  if (from === to) return formula;
  let out = '';
  /** Open brackets, innermost last: '(' for a call or a group, '{' for an array literal. */
  const open: string[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(formula, i, ch);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch === '(' || ch === '{') open.push(ch);
    else if (ch === ')' || ch === '}') open.pop();
    if (isDigit(ch) && startsNumber(formula, i)) {
      const end = numberEnd(formula, i, from.decimal);
      out += formula.slice(i, end).replace(from.decimal, to.decimal);
      i = end;
      continue;
    }
    const inArray = open[open.length - 1] === '{';
    if (inArray && ch === from.arrayColumn) out += to.arrayColumn;
    else if (!inArray && ch === from.argument) out += to.argument;
    else out += ch;
    i += 1;
  }
  return out;
}

/** The index just past a quoted run that opens at `start` (a doubled quote stays inside). */
function quotedEnd(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i += 1;
  }
  return text.length;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** A digit starts a number literal unless it continues a name or a reference (A1, $B$2, Sheet1, NgayNghi2, 1:3 rows stay as they are). */
function startsNumber(text: string, at: number): boolean {
  const before = text[at - 1];
  return before === undefined || !/[A-Za-z0-9_$.!\u00C0-\uFFFF]/.test(before);
}

/** The index past a number literal: digits, one decimal separator followed by a digit, an exponent. */
function numberEnd(text: string, start: number, decimal: string): number {
  let i = start;
  while (isDigit(text[i])) i += 1;
  if (text[i] === decimal && isDigit(text[i + 1])) {
    i += 1;
    while (isDigit(text[i])) i += 1;
  }
  if ((text[i] === 'E' || text[i] === 'e') && (isDigit(text[i + 1]) || ((text[i + 1] === '+' || text[i + 1] === '-') && isDigit(text[i + 2])))) {
    i += 2;
    while (isDigit(text[i])) i += 1;
  }
  return i;
}
