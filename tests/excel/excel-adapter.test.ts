import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGridFile } from '../../io/files/read-grid-file.js';
import { excelAction, excelDashboard, type ExcelOptions } from '../../hosts/excel/adapter/excel-use-cases.js';
import { DEFAULT_PLAN_SETTINGS } from '../../src/use-cases/plan-settings.js';
import type { ReportPeriod } from '../../src/summary/summary.js';
import { gridFromRange, isDateFormat, mergedRanges, officeCell } from '../../hosts/excel/adapter/office-cells.js';
import { readWorkbook } from '../../hosts/excel/adapter/read-workbook.js';
import { rowChunks } from '../../hosts/excel/adapter/write-chunks.js';
import { writeModelRows } from '../../hosts/excel/adapter/write-sheet.js';
import type { SheetModel } from '../../src/sheet-model/sheet-model.js';
import { OWN_SHEETS_REGISTRY, REGISTRY_HEADER } from '../../src/sheet-model/own-sheets.js';
import { generateConsolidatedPlan } from '../../bench/generate-plan.js';
import type { Grid } from '../../src/grid/grid.js';
import { assessPlan } from '../../src/plan/assess-plan.js';
import { readPlan } from '../../src/plan/read-plan.js';
import { columnLetters } from '../../src/grid/address.js';
import { statusColumnsUpdate } from '../../src/sheet-model/status-columns-update.js';
import { ministryPeriods } from '../../src/summary/report-periods.js';
import { fixturePath } from '../helpers/fixture-plans.js';
import { MockWorkbook, utf8Bytes, type MockSheetInput } from '../helpers/excel-mock-workbook.js';

const TODAY = '2026-06-10';
const options = (extra: Partial<ExcelOptions> = {}): ExcelOptions => ({ today: TODAY, settings: DEFAULT_PLAN_SETTINGS, features: { dataValidation: true, mergedAreas: true }, ...extra });
const inspectPlan = (book: MockWorkbook, extra: Partial<ExcelOptions> = {}) => excelDashboard(book.context, options(extra));
const updateStatus = (book: MockWorkbook) => excelAction(book.context, { kind: 'updateStatus' }, options());

/** "Tổng hợp quý" of a period on the sheet chosen as the plan's; the sheet it wrote. */
async function buildQuarterSummary(book: MockWorkbook, sheet: string, period: ReportPeriod, extra: Partial<ExcelOptions> = {}): Promise<string> {
  const result = await excelAction(book.context, { kind: 'buildSummary', period: period.label }, options({ settings: { ...DEFAULT_PLAN_SETTINGS, planSheet: sheet }, ...extra }));
  if (!result.ok || result.sheet === null) throw new Error(result.message.code);
  return result.sheet;
}
const QUY_I = ministryPeriods(2026)[0]!;

let tranHungDao: Grid;
beforeAll(async () => {
  const file = await readGridFile(new Uint8Array(readFileSync(fixturePath('tran-hung-dao-2026'))), 'tran-hung-dao-2026.txt');
  tranHungDao = file.grids[0]!;
});

function sheetOf(grid: Grid, name = 'Phụ lục'): MockSheetInput {
  return { name, values: grid.rows.map((row) => row.map((cell) => (cell === null || typeof cell === 'object' ? null : cell))) };
}

/** What the core decides for the sheet as the mock holds it, to compare with what was written. */
function expectedUpdate(grid: Grid) {
  const read = readPlan(grid, { fallbackYear: 2026 });
  if (!read.found) throw new Error('no plan');
  const assessed = assessPlan(read.plan, { asOf: TODAY, dueSoonDays: 7 });
  return statusColumnsUpdate(grid, assessed);
}

