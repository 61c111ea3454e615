import { foldWords } from '../text/fold.js';

/**
 * The areas of a CCHC plan (the State administrative reform programme's), as the folded words that
 * name each in a section's title, most specific first: communes word and number them differently
 * ("I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", "Chỉ đạo điều hành, kiểm tra và tuyên truyền"), but name the area.
 */
const AREAS: readonly (readonly [key: string, words: readonly string[]])[] = [
  ['chi dao dieu hanh', ['chi dao dieu hanh', 'chi dao va dieu hanh', 'cong tac chi dao']],
  ['cai cach thu tuc hanh chinh', ['thu tuc hanh chinh', 'tthc']],
  ['cai cach the che', ['the che']],
  ['cai cach to chuc bo may', ['to chuc bo may', 'bo may hanh chinh']],
  ['cai cach che do cong vu', ['che do cong vu', 'cong vu cong chuc', 'doi ngu can bo']],
  ['cai cach tai chinh cong', ['tai chinh cong']],
  ['chinh quyen dien tu chinh quyen so', ['chinh quyen dien tu', 'chinh quyen so', 'chinh phu dien tu', 'chinh phu so', 'chuyen doi so', 'hanh chinh dien tu']],
];

/**
 * The key a section's title is grouped by across communes: the plan's area it names (see `AREAS`),
 * else its folded words without a leading Roman numeral or number and without "công tác".
 *
 * @example sectionKey('II. CẢI CÁCH THỂ CHẾ') → 'cai cach the che'; sectionKey('Công tác chỉ đạo, điều hành') → 'chi dao dieu hanh'
 */
export function sectionKey(title: string): string {
  const words = foldWords(title).replace(/^(?:(?:[ivxlc]+|\d+)\s+)+/, '');
  const spaced = ` ${words} `;
  for (const [key, names] of AREAS) if (names.some((name) => spaced.includes(` ${name} `))) return key;
  return words.replace(/^cong tac /, '');
}
