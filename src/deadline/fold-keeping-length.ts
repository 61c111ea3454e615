/**
 * Folds text one character for one character (no diacritics, "đ" → "d", lower case), so that a
 * position found in the folded text is the same position in the original:
 * "Kể từ ngày UBND" → "ke tu ngay ubnd". Spaces are not collapsed.
 */
export function foldKeepingLength(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (char < '\u0080') {
      folded += char.toLowerCase();
      continue;
    }
    const base = char === 'đ' || char === 'Đ' ? 'd' : char.normalize('NFD').charAt(0).toLowerCase();
    folded += base.length === 1 ? base : char;
  }
  return folded;
}