describe('office-cells', () => {
  it('writes text that looks like a formula as text, dates as serials shown dd/mm/yyyy, formulas with "="', () => {
    expect(officeCell('=SUM(A1)')).toEqual({ formula: "'=SUM(A1)", format: null });
    expect(officeCell('- Kế hoạch')).toEqual({ formula: "'- Kế hoạch", format: null });
    expect(officeCell('+84 912')).toEqual({ formula: "'+84 912", format: null });
    expect(officeCell('Quý I/2026')).toEqual({ formula: 'Quý I/2026', format: null });
    expect(officeCell({ date: '2026-03-31' })).toEqual({ formula: 46112, format: 'dd/mm/yyyy' });
    expect(officeCell({ formula: 'TODAY()', result: { date: '2026-06-10' } })).toEqual({ formula: '=TODAY()', format: 'dd/mm/yyyy' });
    expect(officeCell(null)).toEqual({ formula: '', format: null });
  });

  it('reads a number shown as a date as that date, and places the used range at its real cells', () => {
    const grid = gridFromRange('KH', 2, 1, [['Trước ngày', 46036, 46036, '#N/A']], [['General', 'dd/mm/yyyy', '0.00', 'General']]);
    expect(grid.rows[2]).toEqual([null, 'Trước ngày', { date: '2026-01-14' }, 46036, { error: '#N/A' }]);
    expect(grid.rows).toHaveLength(3);
    expect(isDateFormat('[$-42A]d mmmm yyyy')).toBe(true);
    expect(isDateFormat('h:mm')).toBe(false);
    expect(isDateFormat('"Ngày" 0')).toBe(false);
  });

  it('reads the merged areas from their address, sheet names quoted or not', () => {
    expect(mergedRanges("'Phụ lục'!C2:D2, 'Phụ lục'!$A$1:$E$1")).toEqual([
      { top: 1, left: 2, bottom: 1, right: 3 },
      { top: 0, left: 0, bottom: 0, right: 4 },
    ]);
    expect(mergedRanges('KH2026!AA10:AB11')).toEqual([{ top: 9, left: 26, bottom: 10, right: 27 }]);
  });

  it('cuts rows into chunks under the byte budget', () => {
    const rows = Array.from({ length: 1000 }, () => ['x'.repeat(100)]);
    const chunks = rowChunks(rows, 20_000);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks[0]!.start).toBe(0);
    expect(chunks.at(-1)!.end).toBe(1000);
  });

  it('sizes the chunks of a sheet model by its formulas’ text, not as a flat 24 bytes', async () => {
    const book = new MockWorkbook({ sheets: [{ name: 'Trang1' }] });
    const rows = Array.from({ length: 2000 }, () => [{ formula: `SUM(${'A1,'.repeat(1000)}A1)` }]);
    await writeModelRows(book.context, book.context.workbook.worksheets.getItem('Trang1'), { rows, columnWidths: [10] } as unknown as SheetModel);
    expect(book.writes.length).toBeGreaterThan(1);
    for (const write of book.writes) expect(utf8Bytes(write.formulas)).toBeLessThan(5_000_000);
  });
});

