import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OWN_SHEETS_REGISTRY } from '../../src/sheet-model/own-sheets.js';
import { writeReportWorkbook } from '../../io/xlsx-report/write-report-workbook.js';
import { dumpWorkbook, type WorkbookDump } from '../helpers/report-workbook-dump.js';
import { fixtureInput, loadExcel, reportInput, USER_PLAN_SHEET, userReportInput, userWorkbook } from '../helpers/report-workbook-inputs.js';
import { zipEntryText } from '../helpers/report-workbook-zip.js';
import { loadWorkbook } from '../helpers/report-workbook-dump.js';
import { readFixturePlan } from '../helpers/fixture-plans.js';

const libreOfficeWorkbook = new Uint8Array(readFileSync(fileURLToPath(new URL('../files/ke-hoach-libreoffice.xlsx', import.meta.url))));

/** The user's sheets of a dump, in order: everything but the product's sheets. */
function userSheets(dump: WorkbookDump, own: readonly string[]) {
  const names = dump.sheets.filter((name) => !own.includes(name));
  return { names, sheets: names.map((name) => dump.bySheet[name]) };
}

const OURS = ['Theo dõi CCHC', 'Tổng hợp Quý I-2026', 'Cài đặt CCHC', OWN_SHEETS_REGISTRY];

