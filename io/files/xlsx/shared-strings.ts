import { appendBounded, decodeOoxmlEscapes, streamXml } from './stream-xml.js';

/**
 * The workbook's shared strings, in order. A rich-text string is its runs joined; the phonetic
 * guide runs (`rPh`, furigana over East Asian text) are not part of the text and are left out.
 */
export function readSharedStrings(bytes: Uint8Array, part: string): string[] {
  const strings: string[] = [];
  let current = '';
  let inItem = false;
  let inText = false;
  let phoneticDepth = 0;
  let text = '';
  streamXml(bytes, part, {
    open(name) {
      if (name === 'si') {
        inItem = true;
        current = '';
      } else if (name === 'rPh') phoneticDepth += 1;
      else if (name === 't' && inItem && phoneticDepth === 0) {
        inText = true;
        text = '';
      }
    },
    text(chunk) {
      if (inText) text = appendBounded(text, chunk);
    },
    close(name) {
      if (name === 't' && inText) {
        inText = false;
        current = appendBounded(current, decodeOoxmlEscapes(text));
      } else if (name === 'rPh') phoneticDepth -= 1;
      else if (name === 'si') {
        inItem = false;
        strings.push(current);
      }
    },
  });
  return strings;
}