describe('a plan whose header is over two rows with merged cells', () => {
  // "Cơ quan" merged over "chủ trì | phối hợp"; "Ghi chú" merged over two columns and two rows at the right end.
  const merged: MockSheetInput = {
    name: 'KH',
    values: [
      ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026'],
      ['STT', 'Nội dung', 'Cơ quan', null, 'Thời gian', 'Ghi chú'],
      [null, 'nhiệm vụ', 'chủ trì', 'phối hợp', 'hoàn thành'],
      ['1', '2', '3', '4', '5'],
      ['1', 'Rà soát văn bản', 'Văn phòng HĐND và UBND', 'Các phòng', 'Quý II/2026'],
      ['2', 'Tuyên truyền CCHC', 'Phòng Văn hóa - Xã hội', null, 'Quý IV/2026'],
    ],
    merges: ['A1:G1', 'C2:D2', 'F2:G3'],
  };

  it('is read through the Excel adapter with its merges, in the same single sync', async () => {
    const book = new MockWorkbook({ sheets: [merged] });
    const snapshot = await readWorkbook(book.context, { merges: true });
    expect(book.syncs).toBe(1);
    expect(snapshot.grid.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 6 },
      { top: 1, left: 2, bottom: 1, right: 3 },
      { top: 1, left: 5, bottom: 2, right: 6 },
    ]);
    const read = readPlan(snapshot.grid, { fallbackYear: 2026 });
    if (!read.found) throw new Error(read.issue.message);
    expect(read.plan.layout.headerRows).toEqual([1, 2]);
    expect(read.plan.layout.columns).toMatchObject({ stt: 0, task: 1, lead: 2, coUnits: 3, deadline: 4 });
    expect(read.plan.tasks.map((task) => task.task)).toEqual(['Rà soát văn bản', 'Tuyên truyền CCHC']);

    const report = await inspectPlan(book);
    expect(report.plan).toMatchObject({ sheet: 'KH', tasks: 2 });
  });

  it('places the product’s columns after a merged header cell, never inside it', async () => {
    const book = new MockWorkbook({ sheets: [merged] });
    await updateStatus(book);
    const own = book.writes.filter((write) => write.sheet === 'KH');
    expect(own.length).toBeGreaterThan(0);
    expect(Math.min(...own.map((write) => write.left))).toBe(7);
  });

  it('does not ask for merged areas where Excel cannot give them (before ExcelApi 1.13)', async () => {
    const book = new MockWorkbook({ sheets: [merged] });
    const snapshot = await readWorkbook(book.context, { merges: false });
    expect(snapshot.grid.merges).toEqual([]);
  });

  it('reads only the cells with values, placed at their real row and column', async () => {
    const formats = Array.from({ length: 40 }, () => new Array<string | null>(12).fill('@'));
    const shifted = [[], [], ...(merged.values ?? []).map((row) => [null, ...row])];
    const book = new MockWorkbook({ sheets: [{ name: 'KH', values: shifted, formats, merges: ['D4:E4'] }] });
    const snapshot = await readWorkbook(book.context, { merges: true });
    expect(snapshot.grid.rows).toHaveLength(shifted.length);
    expect(snapshot.grid.rows[3]![1]).toBe('STT');
    expect(snapshot.grid.merges).toEqual([{ top: 3, left: 3, bottom: 3, right: 4 }]);
    const read = readPlan(snapshot.grid, { fallbackYear: 2026 });
    expect(read.found && read.plan.layout.columns).toMatchObject({ lead: 3, coUnits: 4 });
  });
});

describe('Cập nhật trạng thái on the Trần Hưng Đạo plan', () => {
  it('writes the product’s columns after the user’s, with the exact headers, formulas, formats and rules, in 4 syncs', async () => {
    const book = new MockWorkbook({ sheets: [sheetOf(tranHungDao)] });
    const before = book.sheet('Phụ lục').snapshot();
    const result = await updateStatus(book);
    const expected = expectedUpdate(tranHungDao);
    const sheet = book.sheet('Phụ lục');

    // What it says is what a fresh read judges of the plan.
    const fresh = await inspectPlan(new MockWorkbook({ sheets: [sheetOf(tranHungDao)] }));
    expect(fresh.plan!.tasks).toBeGreaterThan(30);
    expect(result.ok && result.message.params).toMatchObject({ tasks: fresh.plan!.tasks, sheet: 'Phụ lục', overdue: fresh.plan!.counts.OVERDUE, dueSoon: fresh.plan!.counts.DUE_SOON });
    // The user's cells: every one as it was.
    const after = sheet.snapshot();
    before.forEach((row, r) => row.forEach((value, c) => expect(after[r]![c]).toEqual(value)));
    // Own columns: the exact headers, formulas (with "=") and formats.
    for (const column of expected.columns) {
      if (!column.keepCells) expect(sheet.cell(expected.headerRow, column.column)?.formula).toBe(column.header);
      if (column.keepCells) continue;
      for (const { row, content } of column.cells) {
        const want = officeCell(content);
        expect(sheet.cell(row, column.column)?.formula).toEqual(want.formula);
        if (want.format !== null) expect(sheet.cell(row, column.column)?.format).toBe(want.format);
      }
      if (column.hidden) expect(sheet.hiddenColumns.has(column.column)).toBe(true);
    }
    // No write touches a column of the user's.
    const userColumns = before[0]!.length;
    const own = new Set(expected.columns.map((column) => column.column));
    for (const write of book.writes.filter((w) => w.sheet === 'Phụ lục')) {
      for (let c = write.left; c < write.left + write.columns; c++) expect(own.has(c) && c >= 0).toBe(true);
    }
    expect(Math.min(...own)).toBeGreaterThanOrEqual(userColumns);
    // Status colours: custom rules with rule.formula, over the used rows only.
    const rules = sheet.rules.filter((rule) => !rule.deleted);
    expect(rules.map((rule) => rule.formula)).toEqual(expected.rules.map((rule) => `=${rule.formula}`));
    expect(rules.every((rule) => rule.type === 'Custom')).toBe(true);
    const overdue = rules.find((rule) => rule.formula.includes('Quá hạn'))!;
    expect(overdue.fill.color).toBe('#FFC7CE');
    expect(overdue.address).not.toMatch(/1048576/);
    const statusColumn = expected.columns.find((column) => column.header === 'Trạng thái (tự tính)')!;
    expect(overdue.formula).toContain(`$${columnLetters(statusColumn.column)}`);
    // Dropdown of progress.
    expect(sheet.validations.some((v) => JSON.stringify(v.rule).includes('Hoàn thành'))).toBe(true);
    // Settings sheet made (names missing), registered in a very hidden _cchc.
    expect(book.names.map((name) => name.name)).toEqual(expect.arrayContaining(['NgayDanhGia', 'SoNgaySapDenHan', 'NgayNghi']));
    const registry = book.sheet(OWN_SHEETS_REGISTRY);
    expect(registry.visibility).toBe('VeryHidden');
    expect(registry.snapshot()).toEqual([[...REGISTRY_HEADER], ['Cài đặt CCHC', 'settings', 1, '']]);
    // Syncs: read (1) + registry/rules read (0: none yet) + one per chunk (1 + settings 1) + final (1).
    expect(book.syncs).toBe(4);
  });

  it('on a second run replaces its own rules, keeps the user’s rule, and does not add the settings sheet again', async () => {
    const book = new MockWorkbook({ sheets: [{ ...sheetOf(tranHungDao), rules: ['=$A1="x"'] }] });
    await updateStatus(book);
    const firstSheets = book.sheets.length;
    await updateStatus(book);
    const sheet = book.sheet('Phụ lục');
    const live = sheet.rules.filter((rule) => !rule.deleted);
    expect(live.map((rule) => rule.formula)).toEqual(['=$A1="x"', ...expectedUpdate(tranHungDao).rules.map((rule) => `=${rule.formula}`)]);
    expect(book.sheets.length).toBe(firstSheets);
    expect(book.names.filter((name) => name.name === 'NgayDanhGia')).toHaveLength(1);
  });
});

