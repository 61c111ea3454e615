import { writeReport } from '../adapters/xlsx-report/write-report-workbook.js';
import { formatViDate } from '../src/dates/calendar-date.js';
import { assessPlan } from '../src/plan/assess-plan.js';
import { buildSummary } from '../src/summary/build-summary.js';
import { assessForPeriod } from '../src/summary/assess-for-period.js';
import { ACCEPTED_PERIODS, defaultReportPeriod, parseReportPeriod } from '../src/summary/report-periods.js';
import type { PlanSummary } from '../src/summary/summary.js';
import type { ReportOptions } from './cli-options.js';
import { EXIT_NO_TABLE, EXIT_UNREADABLE, type CommandOutput } from './inspect-command.js';
import { loadPlan } from './load-plan.js';
import { defaultReportPath } from './report-file-name.js';
import { todayInVietnam } from '../src/dates/today-in-vietnam.js';
import { writeOutput } from './write-output.js';

/**
 * `cchc report FILE`: the report workbook for a period — the user's sheets kept, the living plan sheet,
 * the summary sheet — and a few lines saying what it found and where the file is.
 */
export async function reportCommand(file: string, options: ReportOptions): Promise<CommandOutput> {
  const asOf = options.asOf ?? todayInVietnam();
  const period = options.period === undefined ? defaultReportPeriod(asOf) : parseReportPeriod(options.period);
  if (period === null) {
    return { stdout: '', stderr: `Không hiểu kỳ báo cáo “${options.period}”. Có thể ghi: ${ACCEPTED_PERIODS}.`, exitCode: EXIT_UNREADABLE };
  }
  const loaded = await loadPlan(file, { sheet: options.sheet, year: options.year, fallbackYear: Number(asOf.slice(0, 4)) });
  if (loaded.kind === 'unreadable') return { stdout: '', stderr: loaded.message, exitCode: EXIT_UNREADABLE };
  if (loaded.kind === 'no-table') return { stdout: '', stderr: loaded.message, exitCode: EXIT_NO_TABLE };

  const settings = { dueSoonDays: options.dueSoon ?? 7 };
  const assessed = assessPlan(loaded.plan, { asOf, ...settings });
  const summary = buildSummary(assessForPeriod(loaded.plan, period, { asOf, ...settings }), period);
  const report = writeReport({ ...(loaded.workbook === undefined ? {} : { source: loaded.workbook }), assessed, summary, ...settings });
  const notices = [...loaded.notices];
  let output = options.output ?? defaultReportPath(file, period.shortTitle);
  if (report.macroEnabled && !/\.xlsm$/i.test(output)) {
    // Excel refuses to open a workbook with macros under .xlsx.
    const renamed = output.replace(/(\.[^./\\]*)?$/, '.xlsm');
    notices.push(`Tệp có macro (VBA) nên báo cáo được ghi là “${renamed}” thay cho “${output}”: Excel không mở tệp có macro mang đuôi .xlsx. Macro vẫn giữ nguyên.`);
    output = renamed;
  } else if (!report.macroEnabled && /\.xlsm$/i.test(output)) {
    // And a workbook without macros under .xlsm: Excel refuses its content type under that name.
    const renamed = output.replace(/\.xlsm$/i, '.xlsx');
    notices.push(`Kế hoạch không có macro nên báo cáo được ghi là “${renamed}” thay cho “${output}”: Excel chỉ mở tệp .xlsm khi tệp có macro.`);
    output = renamed;
  }
  if (report.cutCells > 0) {
    notices.push(`Có ${report.cutCells} ô dài quá 32.767 ký tự (giới hạn của Excel) đã được cắt bớt trong báo cáo; cuối mỗi ô đó có ghi “[đã cắt bớt…]”. Nội dung đầy đủ vẫn ở tệp gốc.`);
  }
  const refused = await writeOutput(output, report.bytes, { input: file, force: options.force });
  if (refused !== null) return { stdout: '', stderr: refused, exitCode: EXIT_UNREADABLE };
  return { stdout: describeReport(summary, output, assessed.issues.length), stderr: notices.join('\n'), exitCode: 0 };
}

function describeReport(summary: PlanSummary, output: string, findings: number): string {
  const { period, totals } = summary;
  const rate = totals.completionRate === null ? 'chưa có nhiệm vụ đến hạn' : `${String(totals.completionRate).replace('.', ',')}%`;
  return [
    `Kỳ báo cáo: ${period.label} (số liệu từ ${formatViDate(period.dataStart)} đến ${formatViDate(period.cutOff)}), đánh giá ngày ${formatViDate(summary.judgedOn)}.`,
    `${totals.total} nhiệm vụ · ${totals.byStatus.OVERDUE} quá hạn · ${totals.byStatus.DUE_SOON} sắp đến hạn · tỷ lệ hoàn thành nhiệm vụ đến hạn: ${rate}.`,
    findings > 0 ? `Có ${findings} điều cần xem lại trong dữ liệu (xem bằng: cchc inspect).` : 'Dữ liệu không có lỗi.',
    `Đã ghi báo cáo: ${output}`,
  ].join('\n');
}
