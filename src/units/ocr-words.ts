import { distance } from 'fastest-levenshtein';

/**
 * Letters a scanner confuses, made alike before two folded words are compared: "li" for "h", "rn" for
 * "m", "cl" for "d", "1", "l", "|" and "!" for "i", "0" for "o", "c" for "e". Applied to both words, so
 * that a right spelling still equals itself.
 */
export function ocrCanonical(word: string): string {
  return word
    .replace(/li/g, 'h')
    .replace(/rn/g, 'm')
    .replace(/cl/g, 'd')
    .replace(/[1l|!]/g, 'i')
    .replace(/0/g, 'o')
    .replace(/e/g, 'c');
}

/** A digit inside a word of letters is a letter the scanner misread ("X2" for "Xã"): it matches any letter. */
const WILDCARD = '\u0000';

function withWildcards(word: string): string {
  return /[a-z]/.test(word) ? word.replace(/\d/g, WILDCARD) : word;
}

/**
 * How many slips separate `seen` from `meant`, two folded words, once scanner confusions are made alike;
 * a digit inside a word of letters costs nothing against a letter. A word of digits only ("1" in
 * "Tổ dân phố 1") must be the same number: Infinity otherwise.
 */
export function wordSlips(seen: string, meant: string): number {
  if (seen === meant) return 0;
  if (/^\d+$/.test(seen) || /^\d+$/.test(meant)) return Infinity;
  const a = withWildcards(ocrCanonical(seen));
  const b = withWildcards(ocrCanonical(meant));
  if (a === b) return 0;
  if (!a.includes(WILDCARD) && !b.includes(WILDCARD)) return distance(a, b);
  return wildcardDistance(a, b);
}

/** How many slips a word of `length` letters may carry and still be the word meant: none up to 2 letters, 1 up to 5, then a third. */
export function slipsAllowed(length: number): number {
  return length <= 2 ? 0 : length <= 5 ? 1 : Math.floor(length / 3);
}

/** Whether two folded words are one word, one of them as a scanner read it: "vin"/"van", "hod"/"hoa", "x2"/"xa". */
export function sameWordScanned(seen: string, meant: string): boolean {
  const slips = wordSlips(seen, meant);
  return slips <= slipsAllowed(Math.max(seen.length, meant.length));
}

/** Levenshtein distance where the wildcard matches any character at no cost; words are a few letters long. */
function wildcardDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const same = a[i - 1] === b[j - 1] || a[i - 1] === WILDCARD || b[j - 1] === WILDCARD;
      current.push(Math.min(previous[j - 1]! + (same ? 0 : 1), previous[j]! + 1, current[j - 1]! + 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
