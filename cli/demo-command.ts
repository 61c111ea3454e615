import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandOutput } from './inspect-command.js';
import { inspectCommand } from './inspect-command.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SAMPLE_PLAN = join(root, 'samples', 'ke-hoach-cchc-mau.txt');
export const DEMO_OUTPUT = join(root, 'out', 'demo');
const AS_OF = '2026-06-14';

/**
 * `npm run demo`: inspects the bundled sample plan as of the 6-month report's cut-off, shows the table
 * and writes it and the JSON to out/demo/, saying where.
 */
export async function demoCommand(): Promise<CommandOutput> {
  const table = await inspectCommand(SAMPLE_PLAN, { asOf: AS_OF });
  const json = await inspectCommand(SAMPLE_PLAN, { asOf: AS_OF, json: true });
  if (table.exitCode !== 0) return table;
  await mkdir(DEMO_OUTPUT, { recursive: true });
  const tablePath = join(DEMO_OUTPUT, 'kiem-tra-ke-hoach.txt');
  const jsonPath = join(DEMO_OUTPUT, 'kiem-tra-ke-hoach.json');
  await writeFile(tablePath, `${table.stdout}\n`);
  await writeFile(jsonPath, `${json.stdout}\n`);
  const where = `\nĐã đọc kế hoạch mẫu ${SAMPLE_PLAN} (đánh giá ngày 14/06/2026).\nKết quả: ${tablePath}\n         ${jsonPath}`;
  return { stdout: table.stdout + '\n' + where, stderr: '', exitCode: 0 };
}
