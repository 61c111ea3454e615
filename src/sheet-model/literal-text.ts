/**
 * A text as a host that parses what it is given (office.js `formulas`, Apps Script `setValues`) must
 * be given it to keep it as text: with an apostrophe in front, which Excel and Google Sheets take as
 * "this is text" and hide. Quoted: what would be read as a formula ("=…", "+…", "-…", "@…"), a number
 * or a date ("0012", "1.5", "15/6/2026", "15-6-2026", "50%"), or a truth value ("TRUE"). Other texts
 * are unchanged. (exceljs writes text cells as text and needs no quoting.)
 *
 * @example asLiteralText('=A1+B1 là chữ') → "'=A1+B1 là chữ"
 * @example asLiteralText('15/6/2026') → "'15/6/2026"
 * @example asLiteralText('Quý I/2026') → "Quý I/2026"
 */
export function asLiteralText(text: string): string {
  const parsed = /^[=+\-@]/.test(text) || (/^\s*[\d.,/:%\s-]+$/.test(text) && /\d/.test(text)) || /^\s*(true|false)\s*$/i.test(text);
  return parsed ? `'${text}` : text;
}
