/** The plan sheet the product writes: the living tracking table with dropdowns and formulas. */
export const PLAN_SHEET_NAME = 'Theo dõi CCHC';

/** The settings sheet the plan sheet's formulas read (as-of date, due-soon window, days off). */
export const SETTINGS_SHEET_NAME = 'Cài đặt CCHC';

/** Excel's limit on a sheet name's length (Google Sheets takes longer ones, Excel does not). */
const MAX_SHEET_NAME = 31;

/**
 * A text made into a legal sheet name: the characters Excel refuses (`[ ] : * ? / \`) become "-",
 * an apostrophe at either end is dropped, spaces are squeezed and the result is cut to 31 characters.
 *
 * @example cleanSheetName('Tổng hợp 6 tháng/2026') → "Tổng hợp 6 tháng-2026"
 */
export function cleanSheetName(text: string): string {
  const cleaned = text
    .replace(/[[\]:*?/\\]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '');
  return [...cleaned].slice(0, MAX_SHEET_NAME).join('').trim() || 'Trang';
}

/** The summary sheet of a period: "Tổng hợp " and the period's short title ("Tổng hợp Quý I-2026"). */
export function summarySheetName(shortTitle: string): string {
  return cleanSheetName(`Tổng hợp ${shortTitle}`);
}

/**
 * `wanted` made legal, or when a sheet of that name exists already (Excel compares names without
 * regard to case), the first free "wanted (2)", "wanted (3)" …, shortened to stay within 31 characters.
 *
 * @example freeSheetName('Tổng hợp Quý I-2026', ['Tổng hợp Quý I-2026']) → "Tổng hợp Quý I-2026 (2)"
 */
export function freeSheetName(wanted: string, existingNames: Iterable<string>): string {
  const used = new Set([...existingNames].map(sheetNameKey));
  const base = cleanSheetName(wanted);
  if (!used.has(sheetNameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${[...base]
      .slice(0, MAX_SHEET_NAME - suffix.length)
      .join('')
      .trimEnd()}${suffix}`;
    if (!used.has(sheetNameKey(name))) return name;
  }
}

/** Sheet names as Excel compares them: case-insensitive, in one Unicode form. */
export function sheetNameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi');
}
