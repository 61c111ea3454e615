import { writeProvinceWorkbook } from '../adapters/xlsx-report/write-province-workbook.js';
import { ProvinceAccumulator } from '../src/consolidate/consolidate.js';
import { toConsolidationJson } from '../src/consolidate/consolidation-json.js';
import type { ProvinceConsolidation } from '../src/consolidate/province.js';
import { formatViDate } from '../src/dates/calendar-date.js';
import { todayInVietnam } from '../src/dates/today-in-vietnam.js';
import { PROVINCE_SHEET_NAMES } from '../src/sheet-model/province-sheet-models.js';
import { ACCEPTED_PERIODS, defaultReportPeriod, parseReportPeriod } from '../src/summary/report-periods.js';
import type { ConsolidateOptions } from './cli-options.js';
import { collectPlanFiles } from './collect-plan-files.js';
import { judgeFiles } from './consolidate-pool.js';
import { EXIT_UNREADABLE, type CommandOutput } from './inspect-command.js';
import { provinceFileName } from '../src/consolidate/province-file-name.js';
import { writeOutput } from './write-output.js';

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
    return { stdout: '', stderr: `Không hiểu kỳ báo cáo “${options.period}”. Có thể ghi: ${ACCEPTED_PERIODS}.`, exitCode: EXIT_UNREADABLE };
  }
  const output = options.json && options.output === undefined ? undefined : (options.output ?? provinceFileName(period.shortTitle));
  const { files, missing } = await collectPlanFiles(paths, output);
  const province = new ProvinceAccumulator(period, asOf);
  missing.forEach((path, index) => province.add(files.length + index, { kind: 'problem', problem: { file: path, message: `Tệp hoặc thư mục “${path}” không tồn tại.` } }));
  if (files.length === 0) {
    const where = paths.map((path) => `“${path}”`).join(', ');
    return { stdout: '', stderr: `Không tìm thấy tệp kế hoạch nào (.xlsx, .docx, .csv, .txt) trong ${where}.`, exitCode: EXIT_UNREADABLE };
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
  if (options.json) return { stdout: JSON.stringify(toConsolidationJson(result)), stderr: exitCode === 0 ? '' : 'Không đọc được kế hoạch của xã, phường nào.', exitCode };
  return { stdout: describe(result, output), stderr: '', exitCode };
}

function describe(province: ProvinceConsolidation, output: string | undefined): string {
  const { period, totals, communes, problems, overdue } = province;
  const rate = totals.completionRate === null ? 'chưa có nhiệm vụ đến hạn' : `${String(totals.completionRate).replace('.', ',')}%`;
  const lines = [
    `Kỳ báo cáo: ${period.label} (số liệu từ ${formatViDate(period.dataStart)} đến ${formatViDate(period.cutOff)}), đánh giá ngày ${formatViDate(province.judgedOn)}.`,
    `Đã tổng hợp ${communes.length} xã, phường · ${totals.total} nhiệm vụ · ${overdue.length} quá hạn · tỷ lệ hoàn thành nhiệm vụ đến hạn: ${rate}.`,
  ];
  const behind = province.ranked.filter((commune) => commune.counts.completionRate !== null).slice(0, 3);
  if (behind.length > 0) lines.push(`Chậm nhất: ${behind.map((commune) => `${commune.name} (${String(commune.counts.completionRate).replace('.', ',')}%)`).join(', ')}.`);
  if (problems.length > 0) {
    lines.push(`${problems.length} tệp không đọc được hoặc không có bảng nhiệm vụ (trang «${PROVINCE_SHEET_NAMES.problems}»):`);
    for (const problem of problems) lines.push(`  – ${problem.file}: ${problem.message.replace(/\n/g, ' ')}`);
  }
  if (output !== undefined) lines.push(`Đã ghi bảng tổng hợp: ${output}`);
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
    process.stderr.write(`\rĐang đọc ${done}/${total} tệp…`);
  };
}
