import { readProgress } from '../status/read-progress.js';

/**
 * Whether a "Tiến độ" column holds progress ("Hoàn thành", "Đang thực hiện", "50%") rather than
 * deadlines ("Quý I/2026"): most of its filled cells must read as a progress state.
 */
export function looksLikeProgressColumn(texts: readonly (readonly string[])[], column: number, firstDataRow: number): boolean {
  let filled = 0;
  let progress = 0;
  for (let row = firstDataRow; row < texts.length && filled < 200; row++) {
    const text = texts[row]?.[column] ?? '';
    if (text === '') continue;
    filled++;
    if (readProgress(text).state !== 'unknown') progress++;
  }
  return filled > 0 && progress / filled >= 0.6;
}
