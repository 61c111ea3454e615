import { distance } from 'fastest-levenshtein';

/** What a directive names after "theo", without spaces: "chi dao" → "chidao". */
const AUTHORITY_NOUNS = [
  'chi dao',
  'huong dan',
  'yeu cau',
  'ke hoach',
  'van ban',
  'quy dinh',
  'thong bao',
  'thoi gian',
  'tien do',
  'de nghi',
  'nghi dinh',
  'nghi quyet',
  'quyet dinh',
  'thong tu',
  'cong van',
  'chi thi',
  'chuong trinh',
  'lo trinh',
  'ket luan',
  'phan cong',
  'tinh hinh',
  'thuc te',
  'nhu cau',
  'dieu kien',
] as const;
const NOUN_KEYS = AUTHORITY_NOUNS.map((noun) => ({ noun, key: ocrCanonical(noun.replace(/ /g, '')) }));
/** How many of the words after "theo" a damaged noun may have been broken into: "hu ong dan". */
const MOST_PIECES = 3;

/**
 * The words a scanner confuses, made alike on both sides of a comparison: "li" for "h" ("Tlieo"),
 * "rn" for "m", "cl" for "d", "1", "l", "|" and "!" for "i", "0" for "o".
 */
function ocrCanonical(word: string): string {
  return word
    .replace(/li/g, 'h')
    .replace(/rn/g, 'm')
    .replace(/cl/g, 'd')
    .replace(/[1l|!]/g, 'i')
    .replace(/0/g, 'o');
}

/** Whether `word`, as OCR read it, is `meant`: equal once confusions are made alike, or one slip away when long enough. */
function ocrLike(word: string, meant: string): boolean {
  const seen = ocrCanonical(word);
  const key = ocrCanonical(meant);
  return seen === key || (key.length >= 4 && distance(seen, key) <= Math.max(1, Math.floor(key.length / 4)));
}

/**
 * A directive's head as it was meant, when OCR damaged it: "tlieo chi dao cua ubnd" → "theo chi dao cua ubnd",
 * "thco huong dan" → "theo huong dan", "theo hu ong dan" → "theo huong dan", "khl co phat sinh" →
 * "khi co phat sinh". Works on normalized text; null when the head is not a damaged directive's.
 */
export function mendOcrDirective(normalized: string): string | null {
  let words = normalized.split(' ');
  // Normalizing cut a digit read for a letter from its word: "1heo" arrives as "1 heo".
  if (words.length > 1 && /^\d$/.test(words[0]!)) words = [words[0]! + words[1]!, ...words.slice(2)];
  const [head] = words;
  if (head === undefined) return null;
  if (head !== 'khi' && ocrCanonical(head) === 'khi') return ['khi', ...words.slice(1)].join(' ');
  if (!ocrLike(head, 'theo')) return null;
  for (let pieces = 1; pieces <= MOST_PIECES && pieces < words.length; pieces += 1) {
    const joined = words.slice(1, 1 + pieces).join('');
    const found = NOUN_KEYS.find(({ key }) => ocrLike(joined, key));
    if (found !== undefined) {
      const mended = ['theo', found.noun, ...words.slice(1 + pieces)].join(' ');
      return mended === normalized ? null : mended;
    }
  }
  return null;
}
