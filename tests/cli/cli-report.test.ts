import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGridFile } from '../../io/files/read-grid-file.js';
import { buildNode } from '../../scripts/build.mjs';
import { fixturePath } from '../helpers/fixture-plans.js';
import { runCli } from '../helpers/run-cli.js';

const CLI = '.test-build-report/cchc.js';
const scratch = mkdtempSync(join(tmpdir(), 'cchc-report-'));

const cchc = (...args: string[]) => runCli(CLI, ...args);

async function sheetsOf(path: string) {
  return (await readGridFile(new Uint8Array(readFileSync(path)), path)).grids.map((grid) => grid.sheet);
}

beforeAll(() => buildNode('.test-build-report'), 60_000);

describe('cchc report', () => {
  const output = join(scratch, 'tran-hung-dao-quy-i.xlsx');

  it('writes the report workbook for the period asked and says what it found', async () => {
    const { stdout, code } = await cchc('report', fixturePath('tran-hung-dao-2026'), '--period', 'Quý I/2026', '--as-of', '2026-03-20', '-o', output);
    expect(code).toBe(0);
    expect(stdout).toContain('Kỳ báo cáo: Quý I/2026 (số liệu từ 15/12/2025 đến 14/03/2026), đánh giá ngày 14/03/2026.');
    expect(stdout).toContain('47 nhiệm vụ · 2 quá hạn');
    expect(stdout).toContain(`Đã ghi báo cáo: ${output}`);
    expect(await sheetsOf(output)).toEqual(['Theo dõi CCHC', 'Tổng hợp Quý I-2026', 'Cài đặt CCHC', '_cchc']);
  });

  it('reads its own report back to the same plan', async () => {
    const fromText = JSON.parse((await cchc('inspect', fixturePath('tran-hung-dao-2026'), '--as-of', '2026-03-20', '--json')).stdout);
    const fromReport = JSON.parse((await cchc('inspect', output, '--as-of', '2026-03-20', '--json')).stdout);
    expect(fromReport.plan.sheet).toBe('Theo dõi CCHC');
    const essentials = (tasks: { stt: string; task: string; lead: string[]; deadline: unknown; status: unknown }[]) =>
      tasks.map(({ stt, task, lead, deadline, status }) => ({ stt, task, lead, deadline, status }));
    expect(essentials(fromReport.tasks)).toEqual(essentials(fromText.tasks));
  });

  it('rebuilds from its own report, replacing only its own sheets', async () => {
    const again = join(scratch, 'lan-hai.xlsx');
    const { code } = await cchc('report', output, '--period', 'Quý I/2026', '--as-of', '2026-03-20', '-o', again);
    expect(code).toBe(0);
    expect(await sheetsOf(again)).toEqual(await sheetsOf(output));
  });

  it('keeps the user’s own sheets of an .xlsx plan, first and unchanged in name', async () => {
    const path = join(scratch, 'mau.xlsx');
    const { code } = await cchc('report', 'samples/ke-hoach-cchc-mau.xlsx', '--period', '6 tháng/2026', '--as-of', '2026-06-14', '-o', path);
    expect(code).toBe(0);
    expect(await sheetsOf(path)).toEqual(['Phụ lục', 'Ghi chú của văn phòng', 'Theo dõi CCHC', 'Tổng hợp 6 tháng-2026', 'Cài đặt CCHC', '_cchc']);
  });

  it('refuses to write over the file it reads, or over an existing file without --force', async () => {
    const self = await cchc('report', output, '-o', output);
    expect(self.code).toBe(1);
    expect(self.stderr).toContain('Không ghi đè lên tệp đang đọc');
    const existing = await cchc('report', fixturePath('an-tuong-2026'), '-o', output);
    expect(existing.code).toBe(1);
    expect(existing.stderr).toContain('--force');
    expect((await cchc('report', fixturePath('an-tuong-2026'), '-o', output, '--force')).code).toBe(0);
  });

  it('says which periods it accepts when it cannot read the one given', async () => {
    const { stderr, code } = await cchc('report', fixturePath('an-tuong-2026'), '--period', 'Quý 5/2026');
    expect(code).toBe(1);
    expect(stderr).toContain('Không hiểu kỳ báo cáo “Quý 5/2026”');
    expect(stderr).toContain('“6 tháng/2026”');
  });

  it('exits 2 for a file without a task table and 1 for a file that is not a spreadsheet, as inspect does', async () => {
    const contacts = join(scratch, 'danh-ba.csv');
    writeFileSync(contacts, 'Họ tên,Điện thoại\nNguyễn Văn A,0912345678\n');
    expect((await cchc('report', contacts)).code).toBe(2);
    expect((await cchc('report', 'tests/files/ke-hoach-libreoffice.ods')).code).toBe(1);
  });
});

describe('cchc template', () => {
  it('writes a blank plan that the reader recognises', async () => {
    const path = join(scratch, 'mau-2027.xlsx');
    const { stdout, code } = await cchc('template', '--year', '2027', '-o', path);
    expect(code).toBe(0);
    expect(stdout).toContain(`Đã tạo bảng kế hoạch mẫu năm 2027: ${path}`);
    const inspected = await cchc('inspect', path, '--json');
    expect(inspected.code).toBe(0);
    const json = JSON.parse(inspected.stdout);
    expect(json.plan.year).toBe(2027);
    expect(json.sections).toHaveLength(7);
  });
});

describe('npm run demo', () => {
  it('writes the sample plan’s report where it says', async () => {
    const { stdout, code } = await cchc('demo');
    expect(code).toBe(0);
    const path = /Đã ghi báo cáo: (.+\.xlsx)/.exec(stdout)![1]!;
    expect(existsSync(path)).toBe(true);
    expect(stdout).toContain('6 tháng/2026');
  });
});
