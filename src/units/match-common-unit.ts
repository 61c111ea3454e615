import { distance } from 'fastest-levenshtein';
import { COMMON_UNITS } from './common-units.js';
import { ocrCanonical, sameWordScanned, wordSlips } from './ocr-words.js';
import { unitKey } from './unit-key.js';

/** One of COMMON_UNITS, with its key. */
export interface CommonUnit {
  readonly names: readonly string[];
  readonly key: string;
}

const COMMON: readonly CommonUnit[] = COMMON_UNITS.map((names) => ({ names, key: unitKey(names[0] ?? '') }));
const COMMON_BY_KEY = new Map(COMMON.map((unit) => [unit.key, unit]));
/** Two keys further apart than this share of their length are not compared word by word. */
const FARTHEST_SHARE = 0.35;

/**
 * The common unit a key is, or is closest to within a scanner's slips: "phong vin hod x2 hoi" →
 * Phòng Văn hóa - Xã hội. Null when none is close, or when two are equally close.
 */
export function commonUnitOf(key: string): CommonUnit | null {
  const exact = COMMON_BY_KEY.get(key);
  if (exact !== undefined) return exact;
  let best: CommonUnit | null = null;
  let fewest = Infinity;
  let tied = false;
  for (const unit of COMMON) {
    const slips = keySlips(key, unit.key);
    if (slips < fewest) [best, fewest, tied] = [unit, slips, false];
    else if (slips === fewest && slips !== Infinity) tied = true;
  }
  return tied ? null : best;
}

/**
 * The scanner's slips between two unit keys: word by word when they have as many words, each word
 * within its allowance (vin/van, hod/hoa, x2/xa); else the letters without spaces ("vanhoa" for
 * "van hoa"), one slip at most. Infinity when they are not one name.
 */
export function keySlips(a: string, b: string): number {
  if (a === b) return 0;
  if (distance(a, b) > FARTHEST_SHARE * Math.max(a.length, b.length)) return Infinity;
  const aWords = a.split(' ');
  const bWords = b.split(' ');
  if (aWords.length === bWords.length) {
    let slips = 0;
    for (let i = 0; i < aWords.length; i += 1) {
      const seen = aWords[i]!;
      const meant = bWords[i]!;
      if (!sameWordScanned(seen, meant)) return Infinity;
      slips += wordSlips(seen, meant);
    }
    return slips;
  }
  const joined = distance(ocrCanonical(aWords.join('')), ocrCanonical(bWords.join('')));
  return joined <= 1 ? joined : Infinity;
}
