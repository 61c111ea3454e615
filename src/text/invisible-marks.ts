/**
 * Marks that show nothing but sit between letters when text comes from Word, a PDF or a web page:
 * soft hyphen, combining grapheme joiner, the Arabic letter mark, left-to-right and right-to-left
 * marks, embeddings and isolates, zero-width spaces and joiners, the word joiner and invisible
 * operators, and the byte-order mark.
 */
const INVISIBLE_MARKS = /[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;
const HAS_INVISIBLE_MARK = /[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/;

/** The text without its invisible marks: "Quý I/\u200e2026" → "Quý I/2026". Text without any comes back as it is. */
export function stripInvisibleMarks(text: string): string {
  return HAS_INVISIBLE_MARK.test(text) ? text.replace(INVISIBLE_MARKS, '') : text;
}
