/**
 * A text as a host that reads "=…", "+…", "-…" or "@…" as a formula must be given it to keep it as
 * text: with an apostrophe in front, which Excel and Google Sheets take as "this is text" and hide.
 * Other texts are unchanged. (exceljs writes text cells as text and needs no quoting.)
 *
 * @example quoteIfFormulaLike('=A1+B1 là chữ') → "'=A1+B1 là chữ"
 * @example quoteIfFormulaLike('Quý I/2026') → "Quý I/2026"
 */
export function quoteIfFormulaLike(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}
