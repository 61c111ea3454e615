import { readGridFile } from '../adapters/files/read-grid-file.js';
import { writeReportWorkbook } from '../adapters/xlsx-report/write-report-workbook.js';
import { assessPlan } from '../src/plan/assess-plan.js';
import { buildSummary } from '../src/summary/build-summary.js';
import { parseReportPeriod } from '../src/summary/report-periods.js';
import { readPlan } from '../src/plan/read-plan.js';
import { consolidateStages } from './consolidate-stages.js';
import { generateConsolidatedPlan } from './generate-plan.js';
import { measure, type StageResult } from './measure.js';
import { standaloneStages } from './standalone-stages.js';
import { CHROMIUM } from './standalone-browser.js';
import { writeXlsx } from './write-xlsx.js';

/**
 * `npm run bench`: a consolidated plan of 3,300 communes × 50 tasks (165,000 tasks), read from an
 * .xlsx and from tab-separated text, recognised and validated, its deadlines and statuses judged,
 * summarised for the 6-month report and written as the report workbook. A tenth of it is run first,
 * so that growth with size shows. Then a 5,000-task .xlsx through the standalone page in headless
 * Chromium, from file drop to report download. Last, `cchc consolidate` over 330 and 3,300 commune
 * files of 50 tasks. `npm run bench -- --json` prints one JSON object a stage.
 */
const json = process.argv.includes('--json');
const results: StageResult[] = [];

for (const communes of [330, 3300]) {
  const rows = generateConsolidatedPlan(communes, 50);
  const bytes = new TextEncoder().encode(rows.map((row) => row.join('\t')).join('\n'));
  const tasks = communes * 50;
  const workbook = await writeXlsx(rows);
  const readXlsx = await measure('read .xlsx', tasks, () => readGridFile(workbook, 'tong-hop.xlsx'));
  results.push(readXlsx.stats);
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
  const summary = await measure('summary', tasks, () => buildSummary(plan, period, { asOf: '2026-06-14' }));
  results.push(summary.stats);
  const report = await measure('report workbook', tasks, () => writeReportWorkbook({ assessed: assessed.result, summary: summary.result }));
  results.push(report.stats);
}

const PAGE_COMMUNES = 100;
const pageStages = await standaloneStages(await writeXlsx(generateConsolidatedPlan(PAGE_COMMUNES, 50)), PAGE_COMMUNES * 50);
if (pageStages === null) console.error(`Không có ${CHROMIUM}: bỏ qua các giai đoạn đo trên trang độc lập.`);
else results.push(...pageStages);

// A province's communes' files, one file a commune: `cchc consolidate` as a user runs it.
results.push(...(await consolidateStages()));

if (json) {
  for (const result of results) console.log(JSON.stringify(result));
} else {
  console.log(`${'Giai đoạn'.padEnd(28)} ${'Nhiệm vụ'.padStart(9)} ${'ms'.padStart(7)} ${'Bộ nhớ đỉnh (MB)'.padStart(17)}`);
  for (const { stage, rows, ms, peakMB } of results) {
    console.log(`${stage.padEnd(28)} ${String(rows).padStart(9)} ${String(ms).padStart(7)} ${String(peakMB).padStart(17)}`);
  }
}
