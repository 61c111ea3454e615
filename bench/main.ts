import { readGridFile } from '../io/files/read-grid-file.js';
import { writeReportWorkbook } from '../io/xlsx-report/write-report-workbook.js';
import { assessPlan } from '../src/plan/assess-plan.js';
import { buildSummary } from '../src/summary/build-summary.js';
import { assessForPeriod } from '../src/summary/assess-for-period.js';
import { parseReportPeriod } from '../src/summary/report-periods.js';
import { readPlan } from '../src/plan/read-plan.js';
import { consolidateStages } from './consolidate-stages.js';
import { generateConsolidatedPlan } from './generate-plan.js';
import { measure, type StageResult } from './measure.js';
import { readXlsxStages, runReadXlsxChild } from './read-xlsx-stages.js';
import { standaloneStages } from './standalone-stages.js';
import { CHROMIUM } from './standalone-browser.js';
import { writeXlsx } from './write-xlsx.js';

/**
 * `npm run bench`: a consolidated plan of 3,300 communes × 50 tasks (165,000 tasks), read from an
 * .xlsx and from tab-separated text, recognised and validated, its deadlines and statuses judged,
 * summarised for the 6-month report and written as the report workbook. A tenth of it is run first,
 * so that growth with size shows. Then a 5,000-task .xlsx through the standalone page in headless
 * Chromium, from file drop to report download, and a 165,000-task one. Last, `cchc consolidate` over
 * 330 and 3,300 commune files of 50 tasks. `npm run bench -- --json` prints one JSON object a stage.
 */
if (await runReadXlsxChild(process.argv)) process.exit(0);
const json = process.argv.includes('--json');
const ratios: string[] = [];
// Each stage is printed as soon as it is measured, so that a long run shows its figures as it goes.
const results = {
  push(...items: StageResult[]) {
    for (const item of items) print(item);
  },
};
function print({ stage, rows, ms, peakMB }: StageResult): void {
  if (json) console.log(JSON.stringify({ stage, rows, ms, peakMB }));
  else console.log(`${stage.padEnd(28)} ${String(rows).padStart(9)} ${String(ms).padStart(7)} ${String(peakMB).padStart(17)}`);
}
if (!json) console.log(`${'Giai đoạn'.padEnd(28)} ${'Nhiệm vụ'.padStart(9)} ${'ms'.padStart(7)} ${'Bộ nhớ đỉnh (MB)'.padStart(17)}`);

for (const communes of [330, 3300]) {
  const rows = generateConsolidatedPlan(communes, 50);
  const bytes = new TextEncoder().encode(rows.map((row) => row.join('\t')).join('\n'));
  const tasks = communes * 50;
  const workbook = await writeXlsx(rows);
  results.push(...(await readXlsxStages(workbook, tasks)));
  const read = await measure('read tab-separated text', tasks, () => readGridFile(bytes, 'tong-hop.txt'));
  results.push(read.stats);
  const grid = read.result.grids[0]!;
  const recognised = await measure('recognise + validate', tasks, () => readPlan(grid, { fallbackYear: 2026 }));
  results.push(recognised.stats);
  if (!recognised.result.found) throw new Error(recognised.result.issue.message);
  const plan = recognised.result.plan;
  if (plan.tasks.length !== tasks) throw new Error(`Read ${plan.tasks.length} tasks instead of ${tasks}`);
  const assessed = await measure('deadlines + status', tasks, () => assessPlan(plan, { asOf: '2026-06-14' }));
  results.push(assessed.stats);
  const period = parseReportPeriod('6 tháng/2026')!;
  const summary = await measure('summary', tasks, () => buildSummary(assessForPeriod(plan, period, { asOf: '2026-06-14' }), period));
  results.push(summary.stats);
  const report = await measure('report workbook', tasks, () => writeReportWorkbook({ assessed: assessed.result, summary: summary.result }));
  results.push(report.stats);
  // The same report written into the user's .xlsx (its parts copied, ours added): the target is at
  // most 1.3 times the time without a source.
  const intoSource = await measure('report into source .xlsx', tasks, () => writeReportWorkbook({ source: workbook, assessed: assessed.result, summary: summary.result }));
  results.push(intoSource.stats);
  ratios.push(`${tasks} nhiệm vụ: có tệp nguồn / không có = ${(intoSource.stats.ms / Math.max(report.stats.ms, 1)).toFixed(2)}×`);
  if (!json) console.log(ratios.at(-1));
}

// The page's path for 5,000 and 165,000 tasks (`--page-small` for the first only).
for (const communes of process.argv.includes('--page-small') ? [100] : [100, 3300]) {
  const pageStages = await standaloneStages(await writeXlsx(generateConsolidatedPlan(communes, 50)), communes * 50);
  if (pageStages === null) {
    console.error(`Không có ${CHROMIUM}: bỏ qua các giai đoạn đo trên trang độc lập.`);
    break;
  }
  results.push(...pageStages);
}

// A province's communes' files, one file a commune: `cchc consolidate` as a user runs it.
results.push(...(await consolidateStages()));
