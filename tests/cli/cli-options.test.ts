import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildNode } from '../../scripts/build.mjs';
import { fixturePath } from '../helpers/fixture-plans.js';
import { runCli } from '../helpers/run-cli.js';

const CLI = '.test-build-options/cchc.js';
const scratch = mkdtempSync(join(tmpdir(), 'cchc-options-'));
const cchc = (...args: string[]) => runCli(CLI, ...args);
const PLAN = fixturePath('tran-hung-dao-2026');
const ENGLISH = /Usage|Options|Arguments|Commands|display help|error:|Invalid input|expected|received|NaN|Did you mean/;

beforeAll(() => buildNode('.test-build-options'), 60_000);

/** The command names the program's own help lists, so that a command added later is checked too. */
async function commandNames(): Promise<string[]> {
  const { stdout } = await cchc('--help');
  const list = stdout.split('Lệnh:\n')[1]!;
  return [...list.matchAll(/^ {2}([a-z-]+)/gm)].map((match) => match[1]!).filter((name) => name !== 'help');
}

describe('cchc --version and --help', () => {
  it('prints the package version', async () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
    for (const flag of ['--version', '-V']) expect(await cchc(flag)).toMatchObject({ stdout: `${version}\n`, code: 0 });
  });

  it('speaks Vietnamese in the help of the program and of every command it lists', async () => {
    const names = await commandNames();
    expect(names).toEqual(expect.arrayContaining(['inspect', 'report', 'template', 'demo']));
    for (const args of [['--help'], ['help'], ...names.map((name) => [name, '--help']), ...names.map((name) => ['help', name])]) {
      const { stdout, code } = await cchc(...args);
      expect(code, args.join(' ')).toBe(0);
      expect(stdout, args.join(' ')).toMatch(/^Cách dùng: cchc /);
      expect(stdout, args.join(' ')).toContain('Tùy chọn:');
      expect(stdout, args.join(' ')).not.toMatch(ENGLISH);
      expect(stdout).not.toContain('[options]');
    }
  });

  it('tells the date forms, the period forms and the due-soon bounds in the report help', async () => {
    const { stdout } = await cchc('report', '--help');
    expect(stdout).toContain('dd/mm/yyyy hoặc yyyy-mm-dd');
    expect(stdout).toContain('“Quý 1/2026”');
    expect(stdout).toContain('từ 0 đến');
  });
});

describe('the argument parser’s messages', () => {
  it.each([
    [['inspect', PLAN, '--asof', '2026-03-14'], 'Không có tùy chọn “--asof”. Có phải ý bạn là --as-of?'],
    [['inspect'], 'Thiếu tham số TỆP.'],
    [['inspect', PLAN, PLAN], 'Thừa tham số cho lệnh inspect: cần 1, đã ghi 2.'],
    [['inspec', PLAN], 'Không có lệnh “inspec”. Có phải ý bạn là inspect?'],
    [['report', PLAN, '--period'], 'Tùy chọn --period <KỲ> cần một giá trị.'],
  ])('answers %j in Vietnamese, exit 1', async (args, message) => {
    const { stdout, stderr, code } = await cchc(...args);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('cchc --help');
    expect(stderr).not.toMatch(ENGLISH);
  });
});

describe('dates in every option: dd/mm/yyyy or ISO', () => {
  it('reads --as-of 14/03/2026 as 2026-03-14 in inspect', async () => {
    const iso = await cchc('inspect', PLAN, '--as-of', '2026-03-14', '--json');
    const vi = await cchc('inspect', PLAN, '--as-of', '14/03/2026', '--json');
    const short = await cchc('inspect', PLAN, '--as-of', '14/3/2026', '--json');
    expect(iso.code).toBe(0);
    expect(vi.stdout).toBe(iso.stdout);
    expect(short.stdout).toBe(iso.stdout);
  });

  it('reads --as-of 31/12/2026 in report, as the tool prints dates', async () => {
    const { stdout, code } = await cchc('report', PLAN, '--period', 'Năm 2026', '--as-of', '31/12/2026', '-o', join(scratch, 'nam.xlsx'));
    expect(code).toBe(0);
    expect(stdout).toContain('đánh giá ngày 14/12/2026');
  });

  it.each([
    ['31/02/2026', 'Ngày “31/02/2026” không có trong lịch.'],
    ['2026-02-30', 'Ngày “2026-02-30” không có trong lịch.'],
    ['hôm qua', '“hôm qua” không phải ngày. Ghi dạng dd/mm/yyyy (ví dụ 14/03/2026) hoặc yyyy-mm-dd (2026-03-14).'],
    ['03/14/2026', 'Ngày “03/14/2026” không có trong lịch.'],
  ])('refuses --as-of %s, saying why', async (value, message) => {
    for (const command of ['inspect', 'report']) {
      const { stderr, code } = await cchc(command, PLAN, '--as-of', value);
      expect(code).toBe(1);
      expect(stderr).toBe(`Tùy chọn --as-of: ${message}\n`);
    }
  });

  it('judges on the period’s cut-off when --period is given without --as-of (after that cut-off)', async () => {
    const { stdout, code } = await cchc('report', PLAN, '--period', 'Quý I/2025', '-o', join(scratch, 'q1-2025.xlsx'));
    expect(code).toBe(0);
    expect(stdout).toContain('đánh giá ngày 14/03/2025');
  });
});

