import { constants, deflateRawSync } from 'node:zlib';
import { buildWorkbook, NS, planSheet, type SheetSpec } from '../files/corpus/excel-package.js';

/**
 * Hostile workbooks too big to commit, made in memory in about a second: ZIP archives whose parts
 * inflate to far more than any plan. The deflate stream of a huge part is written once for a 64 MiB
 * run of spaces and repeated (each copy ends on a full flush, so copies are independent and can be
 * concatenated), and its CRC-32 is combined arithmetically, so a 5 GiB package costs no 5 GiB of work.
 */

const GIB = 1024 ** 3;
const CHUNK = 64 * 1024 * 1024;

/** A part: its name, the deflate stream, the true CRC-32 and size, and the sizes the archive declares. */
interface ZipPart {
  readonly name: string;
  readonly data: Uint8Array;
  readonly crc: number;
  readonly size: number;
  readonly localSize?: number;
  readonly centralSize?: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

// crc32_combine, after zlib: the CRC of A‖B from crc(A), crc(B) and B's length, by GF(2) matrices.
function gf2Times(matrix: number[], vector: number): number {
  let sum = 0;
  for (let i = 0; vector !== 0; i++, vector >>>= 1) if (vector & 1) sum ^= matrix[i]!;
  return sum >>> 0;
}

function gf2Square(matrix: number[]): number[] {
  return matrix.map((row) => gf2Times(matrix, row));
}

export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  if (lengthB <= 0) return crcA;
  let odd = [0xedb88320, ...Array.from({ length: 31 }, (_, i) => (1 << i) >>> 0)];
  let even = gf2Square(odd);
  odd = gf2Square(even);
  let crc = crcA;
  let n = lengthB;
  do {
    even = gf2Square(odd);
    if (n & 1) crc = gf2Times(even, crc);
    n = Math.floor(n / 2);
    if (n === 0) break;
    odd = gf2Square(even);
    if (n & 1) crc = gf2Times(odd, crc);
    n = Math.floor(n / 2);
  } while (n !== 0);
  return (crc ^ crcB) >>> 0;
}

let spaces: { data: Uint8Array; crc: number } | undefined;

/** A worksheet part of `copies` × 64 MiB and a few bytes: valid XML whose sheetData is padded with spaces. */
function hugeSheet(name: string, copies: number, declared?: { local?: number; central?: number }): ZipPart {
  spaces ??= (() => {
    const run = Buffer.alloc(CHUNK, 0x20);
    return { data: deflateRawSync(run, { level: 9, finishFlush: constants.Z_FULL_FLUSH }), crc: crc32(run) };
  })();
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="${NS.main}"><sheetData>`);
  const tail = Buffer.from('<row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>');
  let crc = crc32(head);
  for (let i = 0; i < copies; i++) crc = crc32Combine(crc, spaces.crc, CHUNK);
  crc = crc32Combine(crc, crc32(tail), tail.length);
  const pieces = [deflateRawSync(head, { finishFlush: constants.Z_FULL_FLUSH }), ...Array.from({ length: copies }, () => spaces!.data), deflateRawSync(tail)];
  const size = head.length + copies * CHUNK + tail.length;
  return { name, data: Buffer.concat(pieces), crc, size, localSize: declared?.local, centralSize: declared?.central };
}

function smallPart(name: string, bytes: Uint8Array): ZipPart {
  return { name, data: deflateRawSync(bytes), crc: crc32(bytes), size: bytes.length };
}

/** A ZIP archive of deflated parts, the sizes in the local and central headers as each part says. */
function zipArchive(parts: readonly ZipPart[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const DOS_TIME = (9 << 11) | (40 << 5);
  const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 12;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.localSize ?? part.size, 22);
    local.writeUInt16LE(name.length, 26);
    chunks.push(local, name, Buffer.from(part.data.buffer, part.data.byteOffset, part.data.byteLength));
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(DOS_TIME, 12);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(part.crc, 16);
    entry.writeUInt32LE(part.data.length, 20);
    entry.writeUInt32LE(part.centralSize ?? part.size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += local.length + name.length + part.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

/** A workbook: the corpus plan sheet first, then `extra` sheets whose parts `huge` replaces. */
function workbookWith(extra: number, huge: (name: string, index: number) => ZipPart): Uint8Array {
  const sheets: SheetSpec[] = [planSheet({}), ...Array.from({ length: extra }, (_, i) => ({ name: `Dữ liệu ${i + 1}`, rows: [[1]] }))];
  const parts = buildWorkbook({ sheets });
  return zipArchive(
    Object.entries(parts).map(([name, bytes]) => {
      const match = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name);
      return match && Number(match[1]) > 1 ? huge(name, Number(match[1]) - 2) : smallPart(name, bytes);
    }),
  );
}

/**
 * About 5 MB that inflate to 5 GiB: the plan sheet and five sheet parts of 1 GiB each, every size
 * and CRC in the archive true. A reader that inflates before it counts runs out of memory.
 */
export function zipBomb(): Uint8Array {
  return workbookWith(5, (name) => hugeSheet(name, GIB / CHUNK));
}

/**
 * A workbook whose central directory says a 1 GiB sheet part is 4 KiB (the local header tells the
 * truth): a reader that trusts the directory and inflates into a growing buffer is fooled.
 */
export function lyingZip(): Uint8Array {
  return workbookWith(1, (name) => hugeSheet(name, GIB / CHUNK, { central: 4096 }));
}

/** The declared uncompressed sizes of an archive's central directory, by part name. */
export function declaredSizes(zip: Uint8Array): Map<string, { compressed: number; uncompressed: number; localUncompressed: number }> {
  const buffer = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const sizes = new Map<string, { compressed: number; uncompressed: number; localUncompressed: number }>();
  for (let i = 0; i < count; i++) {
    const nameLength = buffer.readUInt16LE(at + 28);
    const skip = nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    sizes.set(buffer.toString('utf8', at + 46, at + 46 + nameLength), {
      compressed: buffer.readUInt32LE(at + 20),
      uncompressed: buffer.readUInt32LE(at + 24),
      localUncompressed: buffer.readUInt32LE(local + 22),
    });
    at += 46 + skip;
  }
  return sizes;
}
