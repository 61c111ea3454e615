import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readGridFile } from '../io/files/read-grid-file.js';
import type { Grid } from '../src/grid/grid.js';
import { measure, type StageResult } from './measure.js';
import { readXlsxWithExceljs } from './read-xlsx-exceljs.js';

const CHILD_FLAG = '--read-xlsx-child';
const READERS = {
  package: { stage: 'read .xlsx (package)', read: async (bytes: Uint8Array) => (await readGridFile(bytes, 'tong-hop.xlsx')).grids },
  exceljs: { stage: 'read .xlsx (exceljs, before)', read: readXlsxWithExceljs },
} as const;
type ReaderName = keyof typeof READERS;

/**
 * Reading the same .xlsx with the package reader and with exceljs, each in a process of its own, so
 * that each peak memory is its own (a process's peak only grows). Both must give the same grids.
 */
export async function readXlsxStages(workbook: Uint8Array, tasks: number): Promise<StageResult[]> {
  const folder = mkdtempSync(join(tmpdir(), 'cchc-bench-read-'));
  const path = join(folder, 'tong-hop.xlsx');
  writeFileSync(path, workbook);
  try {
    const results: (StageResult & { digest: string })[] = [];
    for (const reader of Object.keys(READERS) as ReaderName[]) {
      const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', process.argv[1]!, CHILD_FLAG, reader, path, String(tasks)], { maxBuffer: 1 << 20 });
      results.push(JSON.parse(stdout.trim().split('\n').pop()!));
    }
    if (new Set(results.map((result) => result.digest)).size !== 1) throw new Error('The package reader and exceljs read different grids');
    return results.map(({ digest: _, ...stats }) => stats);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** In a child started by `readXlsxStages`: reads the file, prints its stage and a digest of the grids. True when it ran. */
export async function runReadXlsxChild(argv: readonly string[]): Promise<boolean> {
  const at = argv.indexOf(CHILD_FLAG);
  if (at < 0) return false;
  const [name, path, tasks] = argv.slice(at + 1) as [ReaderName, string, string];
  const bytes = new Uint8Array(readFileSync(path));
  const reader = READERS[name];
  const { result, stats } = await measure(reader.stage, Number(tasks), () => reader.read(bytes));
  console.log(JSON.stringify({ ...stats, digest: digest(result) }));
  return true;
}

function digest(grids: readonly Grid[]): string {
  const hash = createHash('sha256');
  for (const grid of grids) {
    hash.update(`${grid.sheet}\n${JSON.stringify(grid.merges ?? [])}\n`);
    for (const row of grid.rows) hash.update(`${JSON.stringify(row)}\n`);
  }
  return hash.digest('hex');
}
