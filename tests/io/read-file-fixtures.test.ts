import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGridFile } from '../../io/files/read-grid-file.js';

const FIXTURES = '../fixtures/plans/';
const fixtureBytes = (name: string) => new Uint8Array(readFileSync(new URL(FIXTURES + name, import.meta.url)));
const readFixture = async (name: string) => {
  const { grids, notices } = await readGridFile(fixtureBytes(name), name);
  expect(grids).toHaveLength(1);
  return { grid: grids[0]!, notices };
};

/** The file's lines split on tabs, as a person sees them: empty fields null, none kept at a row's end. */
function linesAsRows(name: string): (string | null)[][] {
  const lines = new TextDecoder().decode(fixtureBytes(name)).split('\n');
  lines.pop(); // the text after the final line break
  return lines.map((line) => {
    const fields: (string | null)[] = line.split('\t').map((field) => (field === '' ? null : field));
    while (fields.length > 0 && fields[fields.length - 1] === null) fields.pop();
    return fields;
  });
}

const FIXTURE_NAMES = ['an-tuong-2026.txt', 'dong-da-2026-2030.txt', 'tran-hung-dao-2026.txt'];

describe('readGridFile on the appendix tables copied out of Word and PDF', () => {
  it.each(FIXTURE_NAMES)('reads %s with one row per line, every cell where the line has it', async (name) => {
    const { grid, notices } = await readFixture(name);
    const expected = linesAsRows(name);
    expect(grid.rows).toHaveLength(expected.length);
    expect(grid.rows).toEqual(expected);
    expect(notices).toEqual([]);
  });

  it('has as many rows as the files have lines', async () => {
    const counts = await Promise.all(FIXTURE_NAMES.map(async (name) => (await readFixture(name)).grid.rows.length));
    expect(counts).toEqual([76, 67, 78]);
  });

  it('names the grid after the file without its extension', async () => {
    const { grid } = await readFixture('tran-hung-dao-2026.txt');
    expect(grid.sheet).toBe('tran-hung-dao-2026');
    expect(grid.merges).toBeUndefined();
  });

  it('puts the first task of Trần Hưng Đạo in row 8 under the header of row 6', async () => {
    const { grid } = await readFixture('tran-hung-dao-2026.txt');
    expect(grid.rows[6]).toEqual(['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện/ hoàn thành', 'Sản phẩm']);
    expect(grid.rows[7]).toEqual(['I. Chỉ đạo điều hành, kiểm tra và tuyên truyền']);
    expect(grid.rows[8]![0]).toBe('1');
    expect(grid.rows[8]![4]).toBe('Trước ngày 15/01/2026');
  });

  it('keeps empty lines as empty rows', async () => {
    const { grid } = await readFixture('tran-hung-dao-2026.txt');
    expect(grid.rows[3]).toEqual([]);
    expect(grid.rows[5]).toEqual([]);
  });

  it('keeps HTML remnants and markdown bold as they are in An Tường', async () => {
    const { grid } = await readFixture('an-tuong-2026.txt');
    expect(grid.rows[0]).toEqual(['**PHỤ LỤC**  ']);
    expect(grid.rows[6]).toEqual(['<b>I</b>', '<b>CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH</b>']);
    expect(grid.rows[14]![0]).toBe('<b>STT</b>');
  });

  it('keeps quotes inside an HTML list of Đống Đa without joining lines', async () => {
    const { grid } = await readFixture('dong-da-2026-2030.txt');
    const row = grid.rows[27]!;
    expect(row[0]).toBe('6');
    expect(row[2]).toMatch(/^<ul style="list-style-type: none"> - Ít nhất một năm 2 lần/);
    expect(row[6]).toBe('<ul style="list-style-type: none"> - Theo chỉ đạo của UBND Thành phố - 06 tháng/lần');
    expect(grid.rows[28]![0]).toBe('7');
  });

  it('keeps numbers and dates as the text written in the file', async () => {
    const { grid } = await readFixture('dong-da-2026-2030.txt');
    expect(grid.rows[6]).toEqual(['1', expect.stringMatching(/^Hoàn thành việc ban hành/), '%', '100']);
  });
});
