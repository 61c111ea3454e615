/** A heading's number and the title written after it in the same cell. */
export interface HeadingLabel {
  readonly label: string;
  readonly title: string;
}

const ROMAN_DOTTED = /^([IVX]{1,5}|[A-ZĐ])\.(\d{1,3}(?:\.\d{1,3})*)\.?(?=$|\s|[):\-–—])[\s):\-–—]*(.*)$/su;
const NUMBERED = /^(\d{1,3}(?:\.\d{1,3})*\.?|[a-zđ][.)])\s+(\p{L}.*)$/su;

/**
 * A sub-section number under a Roman section or a lettered part, "III.1", "III.1.2", "A.1", with the
 * title that may follow it in the same cell: "III.1. Cải cách thủ tục hành chính" → III.1 and its title.
 */
export function readRomanDotted(text: string): HeadingLabel | null {
  const match = ROMAN_DOTTED.exec(text.trim());
  return match ? { label: `${match[1]}.${match[2]}`, title: match[3]!.trim() } : null;
}

/**
 * A number and a title in one cell, as a heading row may write them: "1. Cải cách thể chế",
 * "1.2 Tài chính công", "a) Chuyển đổi số" → "1", "1.2", "a)" and the title (numbers as `readSttLabel` tidies them). The title must start
 * with a letter: "1. 2026" is not a heading.
 */
export function readNumberedTitle(text: string): HeadingLabel | null {
  const match = NUMBERED.exec(text.trim());
  return match ? { label: /^\d/.test(match[1]!) ? match[1]!.replace(/\.$/, '') : match[1]!.replace(/\.$/, ')'), title: match[2]!.trim() } : null;
}

/** The shape of a row number, to tell a heading's number from its tasks': "1", "1.1", "a)", "III.1". */
export function numberForm(label: string): string {
  if (label === '') return 'none';
  if (/^[a-zđ][).]?$/.test(label)) return 'letter';
  const roman = /^[A-ZĐ]+(?=\.)/.test(label);
  const dots = (label.match(/[.,]/g) ?? []).length;
  return `${roman ? 'roman' : 'number'}.${dots}`;
}

/** Whether `label` is numbered under `parent`: "1.2" under "1", "III.1.2" under "III.1". */
export function isNumberedUnder(label: string, parent: string): boolean {
  return label.length > parent.length && label.replace(/,/g, '.').startsWith(`${parent.replace(/,/g, '.')}.`);
}
