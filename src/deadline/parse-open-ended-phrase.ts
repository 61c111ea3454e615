import { isoDate } from '../dates/calendar-date.js';
import type { Recurrence } from './deadline.js';
import type { DeadlineReading } from './deadline-reading.js';
import { readRecurrence } from './read-recurrence.js';

const FOLLOWING_YEARS = String.raw`(?:nhung|cac) nam (?:tiep theo|tiep sau|ke tiep|sau(?: do)?)`;
/**
 * A year from which the work goes on without an end: "tu nam 2026", "tu 2026 tro di",
 * "nam 2026 va nhung nam tiep theo", "giai doan 2026 va cac nam tiep theo", "bat dau tu nam 2026".
 */
const FROM_YEAR_ON = new RegExp(
  String.raw`^(?:(?:bat dau |ke )?tu (?:nam )?(\d{4})(?: (?:tro di|tro ve sau|ve sau|(?:,|va) ${FOLLOWING_YEARS}))?` +
    String.raw`|(?:(?:nam|giai doan|trong nam|tu nam) )?(\d{4}) ?(?:,|va|-) ?${FOLLOWING_YEARS})(?: ?,? ?(.*))?$`,
);
const YEARLY: Recurrence = { every: 'year', dueDay: null };
const ONGOING = /^(?:thuc hien )?(?:thuong xuyen|lien tuc)$/;

/**
 * Reads work that starts in a year and goes on every year after it, with no end:
 * "Từ năm 2026", "Năm 2026 và những năm tiếp theo", "2026 và các năm tiếp theo" → recurring every
 * year from 2026-01-01, due at the end of each year like "Hằng năm", nothing due before 2026.
 * A cycle named after it is kept: "Từ năm 2026, hằng quý" → every quarter from 2026-01-01.
 * Anything else after it makes the phrase unreadable here: null.
 */
export function parseOpenEndedPhrase(normalized: string): DeadlineReading | null {
  const match = FROM_YEAR_ON.exec(normalized);
  if (match === null) return null;
  const year = Number(match[1] ?? match[2]);
  const rest = (match[3] ?? '').trim();
  const cycle = rest === '' || ONGOING.test(rest) ? YEARLY : readRecurrence(rest);
  if (cycle === null || cycle === 'unrepresentable') return null;
  return { kind: 'recurring', start: isoDate(year, 1, 1), due: null, recurrence: cycle };
}
