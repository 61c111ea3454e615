import type { CellValue } from '../grid/cell-value.js';
import { cleanText } from '../text/clean-text.js';
import { stripInvisibleMarks } from '../text/invisible-marks.js';
import type { Deadline } from './deadline.js';
import { groupMilestones } from './group-milestones.js';
import { readPartsJoiningLeads } from './join-dangling-leads.js';
import { readDeadlineCell } from './read-deadline-cell.js';
import { rememberDeadline } from './remember-deadline.js';
import { splitDeadlineParts } from './split-deadline-parts.js';
import { summariseDeadlineParts } from './summarise-deadline-parts.js';

export interface ParseDeadlineOptions {
  /** The plan's year ("Kế hoạch CCHC năm 2026" → 2026): it fills a deadline that gives no year. */
  planYear: number;
}

/**
 * Reads a deadline cell ("Thời gian", "Thời hạn", …) as the plan means it. Never throws: what it
 * cannot read comes back as kind 'unknown' with the text to quote, never as a guessed date.
 *
 * - "Trước ngày 15/01/2026" → date, due 2026-01-14
 * - "Quý I/2026" → period 2026-01-01 … 2026-03-31
 * - "Giai đoạn 2026 - 2030" → span, due 2030-12-31
 * - "Hằng năm" → recurring every year; "Thường xuyên" → continuous
 * - "Theo chỉ đạo của UBND Thành phố" → directive, no due date until the user enters one
 * - "- Theo chỉ đạo của UBND Thành phố - 06 tháng/lần" → two parts; recurring every half-year
 * - "Tháng 3/2026⏎Tháng 9/2026", "15/3/2026; 15/9/2026" → milestones, one per line or clause
 * - "Trước ngày⏎15/01/2026" → date, due 2026-01-14 (a lead and its date broken over two lines)
 * - { date: '2026-06-15' } or the serial 46188 → date, due 2026-06-15
 *
 * What a text reads as is frozen and shared: the same text under the same plan year is read once.
 */
export function parseDeadline(value: CellValue, options: ParseDeadlineOptions): Deadline {
  const cell = readDeadlineCell(value);
  if (cell !== null) return cell;
  const year = options?.planYear;
  const planYear = Number.isInteger(year) && year >= 1900 && year <= 2199 ? year : null;
  if (typeof value !== 'string') return summariseDeadlineParts('', []);
  return rememberDeadline(value, planYear ?? 0, () => {
    const text = stripInvisibleMarks(cleanText(value));
    const parts = readPartsJoiningLeads(splitDeadlineParts(text), planYear);
    return summariseDeadlineParts(text, groupMilestones(parts));
  });
}
