import iconv from 'iconv-lite';
import { expect } from 'vitest';

/**
 * Text as Windows-1258 holds it: the letter with its circumflex, breve or horn precomposed (ê, ă, ơ),
 * the tone mark as a combining character after it ("ệ" → "ê" + U+0323), as a Vietnamese Windows writes it.
 */
export function windows1258(text: string): Uint8Array {
  const toneMark = /[\u0300\u0301\u0303\u0309\u0323]/u;
  const composed = [...text.normalize('NFC')]
    .map((char) => {
      const parts = char.normalize('NFD');
      const tone = toneMark.exec(parts)?.[0] ?? '';
      return parts.replace(toneMark, '').normalize('NFC') + tone;
    })
    .join('');
  const bytes = iconv.encode(composed, 'windows-1258');
  expect(iconv.decode(bytes, 'windows-1258')).toBe(composed); // every character has a byte
  return new Uint8Array(bytes);
}
