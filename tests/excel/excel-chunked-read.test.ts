import { describe, expect, it } from 'vitest';
import { generateConsolidatedPlan } from '../../bench/generate-plan.js';
import { officeErrorMessage } from '../../hosts/excel/adapter/office-errors.js';
import { gridJsonBytes, jsonTextBytes } from '../../hosts/excel/adapter/payload-size.js';
import { readWorkbook } from '../../hosts/excel/adapter/read-workbook.js';
import { readPlan } from '../../src/plan/read-plan.js';
import { MockWorkbook, utf8Bytes, type MockSheetInput } from '../helpers/excel-mock-workbook.js';

type Cell = string | number | boolean | null;

function sheetOfRows(name: string, rows: readonly (readonly unknown[])[]): MockSheetInput {
  return { name, values: rows.map((row) => row.map((cell) => (cell === null || typeof cell === 'object' ? null : (cell as Cell)))) };
}

/** The sheet's cells as the grid should hold them: empty cells null, from A1. */
function expectedRows(sheet: MockSheetInput): Cell[][] {
  return (sheet.values ?? []).map((row) => row.map((cell) => (cell === '' ? null : cell)));
}

function gridRows(rows: readonly (readonly unknown[])[]): unknown[][] {
  return rows.map((row) => {
    const copy = [...row];
    while (copy.length > 0 && copy.at(-1) === null) copy.pop();
    return copy;
  });
}

describe('payload-size', () => {
  it('counts UTF-8 bytes of JSON as Buffer does', () => {
    const samples: unknown[][][] = [[['Quý I', 3, null, true]], [['Phòng Văn hóa - Xã hội', 'Trước ngày 15/01/2026', '"quoted" \\ back', '\n\t\u0001\u001f', '😀 emoji', '\ud800 lone']], [[], ['']]];
    for (const grid of samples) expect(gridJsonBytes(grid)).toBe(utf8Bytes(grid));
    expect(jsonTextBytes('đ')).toBe(4);
  });
});

describe('reading a large plan sheet in Excel on the web', () => {
  it('reads 50,000 tasks in row chunks, each response under 5 MB of UTF-8, and the grid is the whole sheet', async () => {
    const rows = generateConsolidatedPlan(1000, 50);
    const sheet = sheetOfRows('Tổng hợp', rows);
    const book = new MockWorkbook({ sheets: [sheet] });
    const whole = utf8Bytes(sheet.values) + utf8Bytes(sheet.values!.map((row) => row.map(() => 'General')));
    expect(whole).toBeGreaterThan(3 * 5_000_000); // one read would be refused several times over

    const snapshot = await readWorkbook(book.context, {});

    expect(book.refused).toEqual([]);
    const reads = book.responses.filter((bytes) => bytes > 0);
    expect(reads.length).toBeGreaterThan(4);
    for (const bytes of reads) expect(bytes).toBeLessThan(5_000_000);
    expect(book.syncs).toBe(book.responses.length);
    expect(gridRows(snapshot.grid.rows)).toEqual(gridRows(expectedRows(sheet)));
    const plan = readPlan(snapshot.grid, { fallbackYear: 2026 });
    expect(plan.found && plan.plan.tasks.length).toBe(50_000);
  });

  it('reads a sheet that starts lower and further right at its real cells', async () => {
    const rows = generateConsolidatedPlan(30, 50).map((row) => [null, null, null, ...row]);
    const sheet = sheetOfRows('KH', [...Array.from({ length: 4 }, () => []), ...rows]);
    const book = new MockWorkbook({ sheets: [sheet] });
    const snapshot = await readWorkbook(book.context, {});
    expect(gridRows(snapshot.grid.rows)).toEqual(gridRows(expectedRows(sheet)));
    expect(book.responses.filter((bytes) => bytes > 0).length).toBeGreaterThan(1);
  });

  it('reads a small plan in the first sync, as before', async () => {
    const sheet = sheetOfRows('KH', generateConsolidatedPlan(1, 40));
    const book = new MockWorkbook({ sheets: [sheet] });
    const snapshot = await readWorkbook(book.context, {});
    expect(book.syncs).toBe(1);
    expect(gridRows(snapshot.grid.rows)).toEqual(gridRows(expectedRows(sheet)));
  });

  it('reads again in halves a chunk the host refuses, when rows grow denser further down', async () => {
    const short = Array.from({ length: 3000 }, (_, r) => [String(r + 1), 'Rà soát', 'Quý I/2026']);
    const long = Array.from({ length: 3000 }, (_, r) => [String(r + 3001), 'Tuyên truyền cải cách hành chính '.repeat(40), 'Quý II/2026']);
    const sheet = sheetOfRows('KH', [['STT', 'Nội dung', 'Thời gian'], ...short, ...long]);
    const book = new MockWorkbook({ sheets: [sheet] });
    book.responseLimit = 600_000;
    const snapshot = await readWorkbook(book.context, {});
    expect(book.refused.length).toBeGreaterThan(0);
    for (const bytes of book.responses) expect(bytes).toBeLessThanOrEqual(600_000);
    expect(gridRows(snapshot.grid.rows)).toEqual(gridRows(expectedRows(sheet)));
  });

  it('reads without the first window when its cells alone are over the limit', async () => {
    const huge = 'Nội dung rất dài '.repeat(1200);
    const sheet = sheetOfRows(
      'KH',
      Array.from({ length: 40 }, (_, r) => [String(r + 1), huge, huge, huge, huge, huge]),
    );
    const book = new MockWorkbook({ sheets: [sheet] });
    const snapshot = await readWorkbook(book.context, {});
    expect(book.refused.length).toBeGreaterThanOrEqual(1);
    expect(book.refused[0]).toBeGreaterThan(5_000_000);
    for (const bytes of book.responses) expect(bytes).toBeLessThan(5_000_000);
    expect(gridRows(snapshot.grid.rows)).toEqual(gridRows(expectedRows(sheet)));
  });

  it('tells the clerk in Vietnamese when a single row is over the limit', async () => {
    const sheet = sheetOfRows('KH', [
      ['STT', 'Nội dung'],
      ['1', 'x'.repeat(40_000)],
    ]);
    const book = new MockWorkbook({ sheets: [sheet] });
    book.responseLimit = 30_000;
    const error = await readWorkbook(book.context, {}).then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).not.toBeNull();
    expect(officeErrorMessage(error)).toMatch(/quá nhiều dữ liệu để đọc một lần/);
  });
});
