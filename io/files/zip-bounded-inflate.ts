import { Inflate } from 'fflate';

/** Compressed bytes handed to the inflater at a time; one push inflates to at most ~1,032 times this. */
const CHUNK_BYTES = 64 * 1024;

/** A ZIP entry that inflates to more than its central directory declares (a disguised ZIP bomb). */
export class OversizedEntryError extends Error {
  override readonly name = 'OversizedEntryError';
}

/**
 * The entries of a ZIP archive by name, each inflated with fflate's streaming inflater and stopped as
 * soon as it passes its declared size. (fflate's `unzipSync` caps the memory of such an entry at its
 * declared size but still decodes all of its stream, which for 5 MB inflating to 5 GB is a minute.)
 * Undefined for a ZIP64 archive or one laid out otherwise than its directory says, which the caller
 * leaves to `unzipSync`. Names are decoded as fflate decodes them (UTF-8 when flagged, else Latin-1).
 * Call only on an archive that `unzipSync` has already walked: this does not check every field again.
 *
 * @throws OversizedEntryError, or fflate's error for a damaged stream
 */
export function inflateZipEntries(data: Uint8Array): Record<string, Uint8Array> | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let end = data.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) return undefined;
  const files: Record<string, Uint8Array> = {};
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > data.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) return undefined;
    if (local + 30 > data.length || view.getUint32(local, true) !== 0x04034b50) return undefined;
    const name = entryName(data.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressedSize > data.length) return undefined;
    const raw = data.subarray(start, start + compressedSize);
    if (method === 0) files[name] = raw.slice();
    else if (method === 8) files[name] = inflateBounded(raw, size, name);
    else return undefined;
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return files;
}

function inflateBounded(raw: Uint8Array, size: number, name: string): Uint8Array {
  const out = new Uint8Array(size);
  let length = 0;
  const inflater = new Inflate((chunk) => {
    if (length + chunk.length > size) throw new OversizedEntryError(`${name} inflates to more than the ${size} bytes it declares`);
    out.set(chunk, length);
    length += chunk.length;
  });
  if (raw.length === 0) inflater.push(raw, true);
  for (let offset = 0; offset < raw.length; offset += CHUNK_BYTES) {
    inflater.push(raw.subarray(offset, offset + CHUNK_BYTES), offset + CHUNK_BYTES >= raw.length);
  }
  return length === size ? out : out.subarray(0, length);
}

function entryName(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder('utf-8').decode(bytes);
  let name = '';
  for (const byte of bytes) name += String.fromCharCode(byte);
  return name;
}
