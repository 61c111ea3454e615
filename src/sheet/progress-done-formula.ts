/**
 * The progress texts the live formula reads as done, lower-cased and trimmed as LOWER(TRIM(…)) gives
 * them: the dropdown's "Hoàn thành" and what clerks type instead, in precomposed Unicode (NFC), without
 * diacritics, and "hoàn thành" / "đã hoàn thành" also decomposed (NFD). `readProgress` reads every one
 * of them as done. Anything else is not done for the formula: "Chưa hoàn thành", "Không hoàn thành",
 * "Đang thực hiện", "=abc", but also spellings `readProgress` does read as done — a longer text
 * ("Hoàn thành tốt", "Đã hoàn thành (15/3)"), OCR slips ("Hoan thanb"), a non-breaking space, other
 * percent forms ("100,0%"); the report writer writes the dropdown's words in their place.
 */
export const DONE_SPELLINGS: readonly string[] = [
  ...['hoàn thành', 'đã hoàn thành', 'hoàn tất', 'đã hoàn tất', 'xong', 'đã xong', 'ht', 'đã thực hiện', 'hoàn thành 100%'],
  ...['hoan thanh', 'da hoan thanh', 'hoan tat', 'da xong', 'da thuc hien'],
  ...['hoàn thành', 'đã hoàn thành'].map((text) => text.normalize('NFD')),
  ...['x', '✓', '✔', '☑', '✅', '✔\ufe0f', '☑\ufe0f', '✅\ufe0f', '100%', '100 %', 'true'],
];

/** The separator of the list the formula looks a text up in; it is never part of a spelling. */
const SEPARATOR = '|';

/**
 * The list the formula looks a progress text up in: every spelling between separators. The settings
 * sheet holds it in one cell (named DEFAULT_SETTINGS_NAMES.doneWords), so that the formula of each
 * row names it instead of repeating it (it was most of a big report's formula text).
 */
export const DONE_WORDS_TEXT = `${SEPARATOR}${DONE_SPELLINGS.join(SEPARATOR)}${SEPARATOR}`;

/**
 * Formula (without "=") that is TRUE when a progress cell (Tình trạng) says the task is done, as
 * `readProgress` would: a text among DONE_SPELLINGS (any case, spaces trimmed), the number 1 (100%)
 * or 100, or TRUE. Errors, empty cells, dates and other texts are FALSE; a text such as "=abc" is
 * just a text that is not done. `list` is the workbook name of the cell holding DONE_WORDS_TEXT;
 * without one the list is written into the formula.
 *
 * @example progressDoneFormula('G5', 'DsHoanThanh') → IF(ISTEXT(G5),ISNUMBER(FIND("|"&SUBSTITUTE(LOWER(TRIM(G5)),"|","/")&"|",DsHoanThanh)),…)
 */
export function progressDoneFormula(cell: string, list?: string): string {
  const words = list ?? `"${DONE_WORDS_TEXT}"`;
  const text = `IF(ISTEXT(${cell}),ISNUMBER(FIND("${SEPARATOR}"&SUBSTITUTE(LOWER(TRIM(${cell})),"${SEPARATOR}","/")&"${SEPARATOR}",${words}))`;
  return `${text},IF(ISNUMBER(${cell}),OR(${cell}=1,${cell}=100),IF(ISLOGICAL(${cell}),${cell})))`;
}
