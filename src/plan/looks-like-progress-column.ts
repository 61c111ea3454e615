import { readProgress } from '../status/read-progress.js';
import { mostCellsRead } from './most-cells-read.js';

/**
 * Whether a "Tiến độ" column holds progress ("Hoàn thành", "Đang thực hiện", "50%") rather than
 * deadlines ("Quý I/2026"): most of its filled cells must read as a progress state.
 */
export function looksLikeProgressColumn(texts: readonly (readonly string[])[], column: number, firstDataRow: number): boolean {
  return mostCellsRead(texts, column, firstDataRow, (text) => readProgress(text).state !== 'unknown');
}
