import { inflateRawSync } from 'node:zlib';

/**
 * One entry of a ZIP archive (an .xlsx part such as "xl/worksheets/sheet3.xml") as text, read
 * through the central directory so that it works whether or not the local headers carry the sizes
 * (exceljs' streaming writer leaves them to a data descriptor). Enough for the tests to look at the
 * XML itself rather than at what exceljs makes of it.
 */
export function zipEntryText(zip: Uint8Array, name: string): string {
  const buffer = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end === -1) throw new Error('Not a ZIP archive');
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(offset + 10);
    const size = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const local = buffer.readUInt32LE(offset + 42);
    const entry = buffer.toString('utf8', offset + 46, offset + 46 + nameLength).replace(/^\//, '');
    if (entry === name) {
      const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
      const data = buffer.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`No ${name} in the archive`);
}
