import { UNREADABLE, type DeadlineReading } from './deadline-reading.js';
import { readRecurrence } from './read-recurrence.js';

/**
 * Reads a deadline that comes back every cycle; its due date is the current cycle's, which the
 * status engine works out, so `due` stays null here.
 *
 * - "Hằng năm", "Ban hành Kế hoạch hàng năm" → every year
 * - "Hàng quý", "Theo kỳ báo cáo CCHC" → every quarter
 * - "06 tháng/lần", "6 tháng một lần" → every half-year
 * - "Định kỳ hằng tháng" → every month
 * - "Trước ngày 10 của tháng cuối quý" → every quarter, due on the 9th of its last month
 *
 * A cycle together with a date it cannot hold ("Quý I hàng năm") is unreadable, not guessed.
 */
export function parseRecurringPhrase(normalized: string): DeadlineReading | null {
  const recurrence = readRecurrence(normalized);
  if (recurrence === null) return null;
  if (recurrence === 'unrepresentable') return UNREADABLE;
  return { kind: 'recurring', start: null, due: null, recurrence };
}
