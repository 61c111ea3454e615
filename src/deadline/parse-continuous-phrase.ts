import type { DeadlineReading } from './deadline-reading.js';

const ONGOING = /\b(?:thuong ?xuyen|lien ?tuc|xuyen suot|thuong truc|hang ngay|moi ngay|hang tuan|moi tuan)\b/;

/**
 * Reads work that never falls due: "Thường xuyên", "Liên tục", "Thuong xuyén" (OCR).
 * Daily and weekly work ("Hằng ngày", "Hằng tuần") counts as continuous too: a plan tracked by the
 * quarter has no cycle that short, and such work is never overdue for a whole quarter.
 */
export function parseContinuousPhrase(normalized: string): DeadlineReading | null {
  return ONGOING.test(normalized) ? { kind: 'continuous', start: null, due: null } : null;
}
