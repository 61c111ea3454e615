import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openOoxmlPackage, OoxmlPackageError } from '../../io/files/ooxml-package.js';

const libreOfficeWorkbook = new Uint8Array(readFileSync(new URL('../files/ke-hoach-libreoffice.xlsx', import.meta.url)));

describe('openOoxmlPackage', () => {
  it('lists the parts of a LibreOffice workbook and gives their bytes and text', () => {
    const pkg = openOoxmlPackage(libreOfficeWorkbook);
    expect(pkg.names).toContain('[Content_Types].xml');
    expect(pkg.names).toContain('xl/workbook.xml');
    expect(pkg.text('xl/workbook.xml')).toMatch(/<sheets>/);
    expect(pkg.bytes('no/such/part.xml')).toBeUndefined();
    expect(pkg.uncompressedBytes).toBe(pkg.names.reduce((sum, name) => sum + pkg.bytes(name)!.length, 0));
  });

  it('refuses a package that declares more than the limit before inflating it', () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(5 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(() => openOoxmlPackage(bomb, { maxUncompressedBytes: 1024 * 1024, maxParts: 10 })).toThrow(expect.objectContaining({ reason: 'too-large' }));
  });

  it('refuses too many parts', () => {
    const parts = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`p${i}.xml`, new Uint8Array(1)]));
    expect(() => openOoxmlPackage(zipSync(parts), { maxUncompressedBytes: 1e9, maxParts: 10 })).toThrow(OoxmlPackageError);
  });

  it('calls a cut-short or non-ZIP file corrupt', () => {
    expect(() => openOoxmlPackage(libreOfficeWorkbook.subarray(0, 2000))).toThrow(expect.objectContaining({ reason: 'corrupt' }));
    expect(() => openOoxmlPackage(new TextEncoder().encode('STT\tNhiệm vụ'))).toThrow(expect.objectContaining({ reason: 'corrupt' }));
  });
});
