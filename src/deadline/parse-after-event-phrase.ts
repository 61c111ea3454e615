import type { DeadlineReading } from './deadline-reading.js';
import { foldKeepingLength } from './fold-keeping-length.js';

/** "cham nhat 30 ngay lam viec ke tu ngay …", "trong vong 15 ngay ke tu khi …", "10 ngay sau khi …". */
const AFTER_EVENT =
  /^(?:(?:cham nhat|toi da|khong qua|trong vong|trong thoi han|trong thoi gian|trong|sau|han|thoi han)(?: la)? )?(\d{1,3}) ngay( lam viec)? ?,? (?:ke tu|tinh tu|sau khi|sau|tu) ?(?:ngay|khi|thoi diem)? ?(.*)$/;
/** The same words in the original text, to quote the event as the user wrote it. */
const EVENT_START = /(\d{1,3})\s+ngay(?:\s+lam\s+viec)?[\s,]*(?:ke\s+tu|tinh\s+tu|sau\s+khi|sau|tu)(?:\s+(?:ngay|khi|thoi\s+diem))?\s+/;

/**
 * Reads a deadline counted from an event whose date the user enters later:
 * "Chậm nhất 30 ngày làm việc kể từ ngày UBND Thành phố ký Quyết định ban hành Kế hoạch" →
 * { days: 30, workingDays: true, event: "UBND Thành phố ký Quyết định ban hành Kế hoạch" }, due null.
 */
export function parseAfterEventPhrase(normalized: string, original: string): DeadlineReading | null {
  const match = AFTER_EVENT.exec(normalized);
  if (match === null) return null;
  const days = Number(match[1]);
  const start = EVENT_START.exec(foldKeepingLength(original));
  const event = (start === null ? (match[3] ?? '') : original.slice(start.index + start[0].length)).replace(/[\s.,;:]+$/, '').trim();
  if (event === '' || days === 0) return null;
  return { kind: 'after-event', start: null, due: null, afterEvent: { days, workingDays: match[2] !== undefined, event } };
}
