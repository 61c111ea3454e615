import { writeProvinceWorkbook } from '../../io/xlsx-report/write-province-workbook.js';
import { ProvinceAccumulator } from '../../src/consolidate/consolidate.js';
import { toConsolidationJson } from '../../src/consolidate/consolidation-json.js';
import type { ProvinceConsolidation } from '../../src/consolidate/province.js';
import { formatViDate } from '../../src/dates/calendar-date.js';
import { todayInVietnam } from '../../src/dates/today-in-vietnam.js';
import { PROVINCE_SHEET_NAMES } from '../../src/sheet-model/province-sheet-models.js';
import { ACCEPTED_PERIODS, defaultReportPeriod, parseReportPeriod } from '../../src/summary/report-periods.js';
import type { ConsolidateOptions } from './cli-options.js';
import { collectPlanFiles } from './collect-plan-files.js';
import { judgeFiles } from './consolidate-pool.js';
import { EXIT_UNREADABLE, type CommandOutput } from './inspect-command.js';
import { provinceFileName } from '../../src/consolidate/province-file-name.js';
import { writeOutput } from './write-output.js';
import { message, renderMessage } from '../../src/messages/catalogue.js';

/** A progress line is shown on a terminal for runs of more files than this. */
const PROGRESS_FROM = 20;

/**
 * `cchc consolidate DIR|FILE…`: every commune's plan or report in the folders and files given,
 * judged for the period as `cchc report` judges one, into the province workbook (or, with --json,
 * one JSON object). A file that cannot be read, or has no task table, is listed with its reason and
 * never stops the others; exit 0 when at least one commune was read.
 */
export async function consolidateCommand(paths: readonly string[], options: ConsolidateOptions): Promise<CommandOutput> {
  const asOf = options.asOf ?? todayInVietnam();
  const period = options.period === undefined ? defaultReportPeriod(asOf) : parseReportPeriod(options.period);
  if (period === null) {
    return { stdout: '', stderr: renderMessage(message('CLI_PERIOD_UNREADABLE', { text: options.period ?? '', accepted: ACCEPTED_PERIODS })), exitCode: EXIT_UNREADABLE };
  }
  const output = options.json && options.output === undefined ? undefined : (options.output ?? provinceFileName(period.shortTitle));
  const { files, missing } = await collectPlanFiles(paths, output);
  const province = new ProvinceAccumulator(period, asOf);
  missing.forEach((path, index) => province.add(files.length + index, { kind: 'problem', problem: { file: path, message: renderMessage(message('CLI_PATH_MISSING', { path })) } }));
  if (files.length === 0) {
    return { stdout: '', stderr: renderMessage(message('CLI_NO_PLAN_FILES', { paths })), exitCode: EXIT_UNREADABLE };
  }

  const progress = progressLine(files.length);
  let done = 0;
  await judgeFiles(files, { period, asOf }, (index, outcome) => {
    province.add(index, outcome);
    progress(++done);
  });
  progress(null);
  const result = province.done();

  if (output !== undefined) {
    const input = files.find((file) => file.path === output)?.path;
    const refused = await writeOutput(output, await writeProvinceWorkbook(result), { input, force: options.force });
    if (refused !== null) return { stdout: '', stderr: refused, exitCode: EXIT_UNREADABLE };
  }
  const exitCode = result.communes.length > 0 ? 0 : EXIT_UNREADABLE;
  if (options.json) return { stdout: JSON.stringify(toConsolidationJson(result)), stderr: exitCode === 0 ? '' : renderMessage(message('CLI_NO_COMMUNE_READ', {})), exitCode };
  return { stdout: describe(result, output), stderr: '', exitCode };
}

function describe(province: ProvinceConsolidation, output: string | undefined): string {
  const { period, totals, communes, problems, overdue } = province;
  const lines = [
    renderMessage(message('CLI_PERIOD_LINE', { period: period.label, from: formatViDate(period.dataStart), to: formatViDate(period.cutOff), judgedOn: formatViDate(province.judgedOn) })),
    renderMessage(message('CLI_CONSOLIDATE_TOTALS', { communes: communes.length, total: totals.total, overdue: overdue.length, rate: totals.completionRate })),
  ];
  const behind = province.ranked.flatMap((commune) => (commune.counts.completionRate === null ? [] : [{ name: commune.name, rate: commune.counts.completionRate }])).slice(0, 3);
  if (behind.length > 0) lines.push(renderMessage(message('CLI_SLOWEST_COMMUNES', { communes: behind })));
  if (problems.length > 0) {
    lines.push(renderMessage(message('CLI_PROBLEM_FILES', { count: problems.length, sheet: PROVINCE_SHEET_NAMES.problems })));
    for (const problem of problems) lines.push(`  – ${problem.file}: ${problem.message.replace(/\n/g, ' ')}`);
  }
  if (output !== undefined) lines.push(renderMessage(message('CLI_CONSOLIDATE_WRITTEN', { path: output })));
  return lines.join('\n');
}

/** "Đang đọc 120/3300 tệp…" rewritten in place on a terminal, at most five times a second; null clears it. */
function progressLine(total: number): (done: number | null) => void {
  if (!process.stderr.isTTY || total < PROGRESS_FROM) return () => {};
  let last = 0;
  return (done) => {
    if (done === null) return void process.stderr.write('\r\x1b[K');
    const now = Date.now();
    if (now - last < 200 && done < total) return;
    last = now;
    process.stderr.write(`\r${renderMessage(message('CLI_PROGRESS', { done, total }))}`);
  };
}
