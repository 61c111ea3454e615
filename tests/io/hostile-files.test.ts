import { readFileSync } from 'node:fs';
import { createInflateRaw } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { crc32, crc32Combine, declaredSizes, lyingZip, zipBomb } from '../helpers/hostile-zips.js';

/**
 * The hostile inputs are what they claim to be, so that a test which feeds them to the reader or the
 * report proves what it says: the bomb is small and truthfully huge, the lying archive lies, and each
 * small file carries exactly its one hostile trait (tests/files/hostile/README.md).
 */
const hostile = (name: string) => new Uint8Array(readFileSync(new URL(`../files/hostile/${name}`, import.meta.url)));
const part = (name: string, partName: string) => strFromU8(unzipSync(hostile(name))[partName]!);

/** How many bytes a raw deflate stream inflates to, stopping once past `limit`. */
function inflatedSize(data: Uint8Array, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const inflate = createInflateRaw();
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        inflate.destroy();
        resolve(size);
      }
    });
    inflate.on('end', () => resolve(size));
    inflate.on('error', reject);
    inflate.end(data);
  });
}

function partData(zip: Uint8Array, name: string): Uint8Array {
  const buffer = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const at = buffer.indexOf(Buffer.from(name)) - 30;
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  return zip.subarray(start, start + buffer.readUInt32LE(at + 18));
}

describe('hostile inputs', () => {
  it('combines CRC-32s as computing them over the whole would', () => {
    const a = new Uint8Array(3000).map((_, i) => (i * 7) & 0xff);
    const b = new Uint8Array(70_000).map((_, i) => (i * 13 + 5) & 0xff);
    const whole = new Uint8Array([...a, ...b]);
    expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(whole));
  });

  it('the ZIP bomb is about 5 MB and truthfully declares 5 GiB in five sheet parts', async () => {
    const bomb = zipBomb();
    expect(bomb.length).toBeLessThan(6_000_000);
    const sizes = declaredSizes(bomb);
    const total = [...sizes.values()].reduce((sum, size) => sum + size.uncompressed, 0);
    expect(total).toBeGreaterThan(5 * 1024 ** 3);
    for (const size of sizes.values()) expect(size.localUncompressed).toBe(size.uncompressed);
    expect([...sizes.keys()].filter((name) => sizes.get(name)!.uncompressed > 1024 ** 3)).toHaveLength(5);
    expect(await inflatedSize(partData(bomb, 'xl/worksheets/sheet2.xml'), 256 * 1024 * 1024)).toBeGreaterThan(256 * 1024 * 1024);
  }, 60_000);

  it('the lying archive’s central directory says 4 KiB for a part that inflates past 1 GiB', async () => {
    const lie = lyingZip();
    const sheet = declaredSizes(lie).get('xl/worksheets/sheet2.xml')!;
    expect(sheet.uncompressed).toBe(4096);
    expect(sheet.localUncompressed).toBeGreaterThan(1024 ** 3);
    expect(await inflatedSize(partData(lie, 'xl/worksheets/sheet2.xml'), 64 * 1024 * 1024)).toBeGreaterThan(64 * 1024 * 1024);
  }, 60_000);

  it('has cells in the last column and in the last cell of a sheet', () => {
    expect(part('cell-at-xfd1.xlsx', 'xl/worksheets/sheet1.xml')).toMatch(/<c r="XFD1" t="inlineStr">/);
    expect(part('cell-at-xfd1048576.xlsx', 'xl/worksheets/sheet1.xml')).toMatch(/<row r="1048576"[^>]*><c r="XFD1048576"/);
  });

  it('has validation rules over the whole sheet and over whole columns', () => {
    expect(part('validation-whole-sheet.xlsx', 'xl/worksheets/sheet1.xml')).toContain('sqref="A1:XFD1048576"');
    expect(part('validation-whole-columns.xlsx', 'xl/worksheets/sheet1.xml')).toContain('sqref="C:D"');
    expect(part('validation-whole-columns.xlsx', 'xl/worksheets/sheet1.xml')).toContain('sqref="B1:B1048576 E1:F1048576"');
  });

  it('has a user’s own sheet named _cchc, the name of the product’s registry', () => {
    expect(part('user-sheet-named-cchc.xlsx', 'xl/workbook.xml')).toContain('<sheet name="_cchc" sheetId="2" r:id="rId2"/>');
  });

  it('has an empty and a malformed creation date in docProps/core.xml', () => {
    expect(part('core-created-empty.xlsx', 'docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF"></dcterms:created>');
    expect(part('core-created-malformed.xlsx', 'docProps/core.xml')).toContain('>15/01/2026 8:30 SA</dcterms:created>');
  });

  it('has a cut-short archive, and a sheet part that is not well-formed XML while the others are', () => {
    expect(() => unzipSync(hostile('truncated.xlsx'))).toThrow();
    const parts = unzipSync(hostile('malformed-sheet-xml.xlsx'));
    for (const [name, bytes] of Object.entries(parts)) {
      expect(XMLValidator.validate(strFromU8(bytes)) === true, name).toBe(name !== 'xl/worksheets/sheet1.xml');
    }
  });

  it('has a workbook with no sheet at all', () => {
    const parts = unzipSync(hostile('no-sheets.xlsx'));
    expect(strFromU8(parts['xl/workbook.xml']!)).toContain('<sheets></sheets>');
    expect(Object.keys(parts).filter((name) => name.startsWith('xl/worksheets/'))).toEqual([]);
  });

  it('has a task whose text is longer than a cell may hold (32,767 characters)', () => {
    const strings = part('task-text-over-32767.xlsx', 'xl/sharedStrings.xml');
    const longest = Math.max(...[...strings.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]!.length));
    expect(longest).toBeGreaterThan(32_767);
  });
});
