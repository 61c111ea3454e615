import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { XMLParser } from 'fast-xml-parser';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openOoxmlPackage } from '../../io/files/ooxml-package.js';
import { writeReport, writeReportWorkbook } from '../../io/xlsx-report/write-report-workbook.js';
import { CUT_MARK, dateSerial, MAX_CELL_TEXT } from '../../io/xlsx-report/sheet-xml.js';
import { AS_OF, fixtureInput, reportInput } from '../helpers/report-workbook-inputs.js';
import { readFixturePlan } from '../helpers/fixture-plans.js';
import { handmadeWorkbook, VBA_PROJECT } from '../helpers/report-package-handmade.js';

const INDEX_PARTS = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'docProps/app.xml', 'xl/styles.xml'];
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: false });
const parse = (bytes: Uint8Array) => parser.parse(new TextDecoder().decode(bytes)) as Record<string, any>;
const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

async function reportOn(source: Uint8Array) {
  return writeReport({ ...(await fixtureInput('tran-hung-dao-2026')), source });
}

describe('the report written into a user’s .xlsm made by hand', async () => {
  const source = handmadeWorkbook();
  const report = await reportOn(source);
  const input = openOoxmlPackage(source);
  const output = openOoxmlPackage(report.bytes);
  const workbookOut = parse(output.bytes('xl/workbook.xml')!).workbook;
  const sheetsOut = list(workbookOut.sheets.sheet) as Record<string, string>[];
  const ourPart = (name: string) => {
    const id = sheetsOut.find((sheet) => sheet['@name'] === name)!['@r:id'];
    const rel = list(parse(output.bytes('xl/_rels/workbook.xml.rels')!).Relationships.Relationship).find((item: any) => item['@Id'] === id) as Record<string, string>;
    return new TextDecoder().decode(output.bytes(`xl/${rel['@Target']}`)!);
  };

  it('keeps every part that is not an index byte for byte: macros, the chart, the calculation chain, custom properties, the wide sheet', () => {
    for (const name of input.names.filter((part) => !INDEX_PARTS.includes(part))) {
      expect(output.bytes(name), name).toEqual(input.bytes(name));
    }
    expect(output.bytes('xl/vbaProject.bin')).toEqual(VBA_PROJECT);
  });

  it('keeps every entry of the index parts: content types, relationships, sheets, names, workbook settings', () => {
    const types = (bytes: Uint8Array) => {
      const root = parse(bytes).Types;
      return [...list(root.Default), ...list(root.Override)].map((item) => JSON.stringify(item));
    };
    expect(types(output.bytes('[Content_Types].xml')!)).toEqual(expect.arrayContaining(types(input.bytes('[Content_Types].xml')!)));
    const rels = (bytes: Uint8Array) => list(parse(bytes).Relationships.Relationship).map((item) => JSON.stringify(item));
    expect(rels(output.bytes('xl/_rels/workbook.xml.rels')!)).toEqual(expect.arrayContaining(rels(input.bytes('xl/_rels/workbook.xml.rels')!)));
    const workbookIn = parse(input.bytes('xl/workbook.xml')!).workbook;
    expect(sheetsOut).toEqual(expect.arrayContaining(list(workbookIn.sheets.sheet)));
    expect(sheetsOut.slice(0, 3)).toEqual(list(workbookIn.sheets.sheet));
    const names = (workbook: any) => list(workbook.definedNames.definedName).map((item) => JSON.stringify(item));
    expect(names(workbookOut)).toEqual(expect.arrayContaining(names(workbookIn)));
    for (const key of ['fileVersion', 'workbookPr', 'mc:AlternateContent', 'xr:revisionPtr', 'workbookProtection', 'calcPr', 'extLst', '@mc:Ignorable', '@xmlns:x15']) {
      expect(workbookOut[key], key).toEqual(workbookIn[key]);
    }
    // The window keeps its own settings; it opens on our summary, from the first tab.
    const { '@activeTab': activeTab, '@firstSheet': firstSheet, ...window } = workbookOut.bookViews.workbookView;
    const { '@activeTab': _a, '@firstSheet': _f, ...windowIn } = workbookIn.bookViews.workbookView;
    expect(window).toEqual(windowIn);
    expect(sheetsOut[Number(activeTab)]!['@name']).toBe('Tổng hợp Quý I-2026');
    expect(firstSheet).toBe('0');
  });

  it('appends its formats after the user’s: every number format, font, fill, border, cell format and dxf of theirs at the same index', () => {
    const stylesIn = parse(input.bytes('xl/styles.xml')!).styleSheet;
    const stylesOut = parse(output.bytes('xl/styles.xml')!).styleSheet;
    for (const [block, item] of [
      ['numFmts', 'numFmt'],
      ['fonts', 'font'],
      ['fills', 'fill'],
      ['borders', 'border'],
      ['cellStyleXfs', 'xf'],
      ['cellXfs', 'xf'],
      ['dxfs', 'dxf'],
    ] as const) {
      const before = list(stylesIn[block][item]);
      const after = list(stylesOut[block][item]);
      expect(after.slice(0, before.length), block).toEqual(before);
      expect(Number(stylesOut[block]['@count']), block).toBe(after.length);
    }
    // Fresh number format ids, above the user's highest (170).
    const ours = list(stylesOut.numFmts.numFmt).slice(2) as Record<string, string>[];
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.every((format) => Number(format['@numFmtId']) > 170)).toBe(true);
    for (const key of ['cellStyles', 'tableStyles', 'extLst', '@mc:Ignorable']) expect(stylesOut[key], key).toEqual(stylesIn[key]);
  });

  it('lists the new sheets in docProps/app.xml, keeping the named ranges', () => {
    const app = parse(output.bytes('docProps/app.xml')!).Properties;
    expect(app.TitlesOfParts['vt:vector']['vt:lpstr']).toEqual(['Kế hoạch', '_cchc', 'Rộng', 'Theo dõi CCHC', 'Tổng hợp Quý I-2026', 'Cài đặt CCHC', '_cchc (2)', 'Kế hoạch!Print_Area']);
    expect(app.HeadingPairs['vt:vector']['vt:variant'].map((item: any) => item['vt:i4'] ?? item['vt:lpstr'])).toEqual(['Trang tính', '7', 'Phạm vi có Tên', '1']);
  });

  it('stays an .xlsm with its macros, and keeps the user’s sheet named “_cchc”: ours takes a free name', () => {
    expect(report.macroEnabled).toBe(true);
    expect(sheetsOut.map((sheet) => [sheet['@name'], sheet['@state']])).toEqual([
      ['Kế hoạch', undefined],
      ['_cchc', undefined],
      ['Rộng', 'hidden'],
      ['Theo dõi CCHC', undefined],
      ['Tổng hợp Quý I-2026', undefined],
      ['Cài đặt CCHC', undefined],
      ['_cchc (2)', 'veryHidden'],
    ]);
    expect(ourPart('_cchc (2)')).toContain('Trang do công cụ CCHC tạo');
    // The user's own tab is the selected one: ours is not marked too (that would group the two).
    expect(ourPart('Tổng hợp Quý I-2026')).not.toContain('tabSelected');
  });

  it('writes its dates for a workbook that counts from 1904', () => {
    const settings = ourPart('Cài đặt CCHC');
    expect(settings).toContain(`<f>TODAY()</f><v>${dateSerial(AS_OF, true)}</v>`);
    expect(dateSerial(AS_OF, true)).toBe(dateSerial(AS_OF, false) - 1462);
  });

  it('gives the same bytes when run again on its own output (only its own sheets are replaced), and on the same input', async () => {
    const again = await reportOn(report.bytes);
    expect(Buffer.from(again.bytes).equals(Buffer.from(report.bytes))).toBe(true);
    expect(Buffer.from((await reportOn(source)).bytes).equals(Buffer.from(report.bytes))).toBe(true);
  });

  it('drops the calculation chain when it replaces its own earlier sheets, and keeps it otherwise', async () => {
    expect(output.names).toContain('xl/calcChain.xml');
    expect(openOoxmlPackage((await reportOn(report.bytes)).bytes).names).toContain('xl/calcChain.xml');
    // The user's Excel saves the report again: the chain now lists a cell of our plan sheet too.
    const planId = sheetsOut.find((sheet) => sheet['@name'] === 'Theo dõi CCHC')!['@sheetId'];
    const parts = unzipSync(report.bytes);
    parts['xl/calcChain.xml'] = strToU8(new TextDecoder().decode(parts['xl/calcChain.xml']).replace('</calcChain>', `<c r="L5" i="${planId}"/></calcChain>`));
    const again = openOoxmlPackage((await reportOn(zipSync(parts))).bytes);
    expect(again.names).not.toContain('xl/calcChain.xml');
    expect(again.text('[Content_Types].xml')).not.toContain('calcChain');
    expect(again.text('xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
  });

  it('moves the sheet-scoped names of the user’s sheets with them when a new summary shifts the tabs', async () => {
    // The user drags "Rộng" after our settings sheet, as Excel saves it (its name's sheet index follows).
    const parts = unzipSync(report.bytes);
    let workbook = new TextDecoder().decode(parts['xl/workbook.xml']);
    const wide = /<sheet name="Rộng"[^>]*\/>/.exec(workbook)![0];
    workbook = workbook.replace(wide, '').replace('<sheet name="_cchc (2)"', `${wide}<sheet name="_cchc (2)"`);
    workbook = workbook
      .replace('name="Rong_Cot" localSheetId="2"', 'name="Rong_Cot" localSheetId="5"')
      .replace(/(name="_xlnm.Print_Titles" localSheetId=")(3|4)"/g, (_match, head: string, index: string) => `${head}${Number(index) - 1}"`);
    parts['xl/workbook.xml'] = strToU8(workbook);
    const moved = zipSync(parts);
    const next = writeReport({ ...(await fixtureInput('tran-hung-dao-2026', '6 tháng/2026')), source: moved });
    const rebuilt = parse(openOoxmlPackage(next.bytes).bytes('xl/workbook.xml')!).workbook;
    const order = list(rebuilt.sheets.sheet).map((sheet: any) => sheet['@name']);
    expect(order).toEqual(['Kế hoạch', '_cchc', 'Theo dõi CCHC', 'Tổng hợp Quý I-2026', 'Tổng hợp 6 tháng-2026', 'Cài đặt CCHC', 'Rộng', '_cchc (2)']);
    const scoped = Object.fromEntries(
      list(rebuilt.definedNames.definedName)
        .filter((name: any) => name['@localSheetId'] !== undefined)
        .map((name: any) => [`${name['@name']} ${name['#text']}`, order[Number(name['@localSheetId'])]]),
    );
    expect(scoped).toEqual({
      "_xlnm.Print_Area 'Kế hoạch'!$A$1:$C$3": 'Kế hoạch',
      "Rong_Cot 'Rộng'!$A:$XFD": 'Rộng',
      // The earlier period's summary stays, with its print titles.
      "_xlnm.Print_Titles 'Tổng hợp Quý I-2026'!$1:$3": 'Tổng hợp Quý I-2026',
      "_xlnm.Print_Titles 'Theo dõi CCHC'!$3:$3": 'Theo dõi CCHC',
      "_xlnm.Print_Titles 'Tổng hợp 6 tháng-2026'!$1:$3": 'Tổng hợp 6 tháng-2026',
    });
  });

  it('copes with an empty or malformed creation date in docProps/core.xml, keeping it as it was', async () => {
    for (const created of ['', 'không phải ngày', '2026-13-45T99:00:00Z']) {
      const bytes = handmadeWorkbook({ created });
      const out = openOoxmlPackage((await reportOn(bytes)).bytes);
      expect(out.bytes('docProps/core.xml')).toEqual(openOoxmlPackage(bytes).bytes('docProps/core.xml'));
    }
  });

  it('opens in LibreOffice, which prints it to PDF with the user’s sheets and ours', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cchc-package-'));
    writeFileSync(join(folder, 'bao-cao.xlsm'), report.bytes);
    const profile = join(folder, 'profile');
    await promisify(execFile)('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', folder, join(folder, 'bao-cao.xlsm')], {
      timeout: 120_000,
    });
    const { stdout } = await promisify(execFile)('pdftotext', [join(folder, 'bao-cao.pdf'), '-']);
    expect(stdout).toContain('Nhiệm vụ');
    expect(stdout).toContain('TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CCHC');
    expect(stdout).toContain('Số nhiệm vụ theo trạng thái');
    expect(readFileSync(join(folder, 'bao-cao.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 150_000);
});

describe('the report’s hostile cases', () => {
  it('cuts a text over 32,767 characters with a visible mark, and says how many', async () => {
    const plan = await readFixturePlan('an-tuong-2026');
    const title = 'KẾ HOẠCH '.repeat(5000);
    const report = writeReport(reportInput({ ...plan, plan: { ...plan.plan, title } }));
    expect(report.cutCells).toBeGreaterThanOrEqual(1);
    const bytes = openOoxmlPackage(report.bytes);
    const summary = new TextDecoder().decode(bytes.bytes('xl/worksheets/sheet2.xml')!);
    const cell = /<c r="A2"[^>]*><is><t[^>]*>([^<]*)<\/t>/.exec(summary)![1]!;
    expect(cell.length).toBe(MAX_CELL_TEXT);
    expect(cell.endsWith(CUT_MARK)).toBe(true);
  });

  it('without a source, writes the same package path from a minimal base: one workbook, opening on the summary', async () => {
    const bytes = await writeReportWorkbook(await fixtureInput('an-tuong-2026'));
    const pkg = openOoxmlPackage(bytes);
    expect(pkg.names).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet4.xml', 'xl/charts/chart1.xml', 'xl/drawings/drawing1.xml']),
    );
    expect(pkg.text('xl/workbook.xml')).toContain('activeTab="1"');
    expect(pkg.text('xl/worksheets/sheet2.xml')).toContain('tabSelected="1"');
    expect(Buffer.from(await writeReportWorkbook(await fixtureInput('an-tuong-2026'))).equals(Buffer.from(bytes))).toBe(true);
  });
});
