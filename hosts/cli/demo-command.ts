import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandOutput } from './inspect-command.js';
import { reportCommand } from './report-command.js';
import { message, renderMessage } from '../../src/messages/catalogue.js';
import { PLAN_SHEET_NAME, summarySheetName } from '../../src/sheet-model/own-sheet-names.js';

/** The package's folder, the nearest above this module with a package.json: the module runs from its source and from the dist/ bundle, at different depths. */
function packageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

const root = packageRoot();
export const SAMPLE_PLAN = join(root, 'samples', 'ke-hoach-cchc-mau.xlsx');
export const DEMO_REPORT = join(root, 'out', 'demo', 'bao-cao-6-thang-2026.xlsx');

/**
 * `npm run demo`: the 6-month report of the bundled sample plan (Trần Hưng Đạo's appendix with
 * progress filled in), judged at that report's cut-off, written to out/demo/.
 */
export async function demoCommand(): Promise<CommandOutput> {
  const result = await reportCommand(SAMPLE_PLAN, { period: '6 tháng/2026', asOf: '2026-06-14', output: DEMO_REPORT, force: true });
  if (result.exitCode !== 0) return result;
  const intro = `${renderMessage(message('CLI_DEMO_SAMPLE', { path: SAMPLE_PLAN }))}\n`;
  const open = `\n${renderMessage(message('CLI_DEMO_OPEN', { planSheet: PLAN_SHEET_NAME, summarySheet: summarySheetName('6 tháng-2026') }))}`;
  return { ...result, stdout: intro + result.stdout + open };
}
