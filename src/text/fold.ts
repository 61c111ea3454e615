const COMBINING_MARKS = /[\u0300-\u036f]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * A key for comparing Vietnamese text however it was typed: without diacritics, lower case,
 * one kind of dash, single spaces. "Phòng Văn hoá – Xã hội" and "Phong Van hoa - Xa hoi" fold alike.
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(DASHES, '-').replace(/\s+/g, ' ').trim();
}

/** Folded text reduced to words: punctuation becomes space. "Cơ quan, đơn vị chủ trì" → "co quan don vi chu tri". */
export function foldWords(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