describe('numeric options', () => {
  it.each([
    [['report', PLAN, '--due-soon', 'abc'], 'Tùy chọn --due-soon: Số ngày sắp đến hạn phải là số nguyên từ 0 đến 365 (ví dụ 7), không phải “abc”.'],
    [['report', PLAN, '--due-soon', '366'], 'Tùy chọn --due-soon: Số ngày sắp đến hạn phải là số nguyên từ 0 đến 365 (ví dụ 7), không phải “366”.'],
    [['report', PLAN, '--due-soon', '2.5'], 'không phải “2.5”'],
    [['report', PLAN, '--due-soon', '-1'], 'không phải “-1”'],
    [['inspect', PLAN, '--year', 'hai nghìn'], 'Tùy chọn --year: Năm phải là số nguyên từ 2000 đến 2100 (ví dụ 2026), không phải “hai nghìn”.'],
    [['template', '--year', '1800'], 'không phải “1800”'],
  ])('refuses %j in Vietnamese', async (args, message) => {
    const { stderr, code } = await cchc(...args);
    expect(code).toBe(1);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(ENGLISH);
  });

  it('takes --due-soon 0, 90 and 365, as the core and the add-ins do', async () => {
    for (const days of ['0', '90', '365']) {
      expect((await cchc('report', PLAN, '--due-soon', days, '--as-of', '20/03/2026', '-o', join(scratch, `due-${days}.xlsx`))).code).toBe(0);
    }
  });
});

describe('-o must name an .xlsx file (or .xlsm for a report)', () => {
  it.each([
    ['bao-cao.pdf', 'đuôi .pdf'],
    ['bao-cao', 'không có đuôi'],
    ['bao-cao.xls', 'đuôi .xls'],
    ['bao-cao.csv', 'đuôi .csv'],
  ])('refuses -o %s before doing any work, and writes nothing', async (name, kind) => {
    const path = join(scratch, name);
    for (const args of [['report', PLAN], ['template']]) {
      const { stderr, code } = await cchc(...args, '-o', path);
      expect(code).toBe(1);
      expect(stderr).toContain('Tệp ghi ra phải có đuôi .xlsx');
      expect(stderr).toContain(kind);
      expect(existsSync(path)).toBe(false);
    }
  });

  it('takes an upper-case .XLSX', async () => {
    expect((await cchc('template', '-o', join(scratch, 'MAU.XLSX'))).code).toBe(0);
  });

  it('takes .xlsm for a report (a plan without macros is written as .xlsx, and says so), not for the template', async () => {
    const report = await cchc('report', PLAN, '--as-of', '20/03/2026', '-o', join(scratch, 'bao-cao.xlsm'));
    expect(report.code).toBe(0);
    expect(report.stderr).toContain('không có macro');
    expect(existsSync(join(scratch, 'bao-cao.xlsx'))).toBe(true);
    expect(existsSync(join(scratch, 'bao-cao.xlsm'))).toBe(false);
    const template = await cchc('template', '-o', join(scratch, 'mau.xlsm'));
    expect(template.code).toBe(1);
    expect(template.stderr).toContain('đuôi .xlsm');
    expect(existsSync(join(scratch, 'mau.xlsm'))).toBe(false);
  });
});

describe('report periods on the command line', () => {
  it('makes the same Quý I report from "Quý 1/2026", "Quý I/2026" and "quý I năm 2026"', async () => {
    const lines = [];
    for (const [index, period] of ['Quý 1/2026', 'Quý I/2026', 'quý I năm 2026'].entries()) {
      const { stdout, code } = await cchc('report', PLAN, '--period', period, '--as-of', '20/03/2026', '-o', join(scratch, `q1-${index}.xlsx`));
      expect(code).toBe(0);
      lines.push(stdout.split('\n')[0]);
    }
    expect(lines).toEqual(Array(3).fill('Kỳ báo cáo: Quý I/2026 (số liệu từ 15/12/2025 đến 14/03/2026), đánh giá ngày 14/03/2026.'));
  });

  it('makes the calendar quarter from "Q1/2026", a different period', async () => {
    const { stdout } = await cchc('report', PLAN, '--period', 'Q1/2026', '--as-of', '20/03/2026', '-o', join(scratch, 'q1-calendar.xlsx'));
    expect(stdout).toContain('Kỳ báo cáo: Q1/2026 (số liệu từ 01/01/2026 đến 31/03/2026)');
  });

  it('lists the accepted periods for "Quý II/2026", which the Ministry does not have', async () => {
    const { stderr, code } = await cchc('report', PLAN, '--period', 'Quý II/2026');
    expect(code).toBe(1);
    expect(stderr).toContain('Không hiểu kỳ báo cáo “Quý II/2026”');
    for (const example of ['“Quý 1/2026”', '“6 tháng/2026”', '“Quý III/2026”', '“Năm 2026”', '“Q1/2026”']) expect(stderr).toContain(example);
  });
});
