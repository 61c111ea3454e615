import { parseDeadline } from '../deadline/parse-deadline.js';

/**
 * Whether a column holds deadlines ("Quý I/2026", "Thường xuyên", "Trước ngày 15/01/2026"): most of
 * its filled cells read as a deadline of some kind. Looks at the first 200 filled cells.
 */
export function looksLikeDeadlineColumn(texts: readonly (readonly string[])[], column: number, firstDataRow: number): boolean {
  let filled = 0;
  let deadlines = 0;
  for (let row = firstDataRow; row < texts.length && filled < 200; row++) {
    const text = texts[row]?.[column] ?? '';
    if (text === '') continue;
    filled++;
    if (parseDeadline(text, { planYear: 2026 }).kind !== 'unknown') deadlines++;
  }
  return filled > 0 && deadlines / filled >= 0.6;
}
