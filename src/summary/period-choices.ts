import { formatViDate, type IsoDate } from '../dates/calendar-date.js';
import { message, renderMessage } from '../messages/catalogue.js';
import { calendarQuarters, defaultReportPeriod, ministryPeriods } from './report-periods.js';
import type { PeriodBoundaries, ReportPeriod } from './summary.js';

/** A period the picker offers, with the words the clerk reads. */
export interface PeriodChoice {
  readonly period: ReportPeriod;
  /** Short enough for a narrow pane's dropdown: "Quý I/2026 – chốt 14/03/2026". */
  readonly text: string;
  /** The whole of it, shown under the dropdown: "Số liệu từ 15/12/2025 đến 14/03/2026; nộp trước 20/03/2026." */
  readonly detail: string;
}

/**
 * The periods of a plan year the picker offers: the Ministry's four reports, then the calendar
 * quarters; and the one chosen by default: the next report due (when it belongs to another year,
 * it is offered first).
 *
 * @example periodChoices(2026, '2026-05-02').chosen → "6 tháng/2026"
 */
export function periodChoices(year: number, today: IsoDate, boundaries: PeriodBoundaries): { choices: PeriodChoice[]; chosen: string } {
  const periods = [...ministryPeriods(year, boundaries), ...calendarQuarters(year)];
  const next = defaultReportPeriod(today, boundaries);
  if (!periods.some((period) => period.label === next.label)) periods.unshift(next);
  return { choices: periods.map((period) => ({ period, text: periodText(period), detail: periodDetail(period) })), chosen: next.label };
}

/** "Quý I/2026 – chốt 14/03/2026"; a calendar quarter: "Q2/2026 (quý dương lịch)". */
export function periodText(period: ReportPeriod): string {
  return period.kind === 'ministry' ? `${period.label} – chốt ${formatViDate(period.cutOff)}` : `${period.shortTitle.replace('-', '/')} (quý dương lịch)`;
}

/** "Số liệu từ 15/12/2025 đến 14/03/2026; nộp báo cáo trước 20/03/2026." */
export function periodDetail(period: ReportPeriod): string {
  const reportDue = period.reportDue === null ? null : formatViDate(period.reportDue);
  return renderMessage(message('PERIOD_DETAIL', { from: formatViDate(period.dataStart), to: formatViDate(period.cutOff), reportDue }));
}
