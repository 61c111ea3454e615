import { foldKeepingLength } from '../deadline/fold-keeping-length.js';
import { stemOf } from '../text/file-name.js';

/** "phường", "xã", "đặc khu" (folded), then the place's name. */
const PLACE = /\b(phuong|xa|dac khu)\s+/g;
/** Folded words that end a place's name when the title is in capitals ("… PHƯỜNG AN TƯỜNG NĂM 2026"). */
const NAME_ENDS = new Set(['nam', 'giai', 'doan', 've', 'tren', 'dia', 'ban', 'thuc', 'hien', 'ke', 'hoach', 'cchc', 'tinh', 'thanh', 'pho', 'quy', 'den', 'tu', 'va', 'trong', 'cua', 'theo', 'lan']);
/** "Xã hội" is not a commune. */
const NOT_A_NAME = new Set(['hoi']);
const MAX_NAME_WORDS = 5;

/**
 * The commune or ward a plan belongs to, as "Phường Trần Hưng Đạo", "Xã Tân Hòa", "Đặc khu Phú Quốc":
 * the first "phường/xã/đặc khu" followed by a capitalised name (or a number: "Phường 1") in the plan's
 * title, else in the lines above its table (the "(Kèm theo Kế hoạch … của UBND phường An Tường)" line),
 * nearest the table first; else the file's name without its extension. A name written in capitals is
 * shown with initial capitals. "các xã, phường" and "Văn hóa - Xã hội" name no commune.
 */
export function communeName(title: string, heading: readonly string[], fileName: string): string {
  for (const text of [title, ...[...heading].reverse()]) {
    const name = placeIn(text.normalize('NFC'));
    if (name !== null) return name;
  }
  return stemOf(fileName);
}

function placeIn(text: string): string | null {
  const folded = foldKeepingLength(text);
  for (const match of folded.matchAll(PLACE)) {
    const words: string[] = [];
    let at = match.index + match[0].length;
    while (words.length < MAX_NAME_WORDS) {
      const word = /^[^\s,;:.()[\]"“”'/]+/.exec(text.slice(at))?.[0];
      if (word === undefined) break;
      const first = word.charAt(0);
      const foldedWord = folded.slice(at, at + word.length);
      const capitalised = /\d/.test(first) || (first !== first.toLowerCase() && first === first.toUpperCase());
      if (!capitalised || NAME_ENDS.has(foldedWord) || (words.length === 0 && NOT_A_NAME.has(foldedWord))) break;
      words.push(word);
      at += word.length;
      const space = /^[ \t]+/.exec(text.slice(at))?.[0];
      if (space === undefined) break;
      at += space.length;
    }
    if (words.length === 0) continue;
    const kind = text.slice(match.index, match.index + match[1]!.length);
    return [kind, ...words].map((word, index) => (index === 0 || isCapitals(word) ? initialCapital(word) : word)).join(' ');
  }
  return null;
}

const isCapitals = (word: string) => word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
const initialCapital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
