import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateZipEntries, OversizedEntryError } from '../../io/files/zip-bounded-inflate.js';
import { deflatedOf, deflatedZeros, rawZip } from '../helpers/ooxml-workbook.js';

const file = (path: string) => new Uint8Array(readFileSync(new URL(path, import.meta.url)));

async function exceljsStreamedWorkbook(): Promise<Uint8Array> {
  const { PassThrough } = await import('node:stream');
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Phụ lục');
  for (let i = 0; i < 2000; i += 1) sheet.addRow([i, `Nhiệm vụ ${i}`, 'Phòng Văn hóa - Xã hội']).commit();
  sheet.commit();
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

describe('inflateZipEntries', () => {
  it('gives the same parts, in the same order, as fflate’s unzipSync for three producers', async () => {
    const archives = [
      file('../files/ke-hoach-libreoffice.xlsx'), // LibreOffice
      await exceljsStreamedWorkbook(), // sizes after the data (data descriptors), as exceljs streams
      zipSync({ 'a.xml': new TextEncoder().encode('<a/>'), 'thư mục/tệp.bin': Uint8Array.of(1, 2, 3), 'rỗng.txt': new Uint8Array(0) }, { level: 0 }),
    ];
    for (const archive of archives) {
      const ours = inflateZipEntries(archive)!;
      const theirs = unzipSync(archive);
      expect(Object.keys(ours)).toEqual(Object.keys(theirs));
      for (const name of Object.keys(theirs)) expect(ours[name]).toEqual(theirs[name]);
    }
  });

  it('stops an entry as soon as it inflates past its declared size', () => {
    const lying = rawZip([
      { name: 'ok.xml', ...deflatedOf(new TextEncoder().encode('<ok/>')), declaredSize: 5 },
      { name: 'bom.xml', ...deflatedZeros(8 * 1024 * 1024), declaredSize: 4096 },
    ]);
    expect(() => inflateZipEntries(lying)).toThrow(OversizedEntryError);
  });
});
