import { message, type Message } from '../../src/messages/catalogue.js';
import { fileReadError, foreignFileError } from './file-read-error.js';

/** The encodings a text table is read in. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export interface DecodedText {
  /** The text in NFC form, without a byte order mark. */
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** Vietnamese sentences for the user, e.g. that the file was read as Windows-1258. */
  readonly notices: readonly Message[];
}

const SAMPLE_BYTES = 4096;
const SAMPLE_CHARS = 65_536;
/** Controls a text file may hold: tab, line feed, vertical tab (Word's line break), form feed (a PDF page break), carriage return, DOS end-of-file. */
const ALLOWED_CONTROLS = new Set([9, 10, 11, 12, 13, 26]);
const MAX_CONTROL_SHARE = 0.02;

/**
 * Decodes a text table the way its author's program saved it: UTF-8 (with or without BOM), UTF-16
 * LE/BE with a BOM (Excel's "Unicode Text") or without one (told by where the NUL bytes fall), and,
 * when the bytes are not valid UTF-8, Windows-1258 (what an old Vietnamese Windows Excel saves as CSV),
 * with a notice. The result is NFC, since Windows-1258 writes tone marks as combining characters.
 * Throws `FileReadError` for text that is only whitespace (`EMPTY_FILE`) and for binary data
 * (`NOT_A_SPREADSHEET`).
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  const decoded = decodeBytes(bytes, fileName);
  if (looksBinary(decoded.text)) throw foreignFileError('binary', fileName);
  if (decoded.text.trim() === '') throw fileReadError('EMPTY_FILE', fileName);
  return { ...decoded, text: decoded.text.normalize('NFC') };
}

function decodeBytes(bytes: Uint8Array, fileName: string): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes.subarray(3), fileName, true);
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes.subarray(2), 'utf-16be');
  const unmarked = utf16Order(bytes);
  if (unmarked) return utf16(bytes, unmarked);
  return decodeUtf8(bytes, fileName, false);
}

function decodeUtf8(bytes: Uint8Array, fileName: string, marked: boolean): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', notices: [] };
  } catch {
    if (marked) {
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      return { text, encoding: 'utf-8', notices: [message('FILE_REPLACED_CHARACTERS', { file: fileName })] };
    }
    return {
      // The Encoding Standard's windows-1258, in Node (full ICU) and every browser: no decoder library to ship.
      text: new TextDecoder('windows-1258').decode(bytes),
      encoding: 'windows-1258',
      notices: [message('FILE_READ_AS_WINDOWS_1258', { file: fileName })],
    };
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const little = encoding === 'utf-16le' ? bytes : swapBytePairs(bytes);
  return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(little), encoding, notices: [] };
}

/**
 * UTF-16 without a byte order mark: Vietnamese text is mostly Latin letters, digits and spaces, whose
 * high byte is 0, so NULs fill one byte of every other pair (odd positions for LE, even for BE).
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE_BYTES) / 2);
  if (pairs < 2) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNuls++;
    if (bytes[2 * i + 1] === 0) oddNuls++;
  }
  if (oddNuls >= pairs * 0.2 && evenNuls <= oddNuls * 0.05) return 'utf-16le';
  if (evenNuls >= pairs * 0.2 && oddNuls <= evenNuls * 0.05) return 'utf-16be';
  return null;
}

/** Binary data decoded as text: a NUL, or many control characters a text file does not hold. */
function looksBinary(text: string): boolean {
  const length = Math.min(text.length, SAMPLE_CHARS);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 32 && !ALLOWED_CONTROLS.has(code)) || code === 0x7f) controls++;
  }
  return controls > length * MAX_CONTROL_SHARE;
}

function swapBytePairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1]!;
    swapped[i + 1] = bytes[i]!;
  }
  return swapped;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
