import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openOoxmlPackage } from '../../io/files/ooxml-package.js';
import { reportCommand } from '../../hosts/cli/report-command.js';
import { userWorkbook } from '../helpers/report-workbook-inputs.js';
import { VBA_PROJECT } from '../helpers/report-package-handmade.js';

/** The clerk's workbook with macros: a VBA project, the macro-enabled content type, saved as .xlsm. */
async function macroWorkbook(): Promise<Uint8Array> {
  const parts = unzipSync(await userWorkbook());
  const text = (name: string) => new TextDecoder().decode(parts[name]);
  parts['[Content_Types].xml'] = strToU8(
    text('[Content_Types].xml')
      .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace('<Default ', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default '),
  );
  parts['xl/_rels/workbook.xml.rels'] = strToU8(
    text('xl/_rels/workbook.xml.rels').replace(
      '</Relationships>',
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  parts['xl/vbaProject.bin'] = VBA_PROJECT;
  return zipSync(parts);
}

describe('cchc report on a workbook with macros', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'cchc-xlsm-'));
  const input = join(folder, 'ke-hoach.xlsm');
  writeFileSync(input, await macroWorkbook());
  const options = { period: 'Quý I/2026', asOf: '2026-03-20' };

  it('writes an .xlsm beside it, macros and content type kept', async () => {
    const result = await reportCommand(input, options);
    expect(result.exitCode).toBe(0);
    const output = join(folder, 'ke-hoach-bao-cao-quy-i-2026.xlsm');
    expect(result.stdout).toContain(`Đã ghi báo cáo: ${output}`);
    const pkg = openOoxmlPackage(new Uint8Array(readFileSync(output)));
    expect(pkg.bytes('xl/vbaProject.bin')).toEqual(VBA_PROJECT);
    expect(pkg.text('[Content_Types].xml')).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
  });

  it('asked for an .xlsx, writes an .xlsm instead and says why', async () => {
    const result = await reportCommand(input, { ...options, output: join(folder, 'bao-cao.xlsx') });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`Đã ghi báo cáo: ${join(folder, 'bao-cao.xlsm')}`);
    expect(result.stderr).toMatch(/có macro \(VBA\).*bao-cao\.xlsm/);
  });

  it('refuses -o link.xlsm --force when the link points at the input, leaving the input as it was', async () => {
    const before = readFileSync(input);
    symlinkSync(input, join(folder, 'link.xlsm'));
    const result = await reportCommand(input, { ...options, output: join(folder, 'link.xlsm'), force: true });
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toMatch(/^Không ghi đè lên tệp đang đọc/);
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});
