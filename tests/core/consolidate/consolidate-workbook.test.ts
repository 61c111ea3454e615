import type ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeProvinceWorkbook } from '../../../io/xlsx-report/write-province-workbook.js';
import type { ProvinceConsolidation } from '../../../src/consolidate/province.js';
import { PROVINCE_SHEET_NAMES } from '../../../src/sheet-model/province-sheet-models.js';
import { AS_OF, communeFolder, PERIOD, type CommuneFolder } from '../../helpers/consolidate-inputs.js';
import { consolidateFolder } from '../../helpers/consolidate-province.js';
import { loadExcel } from '../../helpers/report-workbook-inputs.js';

/**
 * The province workbook read back with exceljs — its sheets, the ranking from the furthest behind,
 * formats and data bars, the chart, the overdue list and the files not read — and opened by LibreOffice, which
 * prints it to PDF (pages as PNG in out/screenshots/province-*.png).
 */
const run = promisify(execFile);
const shots = 'out/screenshots';
let folder: CommuneFolder;
let province: ProvinceConsolidation;
let workbook: ExcelJS.Workbook;
let bytes: Uint8Array;

beforeAll(async () => {
  folder = await communeFolder();
  province = await consolidateFolder(folder.dir, PERIOD, AS_OF);
  bytes = await writeProvinceWorkbook(province);
  workbook = await loadExcel(bytes);
}, 120_000);

const texts = (sheet: ExcelJS.Worksheet, column: number, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => sheet.getRow(from + index).getCell(column).value);