describe('Tổng hợp quý', () => {
  it('writes the summary sheet with its chart and registers it; a rebuild replaces only its own sheet', async () => {
    const book = new MockWorkbook({ sheets: [sheetOf(tranHungDao)] });
    const name = await buildQuarterSummary(book, 'Phụ lục', QUY_I);
    expect(name).toBe('Tổng hợp Quý I-2026');
    const summary = book.sheet(name);
    expect(String(summary.cell(0, 0)?.formula)).toMatch(/^TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CCHC/);
    expect(summary.charts).toHaveLength(1);
    expect(summary.charts[0]!.type).toBe('BarClustered');
    expect(summary.frozenRows).toBeGreaterThan(0);
    expect(book.sheet(OWN_SHEETS_REGISTRY).snapshot()[1]).toEqual([name, 'summary', 1, 'Quý I-2026']);
    expect(book.syncs).toBe(3); // read, one chunk, final

    const again = await buildQuarterSummary(book, 'Phụ lục', QUY_I);
    expect(again).toBe(name);
    expect(book.sheets.filter((sheet) => sheet.name === name && !sheet.deleted)).toHaveLength(1);
  });

  it('never overwrites a user’s sheet of the same name', async () => {
    const book = new MockWorkbook({ sheets: [sheetOf(tranHungDao), { name: 'Tổng hợp Quý I-2026', values: [['Bảng của tôi']] }] });
    const name = await buildQuarterSummary(book, 'Phụ lục', QUY_I);
    expect(name).toBe('Tổng hợp Quý I-2026 (2)');
    expect(book.sheet('Tổng hợp Quý I-2026').snapshot()).toEqual([['Bảng của tôi']]);
  });

  it('writes task texts that begin with "-" or "=" as text', async () => {
    const rows = tranHungDao.rows.map((row) => [...row]);
    const first = rows.findIndex((row) => row[0] === '1');
    rows[first]![1] = '=Ban hành kế hoạch';
    const book = new MockWorkbook({ sheets: [sheetOf({ sheet: 'Phụ lục', rows })] });
    await buildQuarterSummary(book, 'Phụ lục', ministryPeriods(2026)[3]!, { today: '2026-12-31' });
    const texts = book
      .sheet('Tổng hợp Năm 2026')
      .snapshot()
      .flat()
      .filter((value): value is string => typeof value === 'string');
    expect(texts.some((text) => text.includes('Ban hành kế hoạch'))).toBe(true);
    expect(texts.filter((text) => text.includes('Ban hành kế hoạch')).every((text) => text.startsWith("'="))).toBe(true);
  });
});