describe('the user’s own sheets', () => {
  it('stay as they were in a workbook made by LibreOffice', async () => {
    const input = { ...(await fixtureInput('an-tuong-2026')), source: libreOfficeWorkbook };
    const before = await dumpWorkbook(libreOfficeWorkbook);
    const after = await dumpWorkbook(await writeReportWorkbook(input));
    expect(after.sheets).toEqual(['Phụ lục', 'Ghi chú', ...OURS]);
    expect(userSheets(after, OURS)).toEqual(userSheets(before, []));
    expect(after.bySheet['Ghi chú']!.state).toBe('hidden');
  });

  it('keep the look of cells in the workbook’s default format (Arial 10 in LibreOffice), which exceljs would turn into Calibri 11', async () => {
    const input = { ...(await fixtureInput('an-tuong-2026')), source: libreOfficeWorkbook };
    const bytes = await writeReportWorkbook(input);
    // C2 ("Chủ trì") is in LibreOffice's default format: no format of its own. Its sheet part and the
    // default format (the first cell format, on the first font) come back as they were.
    expect(zipEntryText(bytes, 'xl/worksheets/sheet1.xml')).toBe(zipEntryText(libreOfficeWorkbook, 'xl/worksheets/sheet1.xml'));
    expect(zipEntryText(bytes, 'xl/worksheets/sheet1.xml')).toMatch(/<c r="C2"( s="0")? t="s">/);
    const { defaultStyle } = await loadWorkbook(bytes);
    expect(defaultStyle?.font).toMatchObject({ name: 'Arial', size: 10 });
  });

  it('stay as they were in a workbook made by exceljs, with the user’s conditional format, validation, note and defined name', async () => {
    const source = await userWorkbook();
    const before = await dumpWorkbook(source);
    const bytes = await writeReportWorkbook(await userReportInput(source));
    const after = await dumpWorkbook(bytes);
    expect(after.sheets).toEqual([USER_PLAN_SHEET, 'Hướng dẫn', ...OURS]);
    expect(userSheets(after, OURS)).toEqual(userSheets(before, []));
    expect(after.definedNames).toContainEqual({ name: 'DonViChuTri', ranges: [`'${USER_PLAN_SHEET}'!$C$5:$C$10`] });
    const sheet = after.bySheet[USER_PLAN_SHEET]!;
    expect(sheet.conditionalFormattings).toMatchObject([
      { ref: 'G5:G10', rules: [{ type: 'expression', priority: 1, formulae: ['$G5="x"'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FF00B050' } } } }] },
    ]);
    expect(JSON.stringify(sheet.dataValidations)).toContain('x,Đang triển khai,đã hoàn thành');
    const workbook = await loadExcel(bytes);
    expect(workbook.getWorksheet(USER_PLAN_SHEET)!.getCell('B5').note).toBe('Nhiệm vụ đầu năm');
  });
});

describe('rebuilding', () => {
  it('its own output gives the same workbook, however many times', async () => {
    const input = await userReportInput(await userWorkbook());
    const first = await writeReportWorkbook(input);
    const second = await writeReportWorkbook({ ...input, source: first });
    const third = await writeReportWorkbook({ ...input, source: second });
    const dump = await dumpWorkbook(first);
    expect(await dumpWorkbook(second)).toEqual(dump);
    expect(await dumpWorkbook(third)).toEqual(dump);
  });

  it('a streamed report (no source workbook) gives the same workbook when rebuilt from itself', async () => {
    const input = await fixtureInput('tran-hung-dao-2026');
    const streamed = await writeReportWorkbook(input);
    const rebuilt = await writeReportWorkbook({ ...input, source: streamed });
    expect(await dumpWorkbook(rebuilt)).toEqual(await dumpWorkbook(streamed));
  });

  it('writes data bars whole in both writers: each rule’s id matches an Excel 2010 extension', async () => {
    const input = await fixtureInput('tran-hung-dao-2026');
    const streamed = await writeReportWorkbook(input);
    const rebuilt = await writeReportWorkbook({ ...input, source: streamed });
    for (const [bytes, part] of [
      [streamed, 'xl/worksheets/sheet2.xml'],
      [rebuilt, 'xl/worksheets/sheet2.xml'],
    ] as const) {
      const xml = zipEntryText(bytes, part);
      const ids = [...xml.matchAll(/<x14:id>([^<]+)<\/x14:id>/g)].map((match) => match[1]);
      expect(ids).toHaveLength(2);
      for (const id of ids) expect(xml).toContain(`<x14:cfRule type="dataBar" id="${id}">`);
      expect(xml).not.toContain('<x14:id/>');
    }
  });

  it('puts the new sheets where the old ones were, even when the user moved them', async () => {
    const input = await userReportInput(await userWorkbook());
    const workbook = await loadExcel(await writeReportWorkbook(input));
    // The user drags the summary to the front and the plan sheet to the end.
    const order = ['Tổng hợp Quý I-2026', USER_PLAN_SHEET, 'Hướng dẫn', 'Cài đặt CCHC', 'Theo dõi CCHC', OWN_SHEETS_REGISTRY];
    for (const sheet of workbook.worksheets) (sheet as unknown as { orderNo: number }).orderNo = order.indexOf(sheet.name);
    const moved = new Uint8Array(await workbook.xlsx.writeBuffer());
    const rebuilt = await dumpWorkbook(await writeReportWorkbook({ ...input, source: moved }));
    expect(rebuilt.sheets).toEqual(order);
  });

  it('keeps a user’s sheets that have our names, and gives ours free names', async () => {
    const source = await userWorkbook(['Theo dõi CCHC', 'Tổng hợp Quý I-2026']);
    const before = await dumpWorkbook(source);
    const input = await userReportInput(source);
    const first = await writeReportWorkbook(input);
    const ours = ['Theo dõi CCHC (2)', 'Tổng hợp Quý I-2026 (2)', 'Cài đặt CCHC', OWN_SHEETS_REGISTRY];
    const after = await dumpWorkbook(first);
    expect(after.sheets).toEqual([USER_PLAN_SHEET, 'Hướng dẫn', 'Theo dõi CCHC', 'Tổng hợp Quý I-2026', ...ours]);
    expect(userSheets(after, ours)).toEqual(userSheets(before, []));
    const rebuilt = await dumpWorkbook(await writeReportWorkbook({ ...input, source: first }));
    expect(rebuilt).toEqual(after);
  });

  it('keeps a sheet the user put under the name of one of ours', async () => {
    const input = await userReportInput(await userWorkbook());
    const workbook = await loadExcel(await writeReportWorkbook(input));
    const ours = workbook.getWorksheet('Tổng hợp Quý I-2026')!;
    const position = (ours as unknown as { orderNo: number }).orderNo;
    workbook.removeWorksheet(ours.id);
    const mine = workbook.addWorksheet('Tổng hợp Quý I-2026');
    mine.addRow(['Bảng tổng hợp tôi tự làm']);
    (mine as unknown as { orderNo: number }).orderNo = position;
    const source = new Uint8Array(await workbook.xlsx.writeBuffer());
    const rebuilt = await loadExcel(await writeReportWorkbook({ ...input, source }));
    expect(rebuilt.getWorksheet('Tổng hợp Quý I-2026')!.getCell('A1').value).toBe('Bảng tổng hợp tôi tự làm');
    expect(String(rebuilt.getWorksheet('Tổng hợp Quý I-2026 (2)')!.getCell('A1').value)).toMatch(/^TỔNG HỢP TÌNH HÌNH/);
  });

  it('for another period adds its summary and keeps the earlier one', async () => {
    const plan = await readFixturePlan('tran-hung-dao-2026');
    const first = await writeReportWorkbook(reportInput(plan, 'Quý I/2026'));
    const second = await dumpWorkbook(await writeReportWorkbook(reportInput(plan, '6 tháng/2026', first)));
    expect(second.sheets).toEqual(['Theo dõi CCHC', 'Tổng hợp Quý I-2026', 'Tổng hợp 6 tháng-2026', 'Cài đặt CCHC', OWN_SHEETS_REGISTRY]);
    expect(second.bySheet['Tổng hợp Quý I-2026']).toEqual((await dumpWorkbook(first)).bySheet['Tổng hợp Quý I-2026']);
    const registry = (await loadExcel(await writeReportWorkbook(reportInput(plan, '6 tháng/2026', first)))).getWorksheet(OWN_SHEETS_REGISTRY)!;
    const listed: unknown[] = [];
    registry.eachRow((row) => listed.push(row.getCell(1).value));
    expect(listed).toEqual(['Trang do công cụ CCHC tạo', 'Theo dõi CCHC', 'Tổng hợp 6 tháng-2026', 'Cài đặt CCHC', 'Tổng hợp Quý I-2026']);
  });
});