describe('the province workbook', () => {
  it('has the four sheets, per commune first', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(Object.values(PROVINCE_SHEET_NAMES));
  });

  it('ranks the communes from the furthest behind, with their counts, a data bar on the rate and the province total', () => {
    const sheet = workbook.getWorksheet(PROVINCE_SHEET_NAMES.communes)!;
    expect(sheet.getCell('A1').value).toBe('TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CCHC CỦA CÁC XÃ, PHƯỜNG – Quý I/2026');
    expect(String(sheet.getCell('A2').value)).toContain('đánh giá tại ngày 14/03/2026');
    expect(sheet.getRow(4).getCell(2).value).toBe('Xã, phường, đặc khu');
    const rateColumn = 17;
    expect(sheet.getRow(4).getCell(rateColumn).value).toBe('Tỷ lệ hoàn thành nhiệm vụ đến hạn');
    const names = texts(sheet, 2, 5, 8);
    const rates = texts(sheet, rateColumn, 5, 8);
    expect([...names].sort()).toEqual(folder.communes.map((commune) => commune.name).sort());
    // Lowest rate first; a commune with nothing due yet (no rate) last.
    const known = rates.filter((rate) => rate !== null) as number[];
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(rates.indexOf(null) === -1 || rates.slice(rates.indexOf(null)).every((rate) => rate === null)).toBe(true);
    expect(names[0]).toBe(province.ranked[0]!.name);
    expect(texts(sheet, 1, 5, 8)).toEqual([1, 2, 3, 4]);
    expect(sheet.getRow(9).getCell(2).value).toBe('Toàn tỉnh (4 xã, phường)');
    expect(sheet.getRow(9).getCell(14).value).toBe(province.totals.total);
    expect(sheet.getRow(5).getCell(rateColumn).numFmt).toBe('0.0%');
    expect(sheet.getRow(5).getCell(4).numFmt).toBe('0');
    const bars = (sheet as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }).conditionalFormattings;
    expect(bars.map(({ ref, rules }) => [ref, rules[0]!.type])).toEqual([['Q5:Q8', 'dataBar']]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
  });

  it('sums each section across communes under one name however the communes word it', () => {
    const sheet = workbook.getWorksheet(PROVINCE_SHEET_NAMES.sections)!;
    const rows = province.sections.length;
    const titles = texts(sheet, 2, 5, 4 + rows) as string[];
    const reform = titles.findIndex((title) => /thể chế/i.test(title));
    expect(reform).toBeGreaterThanOrEqual(0);
    expect(titles.filter((title) => /thể chế/i.test(title))).toHaveLength(1);
    expect(sheet.getRow(5 + reform).getCell(3).value).toBe(4);
    const totalColumn = 14;
    const sum = (texts(sheet, totalColumn, 5, 4 + rows) as number[]).reduce((total, count) => total + count, 0);
    expect(sum).toBe(province.totals.total);
    expect(sheet.getRow(5 + rows).getCell(totalColumn).value).toBe(province.totals.total);
  });

  it('lists every overdue task with its commune, lead unit, deadline text, due date and days overdue, most days first', () => {
    const sheet = workbook.getWorksheet(PROVINCE_SHEET_NAMES.overdue)!;
    expect(province.overdue.length).toBeGreaterThan(0);
    expect(sheet.getRow(4).values).toEqual([undefined, 'STT', 'Xã, phường, đặc khu', 'Mục', 'STT trong kế hoạch', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Hạn', 'Số ngày quá hạn']);
    const days = texts(sheet, 9, 5, 4 + province.overdue.length) as number[];
    expect(days).toEqual([...days].sort((a, b) => b - a));
    const first = sheet.getRow(5);
    expect(first.getCell(2).value).toBe(province.overdue[0]!.commune);
    expect(first.getCell(7).value).toBe(province.overdue[0]!.deadlineText);
    expect(first.getCell(8).value).toBeInstanceOf(Date);
    expect(first.getCell(8).numFmt).toBe('dd/mm/yyyy');
    expect(sheet.autoFilter).toBe(`A4:I${4 + province.overdue.length}`);
  });

  it('lists the files not read with their reasons', () => {
    const sheet = workbook.getWorksheet(PROVINCE_SHEET_NAMES.problems)!;
    expect(texts(sheet, 2, 5, 6)).toEqual(folder.problems.map((problem) => problem.file));
    expect(String(sheet.getRow(6).getCell(3).value)).toContain('hỏng');
  });

  it('charts the completion rates of the communes furthest behind, first at the top', () => {
    const parts = unzipSync(bytes);
    const chart = strFromU8(parts['xl/charts/chart1.xml']!);
    const withRate = province.ranked.filter((commune) => commune.counts.completionRate !== null).length;
    expect(chart).toContain(`<c:f>'Theo xã, phường'!$B$5:$B$${4 + withRate}</c:f>`);
    expect(chart).toContain(`<c:f>'Theo xã, phường'!$Q$5:$Q$${4 + withRate}</c:f>`);
    expect(chart).toContain(`<c:pt idx="0"><c:v>${province.ranked[0]!.name}</c:v></c:pt>`);
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain('<c:orientation val="maxMin"/>');
    expect(strFromU8(parts['xl/worksheets/sheet1.xml']!)).toMatch(/<drawing r:id="rId1"\/>/);
    expect(strFromU8(parts['xl/worksheets/_rels/sheet1.xml.rels']!)).toContain('Target="../drawings/drawing1.xml"');
    expect(strFromU8(parts['[Content_Types].xml']!)).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
  });

  it('opens in LibreOffice, which prints every sheet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-tinh-pdf-'));
    writeFileSync(join(dir, 'tinh.xlsx'), bytes);
    await run('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'tinh.xlsx')], { timeout: 120_000 });
    const { stdout } = await run('pdftotext', ['-layout', join(dir, 'tinh.pdf'), '-']);
    for (const commune of folder.communes) expect(stdout).toContain(commune.name);
    expect(stdout).toContain('CÁC TỆP KHÔNG ĐỌC ĐƯỢC');
    expect(stdout).toContain('NHIỆM VỤ QUÁ HẠN TẠI NGÀY 14/03/2026');
    expect(stdout).toContain('xã, phường chậm nhất: tỷ lệ hoàn thành nhiệm vụ đến hạn');
    mkdirSync(shots, { recursive: true });
    await run('pdftoppm', ['-png', '-r', '70', join(dir, 'tinh.pdf'), join(shots, 'province')]);
    expect(readdirSync(shots).filter((name) => name.startsWith('province-')).length).toBeGreaterThanOrEqual(4);
    expect(readFileSync(join(dir, 'tinh.pdf')).subarray(0, 4).toString()).toBe('%PDF');
  }, 180_000);
});
