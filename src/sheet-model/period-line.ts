import { formatViDate, type IsoDate } from '../dates/calendar-date.js';
import type { ReportPeriod } from '../summary/summary.js';

/**
 * The line under a summary's title: the data period, the report's due day, the judging day.
 *
 * @example periodLine(quyI2026, '2026-03-14') → 'Số liệu từ ngày 15/12/2025 đến ngày 14/03/2026 (ngày chốt số liệu); hạn gửi báo cáo: 20/03/2026; đánh giá tại ngày 14/03/2026.'
 */
export function periodLine(period: ReportPeriod, judgedOn: IsoDate): string {
  const parts = [`Số liệu từ ngày ${formatViDate(period.dataStart)} đến ngày ${formatViDate(period.cutOff)} (ngày chốt số liệu)`];
  if (period.reportDue !== null) parts.push(`hạn gửi báo cáo: ${formatViDate(period.reportDue)}`);
  const early = judgedOn < period.cutOff ? ' (trước ngày chốt số liệu: kỳ báo cáo chưa kết thúc)' : '';
  parts.push(`đánh giá tại ngày ${formatViDate(judgedOn)}${early}`);
  return `${parts.join('; ')}.`;
}
