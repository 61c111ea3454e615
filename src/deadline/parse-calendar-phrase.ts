import { dayBefore, type DateWindow } from './calendar-windows.js';
import { completeTimeRefs } from './complete-time-refs.js';
import type { DeadlineReading } from './deadline-reading.js';
import { readDeadlineLead, type DeadlineLead } from './read-deadline-lead.js';
import { readTimeRef, readTimeRefContinuing } from './read-time-ref.js';
import { timeRefWindow, type TimeRef } from './time-ref.js';
import { timesReading } from './times-reading.js';
import { acceptTokens, atEnd, attempt, peekToken, tokenCursor, type TokenCursor } from './token-cursor.js';

type Joiner = 'single' | 'range' | 'list';

/**
 * Reads a phrase that names calendar time: a day, a month, a quarter, a half-year, a year, a range
 * or a list of them, with the words in front that say how the deadline relates to it.
 *
 * - "Trước ngày 15/01/2026" → date, due 2026-01-14
 * - "Chậm nhất ngày 15/6/2026", "15/6/2026" → date, due 2026-06-15
 * - "Tháng 8-9/2026" → period 2026-08-01 … 2026-09-30
 * - "Giai đoạn 2026 - 2030" → span 2026-01-01 … 2030-12-31
 * - "Tháng 3, 6, 9, 12/2026" → milestones, one a month
 *
 * Every word must be understood, except a trailing remark in brackets or a trailing "theo …"
 * (whose document numbers and dates were masked before). Anything else is not this kind of phrase: null.
 */
export function parseCalendarPhrase(normalized: string, planYear: number | null): DeadlineReading | null {
  const cursor = tokenCursor(normalized);
  const lead = readDeadlineLead(cursor);
  const first = readTimeRef(cursor, { yearWithoutNumber: lead === 'within' || lead === 'end' });
  if (first === null) return null;
  const refs: TimeRef[] = [first];
  let joiner: Joiner = 'single';
  for (;;) {
    const next = attempt(cursor, () => readJoinedRef(cursor, joiner, refs[refs.length - 1] ?? first));
    if (next === null) break;
    joiner = next.joiner;
    refs.push(next.ref);
  }
  if (!atTail(cursor)) return null;
  const complete = completeTimeRefs(refs, planYear);
  const windows: DateWindow[] = [];
  for (const ref of complete) {
    const window = timeRefWindow(ref);
    if (window === null) return null;
    windows.push(window);
  }
  return readingFor(lead, joiner, complete, windows);
}

function readJoinedRef(cursor: TokenCursor, joiner: Joiner, previous: TimeRef): { joiner: Joiner; ref: TimeRef } | null {
  const connector = readConnector(cursor);
  if (connector === null || joiner === 'range' || (joiner === 'list' && connector === 'range')) return null;
  const ref = readTimeRefContinuing(cursor, previous.unit) ?? readTimeRef(cursor, { yearWithoutNumber: false });
  return ref === null ? null : { joiner: connector, ref };
}

function readConnector(cursor: TokenCursor): 'range' | 'list' | null {
  if (acceptTokens(cursor, '-') || acceptTokens(cursor, 'den', 'het') || acceptTokens(cursor, 'den') || acceptTokens(cursor, 'toi')) {
    return 'range';
  }
  if (acceptTokens(cursor, ',', 'va') || acceptTokens(cursor, 'va') || acceptTokens(cursor, ',') || acceptTokens(cursor, '&')) {
    return 'list';
  }
  return null;
}

/** The end of the phrase, or a remark that does not change it: "(dự kiến)", "theo Kế hoạch số …". */
function atTail(cursor: TokenCursor): boolean {
  if (atEnd(cursor)) return true;
  const next = peekToken(cursor);
  return next === '(' || next === 'theo' || (next === ',' && peekToken(cursor, 1) === 'theo');
}

function readingFor(lead: DeadlineLead, joiner: Joiner, refs: readonly TimeRef[], windows: readonly DateWindow[]): DeadlineReading | null {
  const first = windows[0];
  const last = windows[windows.length - 1];
  if (first === undefined || last === undefined) return null;
  if (lead === 'from' && joiner !== 'range') return null;
  if (joiner === 'range' && last.start < first.start) return null;
  if (lead === 'before') return joiner === 'single' ? { kind: 'date', start: null, due: dayBefore(first.start) } : null;
  return timesReading(lead === 'by', joiner === 'list', refs, windows);
}
