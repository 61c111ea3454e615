import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildNode } from '../../scripts/build.mjs';
import { fixturePath } from '../helpers/fixture-plans.js';
import { runCli } from '../helpers/run-cli.js';
import { windows1258 } from '../helpers/windows-1258.js';

const CLI = '.test-build/cchc.js';

const cchc = (...args: string[]) => runCli(CLI, ...args);

const scratch = mkdtempSync(join(tmpdir(), 'cchc-cli-'));
function scratchFile(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => buildNode('.test-build'), 60_000);

describe('cchc inspect --json', () => {
  it('prints exactly one JSON object in the public shape and exits 0', async () => {
    const { stdout, code } = await cchc('inspect', fixturePath('tran-hung-dao-2026'), '--as-of', '2026-06-14', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['plan', 'sections', 'tasks', 'units', 'issues', 'parts']);
    expect(json.plan).toEqual({ year: 2026, sheet: 'tran-hung-dao-2026', title: expect.stringContaining('NĂM 2026'), asOf: '2026-06-14' });
    expect(json.sections).toHaveLength(7);
    expect(json.tasks).toHaveLength(47);
    expect(Object.keys(json.tasks[0])).toEqual(['row', 'stt', 'section', 'task', 'deliverable', 'lead', 'coUnits', 'deadlineText', 'deadline', 'status', 'subsection', 'subsections']);
    expect(json.tasks[0]).toMatchObject({
      row: 9,
      stt: '1',
      section: 'I',
      lead: ['Phòng Văn hóa - xã hội'],
      deadlineText: 'Trước ngày 15/01/2026',
      deadline: { kind: 'date', due: '2026-01-14' },
      status: { code: 'OVERDUE', label: 'Quá hạn', due: '2026-01-14' },
    });
    expect(json.issues).toEqual([]);
  });

  it('takes --year over the title', async () => {
    const { stdout } = await cchc('inspect', fixturePath('an-tuong-2026'), '--year', '2027', '--as-of', '2027-01-10', '--json');
    expect(JSON.parse(stdout).plan.year).toBe(2027);
  });
});

describe('cchc inspect as a table', () => {
  it('prints a Vietnamese table with sections, statuses and units', async () => {
    const { stdout, code } = await cchc('inspect', fixturePath('dong-da-2026-2030'), '--as-of', '2026-06-14');
    expect(code).toBe(0);
    expect(stdout).toContain('28 nhiệm vụ trong 7 mục · 0 lỗi · 0 cảnh báo');
    expect(stdout).toContain('Ngày đánh giá: 14/06/2026');
    expect(stdout).toContain('II. CẢI CÁCH THỂ CHẾ');
    expect(stdout).toContain('Số nhiệm vụ theo trạng thái:');
    expect(stdout).toContain('Phòng Kinh tế, Hạ tầng và Đô thị');
  });
});

describe('cchc inspect on files that are not plans', () => {
  it('exits 2 and names the headers it looked for when there is no task table', async () => {
    const path = scratchFile('danh-ba.csv', 'Họ tên,Ngày sinh\nNguyễn Văn A,01/01/1990\n');
    const { stderr, code } = await cchc('inspect', path);
    expect(code).toBe(2);
    expect(stderr).toContain('Không tìm thấy bảng nhiệm vụ');
    expect(stderr).toContain('STT, Nhiệm vụ (Nội dung), Cơ quan chủ trì, Thời gian hoàn thành');
  });

  it.each([
    ['an empty file', 'rong.csv', ''],
    ['a picture renamed .xlsx', 'anh.xlsx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])],
    ['a corrupt .xlsx', 'hong.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9])],
  ])('exits 1 with a clear Vietnamese message for %s', async (_what, name, content) => {
    const { stderr, stdout, code } = await cchc('inspect', scratchFile(name, content), '--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(name);
    expect(stderr).toMatch(/[àáảãạăâđêôơư]/);
  });

  it('exits 1 when the file does not exist', async () => {
    const { stderr, code } = await cchc('inspect', join(scratch, 'khong-co.xlsx'));
    expect(code).toBe(1);
    expect(stderr).toContain('không tồn tại');
  });

  it('exits 1 on a bad option value, saying what is wrong', async () => {
    const { stderr, code } = await cchc('inspect', fixturePath('an-tuong-2026'), '--as-of', '14/6/26');
    expect(code).toBe(1);
    expect(stderr).toContain('dd/mm/yyyy');
  });

  it('exits 1 and lists the sheets when --sheet names none of them', async () => {
    const { stderr, code } = await cchc('inspect', fixturePath('an-tuong-2026'), '--sheet', 'Phụ lục 9');
    expect(code).toBe(1);
    expect(stderr).toContain('“an-tuong-2026”');
  });
});

describe('cchc inspect on files saved by other programs', () => {
  it('exits 1 and says the workbook has a password', async () => {
    const { stderr, code } = await cchc('inspect', 'tests/files/ke-hoach-mat-khau.xlsx');
    expect(code).toBe(1);
    expect(stderr).toContain('ke-hoach-mat-khau.xlsx');
    expect(stderr).toContain('mật khẩu');
  });

  it('reads a plan saved as UTF-16 "Unicode Text" like the UTF-8 original', async () => {
    const original = readFileSync(fixturePath('tran-hung-dao-2026'), 'utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original, 'utf16le')]);
    const { stdout, code } = await cchc('inspect', scratchFile('tran-hung-dao-unicode.txt', utf16), '--as-of', '2026-06-14', '--json');
    expect(code).toBe(0);
    const expected = await cchc('inspect', fixturePath('tran-hung-dao-2026'), '--as-of', '2026-06-14', '--json');
    expect(JSON.parse(stdout).tasks).toEqual(JSON.parse(expected.stdout).tasks);
  });

  it('reads a CSV saved in Windows-1258 by an old Excel and says so', async () => {
    const csv = 'STT,Nhiệm vụ,Cơ quan chủ trì,Thời gian\n1,Ban hành kế hoạch,Phòng Văn hóa - Xã hội,Quý I/2026\n';
    const { stdout, stderr, code } = await cchc('inspect', scratchFile('ke-hoach-1258.csv', windows1258(csv)), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).tasks[0]).toMatchObject({ task: 'Ban hành kế hoạch', lead: ['Phòng Văn hóa - Xã hội'] });
    expect(stderr).toContain('Windows-1258');
  });
});
