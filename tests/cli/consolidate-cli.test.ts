import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildNode } from '../../scripts/build.mjs';
import { STATUS_CODES } from '../../src/status/status-codes.js';
import { AS_OF, communeFolder, JUDGED_ON, PERIOD, type CommuneFolder } from '../helpers/consolidate-inputs.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * `cchc consolidate` on a folder of commune plans with different progress (built bundle, so the
 * files are read by its worker threads): each commune's counts are what `cchc inspect` gives for
 * its file alone at the judging day, the totals their sums, the damaged file and the letter without
 * a task table listed with inspect's own reasons while the rest is consolidated.
 */
const CLI = '.test-build-consolidate/cchc.js';
const cchc = (...args: string[]) => runCli(CLI, ...args);
const scratch = mkdtempSync(join(tmpdir(), 'cchc-consolidate-'));

let folder: CommuneFolder;
beforeAll(async () => {
  await buildNode('.test-build-consolidate');
  folder = await communeFolder();
}, 120_000);

interface ConsolidationJson {
  period: { label: string; from: string; cutOff: string };
  asOf: string;
  judgedOn: string;
  communes: { name: string; file: string; tasks: number; byStatus: Record<string, number>; dueByCutOff: number; done: number; completionRate: number | null }[];
  totals: { communes: number; tasks: number; byStatus: Record<string, number>; dueByCutOff: number; done: number; completionRate: number | null };
  problems: { file: string; message: string }[];
}

async function consolidateJson(...args: string[]): Promise<ConsolidationJson> {
  const { stdout, stderr, code } = await cchc('consolidate', ...args, '--json');
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as ConsolidationJson;
}

/** What `cchc inspect --json --as-of DAY` says of one file: its statuses counted. */
async function inspectCounts(path: string, day: string) {
  const { stdout, code } = await cchc('inspect', path, '--as-of', day, '--json');
  expect(code).toBe(0);
  const tasks = (JSON.parse(stdout) as { tasks: { status: { code: string } }[] }).tasks;
  return { tasks: tasks.length, byStatus: Object.fromEntries(STATUS_CODES.map((code) => [code, tasks.filter((task) => task.status.code === code).length])) };
}

