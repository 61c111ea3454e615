import { foldWords } from '../text/fold.js';
import { stripInvisibleMarks } from '../text/invisible-marks.js';
import { sameWordScanned, slipsAllowed, wordSlips } from './ocr-words.js';

/** Abbreviations clerks write for the same unit, folded: "Phòng VHXH" = "Phòng Văn hóa - Xã hội". */
const EXPANSIONS: Readonly<Record<string, string>> = {
  vhxh: 'van hoa xa hoi',
  hcc: 'hanh chinh cong',
  hdnd: 'hoi dong nhan dan',
  ubnd: 'uy ban nhan dan',
  ubmttq: 'uy ban mat tran to quoc',
  mttq: 'mat tran to quoc',
  dvc: 'dich vu cong',
  kt: 'kinh te',
  ht: 'ha tang',
  dt: 'do thi',
  vp: 'van phong',
  tt: 'trung tam',
  tthc: 'thu tuc hanh chinh',
  cchc: 'cai cach hanh chinh',
};
/** The abbreviations long enough to be recognised when a scanner damaged them: "u8nd", "hdnđ". */
const LONG_ABBREVIATIONS = Object.keys(EXPANSIONS).filter((abbreviation) => abbreviation.length >= 4);

const TRAILING_PLACE = / (?:phuong|xa|thi tran)$/;

/**
 * The key under which spellings of one unit are grouped: folded, abbreviations spelled out, a trailing
 * "phường"/"xã" dropped, "có liên quan" read as "liên quan", invisible marks ignored. "Phòng Văn hoá-Xã
 * hội phường", "Phong Van hoa — Xa hoi" and "Phòng VHXH" share it. Scanner slips in an abbreviation or
 * in the trailing "phường" are mended: "Van phong HDND& U8ND Phudng" = "Văn phòng HĐND và UBND phường".
 */
export function unitKey(name: string): string {
  const words = foldWords(stripInvisibleMarks(name).replace(/&/g, ' va ')).split(' ');
  const last = words[words.length - 1];
  if (words.length > 1 && last !== undefined && last !== 'phuong' && last !== 'phong' && sameWordScanned(last, 'phuong')) words[words.length - 1] = 'phuong';
  const spelled = words.map((word) => EXPANSIONS[word] ?? EXPANSIONS[scannedAbbreviation(word) ?? ''] ?? word).join(' ');
  return spelled
    .replace(/ co lien quan\b/, ' lien quan')
    .replace(TRAILING_PLACE, '')
    .trim();
}

function scannedAbbreviation(word: string): string | undefined {
  if (word.length < 4 || word.length > 6 || /[aeo]/.test(word)) return undefined;
  let best: string | undefined;
  let fewest = Infinity;
  for (const abbreviation of LONG_ABBREVIATIONS) {
    const slips = wordSlips(word, abbreviation);
    if (abbreviation.length === word.length && slips <= slipsAllowed(word.length) && slips < fewest) [best, fewest] = [abbreviation, slips];
  }
  return best;
}