describe('reading and the template', () => {
  it('finds the plan on the active sheet and counts by status, findings with their cells', async () => {
    const book = new MockWorkbook({ sheets: [sheetOf(tranHungDao)] });
    const report = (await inspectPlan(book)).plan;
    expect(report).not.toBeNull();
    if (report === null) return;
    expect(Object.values(report.counts).reduce((a, b) => a + b, 0)).toBe(report.tasks);
    expect(report.findings.every((finding) => /^[A-Z]+\d+$/.test(finding.cell))).toBe(true);
    expect(book.syncs).toBe(1);
  });

  it('says in Vietnamese when a sheet has no plan', async () => {
    const book = new MockWorkbook({ sheets: [{ name: 'Trang1', values: [['Xin chào']] }] });
    const report = await inspectPlan(book);
    expect(report.plan).toBeNull();
    expect(report.problem).toMatch(/STT|Nhiệm vụ/);
  });

  it('makes a template sheet and the settings sheet with its names', async () => {
    const book = new MockWorkbook({ sheets: [{ name: 'Trang1' }] });
    const result = await excelAction(book.context, { kind: 'createTemplate' }, options({ settings: { ...DEFAULT_PLAN_SETTINGS, planYear: 2027 } }));
    const name = result.ok ? result.sheet! : '';
    expect(name).toBe('Theo dõi CCHC');
    const template = book.sheet(name).snapshot();
    expect(template.flat()).toEqual(expect.arrayContaining(['STT']));
    expect(String(template[0]![0])).toMatch(/NĂM 2027/);
    expect(book.sheet('Cài đặt CCHC').snapshot().length).toBeGreaterThan(10);
    expect(book.names.map((n) => n.name).sort()).toEqual(['DsHoanThanh', 'NgayDanhGia', 'NgayNghi', 'SoNgaySapDenHan']);
    expect(book.syncs).toBeLessThanOrEqual(4);
  });
});

describe('sync count grows only with chunks', () => {
  it.each([
    [10, 50],
    [400, 50],
  ])('a generated plan of %i communes × %i tasks: at most 3 syncs plus one per chunk', async (communes, tasks) => {
    const rows = generateConsolidatedPlan(communes, tasks);
    const grid: Grid = { sheet: 'Tổng hợp', rows };
    const book = new MockWorkbook({ sheets: [sheetOf(grid, 'Tổng hợp')] });
    await updateStatus(book);
    const ownChunks = new Set(book.writes.filter((w) => w.sheet === 'Tổng hợp').map((w) => w.top)).size;
    const settingsChunks = new Set(book.writes.filter((w) => w.sheet === 'Cài đặt CCHC').map((w) => w.top)).size;
    const chunks = ownChunks + settingsChunks;
    if (communes > 100) expect(ownChunks).toBeGreaterThan(1);
    // The first sync reads a window of the sheet; a plan beyond it is read in row chunks of a sync each.
    const readChunks = book.responses.slice(1).filter((bytes) => bytes > 0).length;
    if (communes > 100) expect(readChunks).toBeGreaterThan(1);
    expect(book.syncs).toBeLessThanOrEqual(3 + readChunks + chunks);
    expect(book.syncs).toBe(2 + readChunks + chunks); // read, read chunks, write chunks, final
    // Each request and each response stays under 5 MB of UTF-8.
    for (const write of book.writes) expect(utf8Bytes(write.formulas) + utf8Bytes(write.numberFormat ?? [])).toBeLessThan(5_000_000);
    for (const bytes of book.responses) expect(bytes).toBeLessThan(5_000_000);
    expect(book.refused).toEqual([]);
  });
});
