import { writeReport } from '../../io/xlsx-report/write-report-workbook.js';
import { formatViDate } from '../../src/dates/calendar-date.js';
import { ACCEPTED_PERIODS, defaultReportPeriod, parseReportPeriod } from '../../src/summary/report-periods.js';
import type { PlanSummary } from '../../src/summary/summary.js';
import type { ReportOptions } from './cli-options.js';
import { EXIT_NO_TABLE, EXIT_UNREADABLE, type CommandOutput } from './inspect-command.js';
import { loadPlan } from './load-plan.js';
import { defaultReportPath } from './report-file-name.js';
import { todayInVietnam } from '../../src/dates/today-in-vietnam.js';
import { writeOutput } from './write-output.js';
import { message, renderMessage, renderMessages, type Message } from '../../src/messages/catalogue.js';
import { periodReport } from '../../src/use-cases/period-report.js';

/**
 * `cchc report FILE`: the report workbook for a period — the user's sheets kept, the living plan sheet,
 * the summary sheet — and a few lines saying what it found and where the file is.
 */
export async function reportCommand(file: string, options: ReportOptions): Promise<CommandOutput> {
  const asOf = options.asOf ?? todayInVietnam();
  const period = options.period === undefined ? defaultReportPeriod(asOf) : parseReportPeriod(options.period);
  if (period === null) {
    return { stdout: '', stderr: renderMessage(message('CLI_PERIOD_UNREADABLE', { text: options.period ?? '', accepted: ACCEPTED_PERIODS })), exitCode: EXIT_UNREADABLE };
  }
  const loaded = await loadPlan(file, { sheet: options.sheet, year: options.year, today: asOf, ...(options.dueSoon === undefined ? {} : { dueSoonDays: options.dueSoon }) });
  if (loaded.kind === 'unreadable') return { stdout: '', stderr: renderMessages(loaded.messages), exitCode: EXIT_UNREADABLE };
  if (loaded.kind === 'no-table') return { stdout: '', stderr: renderMessages(loaded.messages), exitCode: EXIT_NO_TABLE };

  // The plan was found by the same rule: the period's report cannot miss it.
  const judged = periodReport(loaded.snapshot, period);
  if (!judged.ok) return { stdout: '', stderr: renderMessage(judged.message), exitCode: EXIT_NO_TABLE };
  const { summary } = judged;
  const assessed = judged.assess();
  const { dueSoonDays } = loaded.snapshot.settings;
  const report = writeReport({ ...(loaded.workbook === undefined ? {} : { source: loaded.workbook }), assessed, summary, dueSoonDays });
  const notices: Message[] = [...loaded.notices];
  let output = options.output ?? defaultReportPath(file, period.shortTitle);
  if (report.macroEnabled && !/\.xlsm$/i.test(output)) {
    // Excel refuses to open a workbook with macros under .xlsx.
    const renamed = output.replace(/(\.[^./\\]*)?$/, '.xlsm');
    notices.push(message('CLI_RENAMED_TO_XLSM', { renamed, asked: output }));
    output = renamed;
  } else if (!report.macroEnabled && /\.xlsm$/i.test(output)) {
    // And a workbook without macros under .xlsm: Excel refuses its content type under that name.
    const renamed = output.replace(/\.xlsm$/i, '.xlsx');
    notices.push(message('CLI_RENAMED_TO_XLSX', { renamed, asked: output }));
    output = renamed;
  }
  if (report.cutCells > 0) {
    notices.push(message('CLI_CELLS_CUT', { count: report.cutCells }));
  }
  const refused = await writeOutput(output, report.bytes, { input: file, force: options.force });
  if (refused !== null) return { stdout: '', stderr: refused, exitCode: EXIT_UNREADABLE };
  return { stdout: describeReport(summary, output, assessed.issues.length), stderr: renderMessages(notices), exitCode: 0 };
}

function describeReport(summary: PlanSummary, output: string, findings: number): string {
  const { period, totals } = summary;
  return renderMessages([
    message('CLI_PERIOD_LINE', { period: period.label, from: formatViDate(period.dataStart), to: formatViDate(period.cutOff), judgedOn: formatViDate(summary.judgedOn) }),
    message('CLI_REPORT_TOTALS', { total: totals.total, overdue: totals.byStatus.OVERDUE, dueSoon: totals.byStatus.DUE_SOON, rate: totals.completionRate }),
    message('CLI_REPORT_FINDINGS', { count: findings }),
    message('CLI_REPORT_WRITTEN', { path: output }),
  ]);
}
