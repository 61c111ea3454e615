import { writeReportWorkbook } from '../adapters/xlsx-report/write-report-workbook.js';
import { formatViDate } from '../src/dates/calendar-date.js';
import { assessPlan } from '../src/plan/assess-plan.js';
import { buildSummary } from '../src/summary/build-summary.js';
import { defaultReportPeriod, parseReportPeriod } from '../src/summary/report-periods.js';
import type { PlanSummary } from '../src/summary/summary.js';
import type { ReportOptions } from './cli-options.js';
import { EXIT_NO_TABLE, EXIT_UNREADABLE, type CommandOutput } from './inspect-command.js';
import { loadPlan } from './load-plan.js';
import { defaultReportPath } from './report-file-name.js';
import { todayInVietnam } from '../src/dates/today-in-vietnam.js';
import { writeOutput } from './write-output.js';

export const PERIODS_ACCEPTED = '“Quý I/2026”, “6 tháng/2026”, “Quý III/2026”, “Năm 2026” (kỳ báo cáo của Bộ Nội vụ) hoặc “Q1/2026” … “Q4/2026” (quý dương lịch)';

/**
 * `cchc report FILE`: the report workbook for a period — the user's sheets kept, the living plan sheet,
 * the summary sheet — and a few lines saying what it found and where the file is.
 */
export async function reportCommand(file: string, options: ReportOptions): Promise<CommandOutput> {
  const asOf = options.asOf ?? todayInVietnam();
  const period = options.period === undefined ? defaultReportPeriod(asOf) : parseReportPeriod(options.period);
  if (period === null) {
    return { stdout: '', stderr: `Không hiểu kỳ báo cáo “${options.period}”. Có thể ghi: ${PERIODS_ACCEPTED}.`, exitCode: EXIT_UNREADABLE };
  }
  const loaded = await loadPlan(file, { sheet: options.sheet, year: options.year, fallbackYear: Number(asOf.slice(0, 4)) });
  if (loaded.kind === 'unreadable') return { stdout: '', stderr: loaded.message, exitCode: EXIT_UNREADABLE };
  if (loaded.kind === 'no-table') return { stdout: '', stderr: loaded.message, exitCode: EXIT_NO_TABLE };

  const settings = { dueSoonDays: options.dueSoon ?? 7 };
  const assessed = assessPlan(loaded.plan, { asOf, ...settings });
  const summary = buildSummary(loaded.plan, period, { asOf, ...settings });
  const bytes = await writeReportWorkbook({ source: loaded.workbook, assessed, summary, ...settings });
  const output = options.output ?? defaultReportPath(file, period.shortTitle);
  const refused = await writeOutput(output, bytes, { input: file, force: options.force });
  if (refused !== null) return { stdout: '', stderr: refused, exitCode: EXIT_UNREADABLE };
  return { stdout: describeReport(summary, output, assessed.issues.length), stderr: loaded.notices.join('\n'), exitCode: 0 };
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
