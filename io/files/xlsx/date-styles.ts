import { attributeOf, streamXml } from './stream-xml.js';

/**
 * Built-in number formats that show a date or a time: 14–22 and 45–47 in every locale, 27–36 and
 * 50–58 in the East Asian ones (the only ones that write them).
 */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Whether a format code shows a date or a time: a day, month, year, hour or second placeholder
 * outside quoted text, `\`-escaped characters, `_`/`*` spacing and `[...]` colours and locales.
 * ("#,##0\ \h\ộ" shows "12 hộ", a count, not an hour.)
 */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\.|[_*]./g, '')
    .replace(/\[[^\]]*]/g, '');
  return /[ymdhsbYMDHSB]/.test(bare.replace(/General/gi, ''));
}

/**
 * For each cell style (`cellXfs`, the index a cell's `s` attribute gives), whether its number
 * format shows a date: such a cell's number is a date serial.
 */
export function readDateStyles(bytes: Uint8Array, part: string): boolean[] {
  const customFormats = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellXfs = false;
  streamXml(bytes, part, {
    open(name, attributes) {
      if (name === 'numFmt') {
        customFormats.set(Number(attributeOf(attributes, 'numFmtId')), attributeOf(attributes, 'formatCode') ?? '');
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) styleFormats.push(Number(attributeOf(attributes, 'numFmtId') ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styleFormats.map((id) => {
    const custom = customFormats.get(id);
    return custom !== undefined ? isDateFormatCode(custom) : BUILT_IN_DATE_FORMATS.has(id);
  });
}
