import { UNREADABLE, type DeadlineReading } from './deadline-reading.js';
import { maskDocumentReferences } from './mask-document-references.js';
import { normalizeDeadlineText } from './normalize-deadline-text.js';
import { parseAfterEventPhrase } from './parse-after-event-phrase.js';
import { parseCalendarPhrase } from './parse-calendar-phrase.js';
import { parseContinuousPhrase } from './parse-continuous-phrase.js';
import { parseDirectivePhrase } from './parse-directive-phrase.js';
import { parseOpenEndedPhrase } from './parse-open-ended-phrase.js';
import { parseRecurringPhrase } from './parse-recurring-phrase.js';

/**
 * Reads one phrase of a deadline cell (one bullet, one line). The readers are tried from the most
 * specific to the loosest: set by someone else (unless a clause states a date), counted from an
 * event, a year the work goes on from, calendar time (which must read every word), a cycle,
 * continuous work; else unknown.
 *
 * "Trước ngày 15/01/2026" → date 2026-01-14; "Theo chỉ đạo của UBND Thành phố" → directive;
 * "06 tháng/lần" → recurring every half-year; "Thường xuyên" → continuous.
 */
export function readDeadlinePhrase(text: string, planYear: number | null): DeadlineReading {
  const normalized = maskDocumentReferences(normalizeDeadlineText(text));
  if (normalized === '') return UNREADABLE;
  const directive = parseDirectivePhrase(normalized);
  if (directive !== null) return datedClause(normalized, planYear) ?? directive;
  return (
    parseAfterEventPhrase(normalized, text) ??
    parseOpenEndedPhrase(normalized) ??
    parseCalendarPhrase(normalized, planYear) ??
    parseRecurringPhrase(normalized) ??
    parseContinuousPhrase(normalized) ??
    UNREADABLE
  );
}

/** Words that open a clause stating a deadline inside a directive's sentence, without a comma before them. */
const DATE_CLAUSE_START = / (?=(?:truoc|cham nhat|muon nhat|han chot|den het|den (?:nam|thang|quy|ngay)|hoan thanh (?:truoc|trong)|trong (?:thang|quy|nam)) )/g;

/**
 * A directive that also states its date keeps the date: "Theo chỉ đạo của UBND Thành phố, trước ngày
 * 15/3/2026" → date 2026-03-14; "Theo lộ trình đến hết năm 2027" → date 2027-12-31. The date must be a
 * whole clause, after a comma or opened by words that state a deadline ("trước", "chậm nhất", "đến hết").
 */
function datedClause(normalized: string, planYear: number | null): DeadlineReading | null {
  const starts = [...normalized.matchAll(/,/g), ...normalized.matchAll(DATE_CLAUSE_START)].map((found) => found.index + 1);
  for (const start of starts.sort((a, b) => a - b)) {
    const reading = parseCalendarPhrase(normalized.slice(start).trim(), planYear);
    if (reading !== null) return reading;
  }
  return null;
}