describe('cchc consolidate', () => {
  it('gives each commune the counts cchc inspect gives its file at the judging day, named from its title', async () => {
    const result = await consolidateJson(folder.dir, '--period', PERIOD, '--as-of', AS_OF);
    expect(result.period).toEqual({ label: 'Quý I/2026', from: '2025-12-15', cutOff: '2026-03-14' });
    expect(result.asOf).toBe(AS_OF);
    expect(result.judgedOn).toBe(JUDGED_ON);
    expect(result.communes.map(({ name, file }) => ({ name, file }))).toEqual(folder.communes);
    for (const commune of result.communes) {
      expect({ tasks: commune.tasks, byStatus: commune.byStatus }).toEqual(await inspectCounts(join(folder.dir, commune.file), JUDGED_ON));
    }
    // The progress written into the copies shows: communes differ.
    expect(new Set(result.communes.map((commune) => commune.completionRate)).size).toBeGreaterThan(2);
    expect(result.communes.find((commune) => commune.name === 'Phường An Tường')!.done).toBeGreaterThan(0);
  }, 120_000);

  // Completion dates in the copies are all on or before this day: work completed after the judging
  // day counts as not yet done in a report (and so here), while inspect takes the mark as it is.
  it('counts each commune at the as-of day when it comes before the cut-off, as inspect --as-of that day', async () => {
    const early = '2026-03-10';
    const result = await consolidateJson(folder.dir, '--period', PERIOD, '--as-of', early);
    expect(result.judgedOn).toBe(early);
    for (const commune of result.communes) {
      expect({ tasks: commune.tasks, byStatus: commune.byStatus }).toEqual(await inspectCounts(join(folder.dir, commune.file), early));
    }
  }, 120_000);

  it('totals the communes: every count is the sum, the rate that of the sums', async () => {
    const { communes, totals } = await consolidateJson(folder.dir, '--period', PERIOD, '--as-of', AS_OF);
    const sum = (of: (commune: (typeof communes)[number]) => number) => communes.reduce((total, commune) => total + of(commune), 0);
    expect(totals.communes).toBe(4);
    expect(totals.tasks).toBe(sum((commune) => commune.tasks));
    for (const code of STATUS_CODES) expect(totals.byStatus[code]).toBe(sum((commune) => commune.byStatus[code]!));
    expect(totals.dueByCutOff).toBe(sum((commune) => commune.dueByCutOff));
    expect(totals.done).toBe(sum((commune) => commune.done));
    expect(totals.completionRate).toBe(Math.round((totals.done * 1000) / totals.dueByCutOff) / 10);
  }, 120_000);

  it('lists the damaged file and the file without a task table with the reasons inspect gives, and reads the rest', async () => {
    const { problems, communes } = await consolidateJson(folder.dir, '--period', PERIOD, '--as-of', AS_OF);
    expect(communes).toHaveLength(4);
    expect(problems.map((problem) => problem.file)).toEqual(folder.problems.map((problem) => problem.file));
    for (const [index, problem] of problems.entries()) {
      expect(problem.message).toContain(folder.problems[index]!.says);
      const inspected = await cchc('inspect', join(folder.dir, problem.file));
      expect(inspected.code).not.toBe(0);
      // inspect then adds, for a commune's clerk, the hint to start from `cchc template`.
      expect(inspected.stderr.trim().startsWith(problem.message)).toBe(true);
    }
  }, 120_000);

  it('takes files one by one as well as folders, and says in Vietnamese what it wrote', async () => {
    const output = join(scratch, 'tinh.xlsx');
    const { stdout, code } = await cchc(
      'consolidate',
      join(folder.dir, 'xa-hoa-binh.csv'),
      join(folder.dir, 'hong.xlsx'),
      join(folder.dir, 'khong-co.csv'),
      '--period',
      PERIOD,
      '--as-of',
      AS_OF,
      '-o',
      output,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Kỳ báo cáo: Quý I/2026 (số liệu từ 15/12/2025 đến 14/03/2026), đánh giá ngày 14/03/2026.');
    expect(stdout).toContain('Đã tổng hợp 1 xã, phường');
    expect(stdout).toContain('2 tệp không đọc được hoặc không có bảng nhiệm vụ');
    expect(stdout).toContain('khong-co.csv” không tồn tại');
    expect(stdout).toContain(`Đã ghi bảng tổng hợp: ${output}`);
    expect(readFileSync(output).subarray(0, 2).toString()).toBe('PK');
    const again = await cchc('consolidate', folder.dir, '-o', output);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('đã có');
    expect((await cchc('consolidate', folder.dir, '-o', output, '--force')).code).toBe(0);
  }, 120_000);

  it('exits 1 when no commune could be read, with the reasons', async () => {
    const alone = mkdtempSync(join(tmpdir(), 'cchc-tinh-hong-'));
    writeFileSync(join(alone, 'hong.xlsx'), readFileSync(join(folder.dir, 'hong.xlsx')));
    const { stdout, code } = await cchc('consolidate', alone, '--as-of', AS_OF, '-o', join(scratch, 'rong.xlsx'));
    expect(code).toBe(1);
    expect(stdout).toContain('hong.xlsx');
    const empty = await cchc('consolidate', mkdtempSync(join(tmpdir(), 'cchc-tinh-rong-')));
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('Không tìm thấy tệp kế hoạch nào');
    const badPeriod = await cchc('consolidate', folder.dir, '--period', 'Quý 5/2026');
    expect(badPeriod.code).toBe(1);
    expect(badPeriod.stderr).toContain('Không hiểu kỳ báo cáo');
  }, 120_000);
});
