import { foldWords } from '../text/fold.js';
import { substringDistance } from '../text/substring-distance.js';
import { HEADER_PHRASES, PERSON_HEADER, STT_HEADERS, UNIT_HEADER, type HeaderKey } from './header-keywords.js';

/** Letter shapes OCR confuses, reduced alike on both sides so "Nhiern vu" meets "nhiem vu". */
function ocrShape(letters: string): string {
  return letters.replace(/rn/g, 'm').replace(/ri/g, 'n').replace(/cl/g, 'd').replace(/0/g, 'o').replace(/[1l]/g, 'i');
}

/** Edits tolerated in a phrase of this many letters: none for short ones, where a slip changes the word. */
function allowedEdits(letters: number): number {
  if (letters <= 5) return 0;
  return letters <= 9 ? 1 : 2;
}

/**
 * The column a header cell names, or null. Tolerates missing diacritics, spacing and OCR slips:
 * "Cơ quan, đơn vị chủ trì", "Co quan chu tri" and "Cơ quan chủ tn" all name `lead`.
 */
export function matchHeader(text: string): HeaderKey | null {
  const known = seen.get(text);
  if (known !== undefined) return known;
  const key = matchHeaderUncached(text);
  if (seen.size >= 10_000) seen.clear();
  seen.set(text, key);
  return key;
}

/** Repeated headers and section titles come back thousands of times in a consolidated plan. */
const seen = new Map<string, HeaderKey | null>();

function matchHeaderUncached(text: string): HeaderKey | null {
  const words = foldWords(text);
  if (words === '' || words.length > 80) return null;
  if (STT_HEADERS.includes(words)) return 'stt';
  if (/^[\d ]+$/.test(words)) return null;
  if (PERSON_HEADER.test(words) && !UNIT_HEADER.test(words)) return null;
  const letters = ocrShape(words.replace(/ /g, ''));
  let best: { key: HeaderKey; distance: number } | null = null;
  for (const [key, phrases] of HEADER_PHRASES) {
    for (const phrase of phrases) {
      const pattern = ocrShape(phrase.replace(/ /g, ''));
      const distance = substringDistance(pattern, letters);
      if (distance > allowedEdits(pattern.length)) continue;
      if (best === null || distance < best.distance) best = { key, distance };
      if (distance === 0) return key;
    }
  }
  return best?.key ?? null;
}
