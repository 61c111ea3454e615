import { formatViDate, type IsoDate } from '../../src/dates/calendar-date.js';

/** "2026-03-14" → "14/03/2026"; no date → "—". */
export function showViDate(iso: IsoDate | null): string {
  return iso === null ? '—' : formatViDate(iso);
}
