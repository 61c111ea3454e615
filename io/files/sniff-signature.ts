/** What a file turned out to be when it is not a spreadsheet (`NOT_A_SPREADSHEET`). */
export type ForeignFileKind = 'pdf' | 'image' | 'word' | 'opendocument' | 'zip' | 'binary';

/** What a file's first bytes say it is, before its name is looked at. */
export type FileSignature =
  { readonly kind: 'zip' } | { readonly kind: 'ole' } | { readonly kind: 'foreign'; readonly foreign: ForeignFileKind; readonly format?: string } | { readonly kind: 'unknown' };

interface Magic {
  readonly bytes: readonly number[];
  readonly offset?: number;
  readonly signature: FileSignature;
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const image = (format: string): FileSignature => ({ kind: 'foreign', foreign: 'image', format });

const MAGICS: readonly Magic[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], signature: { kind: 'zip' } },
  { bytes: [0x50, 0x4b, 0x05, 0x06], signature: { kind: 'zip' } }, // an empty ZIP archive
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], signature: { kind: 'ole' } },
  { bytes: ascii('%PDF-'), signature: { kind: 'foreign', foreign: 'pdf' } },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], signature: image('PNG') },
  { bytes: [0xff, 0xd8, 0xff], signature: image('JPEG') },
  { bytes: ascii('GIF87a'), signature: image('GIF') },
  { bytes: ascii('GIF89a'), signature: image('GIF') },
  { bytes: ascii('WEBP'), offset: 8, signature: image('WebP') },
  { bytes: [0x49, 0x49, 0x2a, 0x00], signature: image('TIFF') },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], signature: image('TIFF') },
  { bytes: ascii('{\\rtf'), signature: { kind: 'foreign', foreign: 'word' } },
];

/**
 * Recognises a file by its signature: a ZIP (.xlsx), an OLE compound file (an encrypted .xlsx,
 * an .xls or a .doc), a PDF, a picture, an RTF document. Anything else is `unknown`, possibly text.
 */
export function sniffSignature(bytes: Uint8Array): FileSignature {
  const match = MAGICS.find(({ bytes: magic, offset = 0 }) => magic.every((byte, i) => bytes[offset + i] === byte));
  return match?.signature ?? { kind: 'unknown' };
}
