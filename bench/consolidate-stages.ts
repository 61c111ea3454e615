import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateConsolidatedPlan } from './generate-plan.js';
import type { StageResult } from './measure.js';
import { writeXlsx } from './write-xlsx.js';

/** Tasks in each generated commune's plan. */
const TASKS_PER_COMMUNE = 50;
/** Distinct .xlsx workbooks generated (exceljs takes a while each); the others are copies under other names. */
const DISTINCT_WORKBOOKS = 40;
const PROGRESS = ['Hoàn thành', 'Đang thực hiện', '', 'Hoàn thành', ''];

/**
 * One commune's plan of 50 tasks as a commune sends it: its title naming the commune, the generator's
 * sections and deadline phrases, progress columns filled in differently from commune to commune.
 */
function communeRows(commune: number): string[][] {
  const rows = generateConsolidatedPlan(1, TASKS_PER_COMMUNE).map((row) => [...row]);
  rows[0] = [`KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA UBND PHƯỜNG ${commune}`];
  let task = 0;
  for (const row of rows) {
    if (row[0] === 'STT') row.push('Tình trạng', 'Ngày hoàn thành');
    else if (/^\d+$/.test(row[0] ?? '')) {
      const progress = PROGRESS[(commune + task++) % PROGRESS.length]!;
      row.push(progress, progress === 'Hoàn thành' ? '10/01/2026' : '');
    }
  }
  return rows;
}

/**
 * A province's folder of `communes` files in sub-folders of 100: a third .xlsx (as exceljs writes
 * them, like Excel), a third .csv, a third tab-separated .txt (a table copied out of Word).
 */
async function communeFolder(communes: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), `cchc-bench-tinh-${communes}-`));
  const workbooks: Uint8Array[] = [];
  for (let index = 0; index < Math.min(DISTINCT_WORKBOOKS, communes); index++) workbooks.push(await writeXlsx(communeRows(index * 3 + 1)));
  for (let commune = 1; commune <= communes; commune++) {
    const folder = join(dir, `cum-${String(Math.ceil(commune / 100)).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    const name = join(folder, `phuong-${commune}`);
    switch (commune % 3) {
      case 1:
        writeFileSync(`${name}.xlsx`, workbooks[Math.floor(commune / 3) % workbooks.length]!);
        break;
      case 2:
        writeFileSync(
          `${name}.csv`,
          communeRows(commune)
            .map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(','))
            .join('\r\n'),
        );
        break;
      default:
        writeFileSync(
          `${name}.txt`,
          communeRows(commune)
            .map((row) => row.join('\t'))
            .join('\n'),
        );
    }
  }
  return dir;
}

/** Runs the built command line as a user does, and reads its wall time and peak memory (GNU time's maximum resident set). */
function runConsolidate(dir: string, output: string): Promise<{ ms: number; peakMB: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'maxrss=%M', 'node', 'dist/cchc.js', 'consolidate', dir, '--period', '6 tháng/2026', '--as-of', '2026-06-14', '--json', '-o', output, '--force']);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Math.round(performance.now() - start);
      const rss = /maxrss=(\d+)/.exec(stderr);
      if (code !== 0 || rss === null) reject(new Error(`cchc consolidate: ${code} ${stderr}`));
      else resolve({ ms, peakMB: Math.round(Number(rss[1]) / 1024), stdout });
    });
  });
}

/**
 * `cchc consolidate` over 330 and 3,300 communes' files of 50 tasks each (a province, and the whole
 * country): wall time of the whole command (start, reading and judging on every core, the province
 * workbook) and its peak memory, worker threads included.
 */
export async function consolidateStages(sizes: readonly number[] = [330, 3300]): Promise<StageResult[]> {
  const results: StageResult[] = [];
  for (const communes of sizes) {
    const dir = await communeFolder(communes);
    try {
      const { ms, peakMB, stdout } = await runConsolidate(dir, join(dir, 'tong-hop.xlsx'));
      const read = (JSON.parse(stdout) as { communes: unknown[]; problems: unknown[] }).communes.length;
      if (read !== communes) throw new Error(`consolidated ${read} communes of ${communes}`);
      results.push({ stage: `consolidate ${communes} files`, rows: communes * TASKS_PER_COMMUNE, ms, peakMB });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}

// `npx tsx bench/consolidate-stages.ts` (after `node scripts/build.mjs`): these stages alone.
if (process.argv[1]?.endsWith('consolidate-stages.ts')) {
  for (const result of await consolidateStages()) console.log(JSON.stringify(result));
}
