import { parseDeadline } from '../deadline/parse-deadline.js';
import { mostCellsRead } from './most-cells-read.js';

/**
 * Whether a column holds deadlines ("Quý I/2026", "Thường xuyên", "Trước ngày 15/01/2026"): most of
 * its filled cells read as a deadline of some kind.
 */
export function looksLikeDeadlineColumn(texts: readonly (readonly string[])[], column: number, firstDataRow: number): boolean {
  return mostCellsRead(texts, column, firstDataRow, (text) => parseDeadline(text, { planYear: 2026 }).kind !== 'unknown');
}
