import { fold } from '../text/fold.js';

/**
 * Words scanned plans and typists get wrong, folded, and the word meant: "trude" → "truoc",
 * "theang" → "thang", "qui" → "quy", "tru oc" (a horn read apart) → "truoc". Only the wrong spellings
 * match; the right ones are left as they are.
 */
const WORD_SLIPS =
  /\b(?:(tru(?:dc|de|0c|6c|ac|oe))\b|(th(?:eang|aang|dng))\b|([o0]u[yiv]|qu[iv])\b|(ng(?:dy|ey))\b|(thudng xuy(?:e|c)n|thuong xuycn)\b|(ch(?:dm nh(?:a|d)t|am nhdt))\b|(ki)\b|(q)(?=[1-4](?:\b|\/))|(tru oc)\b|(thu ong)\b|(hu ong)\b)/g;
const MEANT = ['', 'truoc', 'thang', 'quy', 'ngay', 'thuong xuyen', 'cham nhat', 'ky', 'quy ', 'truoc', 'thuong', 'huong'] as const;

/** OCR writes "ư" and "ơ" as a letter and an apostrophe: "Tru'o'c", "hu'ong" → "truoc", "huong". */
const OCR_HORN = /([uo])['’‘`](?=[a-z]|\s|$)/g;

/** Roman numerals a scanner misread after "quý": "|" for "I", "H" for "II", "TV" for "IV". */
const SCANNED_NUMERALS = /(?<=\b(?:qu[yiv]|[o0]uy) ?)(?:[|ivxl1]*\|[|ivxl1]*|h|tv)(?=\/|\s|-|$)/g;
const SCANNED_NUMERAL_MEANT: Readonly<Record<string, string>> = { h: 'ii', tv: 'iv' };

/** A run that is meant to be digits but holds look-alike letters: "l5/0l/2O26" → "15/01/2026", "ngày l0" → "ngày 10". */
const DIGITISH = /\b[0-9lio]*\d[0-9lio]*(?:\/[0-9lio]+)+\b|\b(?=[0-9lo]*\d[0-9lo]*\d)[0-9lo]{4}\b|\b(?=[lo]?\d)[0-9lo]{2}\b/g;

/** "quy" then one or more roman or OCR-roman numerals: "quy 1v", "quy ii-iii", "quy 3 va quy 4". */
const QUARTER_NUMERALS = /\bquy ?((?:[ivxl1]{1,4}|[1-4])(?: ?(?:-|,|va|den|&) ?(?:quy ?)?(?:[ivxl1]{1,4}|[1-4]))*)(?![a-z0-9])/g;
const ROMAN_QUARTERS: Readonly<Record<string, string>> = { i: '1', ii: '2', iii: '3', iv: '4' };

/**
 * A deadline phrase reduced to the words the parser reads: folded (no diacritics, lower case, one
 * kind of dash), OCR slips mended, roman quarters written as digits, dates written d/m/y and stray
 * punctuation dropped.
 *
 * "Qúy l /2026." → "quy 1/2026"; "Trude ngay 15.01.2026" → "truoc ngay 15/01/2026";
 * "Quy 1V/2025" → "quy 4/2025".
 */
export function normalizeDeadlineText(text: string): string {
  let result = fold(text)
    .replace(OCR_HORN, '$1')
    // No Vietnamese word holds "rn": it is a scanned "m" ("Narn 2026").
    .replace(/rn/g, 'm')
    .replace(/[“”‘’"'`*_…]/g, ' ')
    .replace(/[\u2044\uff0f]/g, '/')
    .replace(/\s*\/\s*/g, '/');
  if (/\d[.-]\d/.test(result)) {
    result = result.replace(/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, '$3/$2/$1').replace(/\b(\d{1,2})[.-](\d{1,2})[.-](\d{2}|\d{4})\b/g, '$1/$2/$3');
  }
  if (/qu|[0o]u/.test(result)) result = result.replace(SCANNED_NUMERALS, (numeral: string) => SCANNED_NUMERAL_MEANT[numeral] ?? numeral.replace(/\|/g, 'l'));
  result = result.replace(WORD_SLIPS, (...groups: (string | undefined)[]) => MEANT[groups.findIndex((group, i) => i > 0 && group !== undefined)] ?? '');
  if (/[lo]\d|\d[lo]|[lio]\//.test(result)) result = result.replace(DIGITISH, (run) => run.replace(/[li]/g, '1').replace(/o/g, '0'));
  return result
    .replace(QUARTER_NUMERALS, (whole: string, numerals: string) => whole.replace(numerals, romanToDigits(numerals)))
    .replace(/([a-z])(?=\d)|(\d)(?=[a-z])/g, '$1$2 ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-+.,;:!?]+|[\s\-+.,;:!?]+$/g, '');
}

function romanToDigits(numerals: string): string {
  return numerals.replace(/\b[ivxl1]+\b/g, (numeral) => ROMAN_QUARTERS[numeral.replace(/[l1]/g, 'i')] ?? numeral);
}
