import { foldWords } from '../text/fold.js';

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

const TRAILING_PLACE = / (?:phuong|xa|thi tran)$/;

/**
 * The key under which spellings of one unit are grouped: folded, abbreviations spelled out, a trailing
 * "phường"/"xã" dropped, "có liên quan" read as "liên quan". "Phòng Văn hoá-Xã hội phường", "Phong Van hoa — Xa hoi" and "Phòng VHXH" share it.
 */
export function unitKey(name: string): string {
  const words = foldWords(name.replace(/&/g, ' va '))
    .split(' ')
    .map((word) => EXPANSIONS[word] ?? word)
    .join(' ');
  return words.replace(/ co lien quan\b/, ' lien quan').replace(TRAILING_PLACE, '').trim();
}
