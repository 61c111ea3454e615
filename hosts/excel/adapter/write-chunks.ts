import { jsonTextBytes } from './payload-size.js';

/**
 * Excel on the web refuses a request or response over 5 MB. Rows are sent in chunks whose estimated
 * size stays well under it (the request also carries JSON punctuation, addresses and formats).
 */
export const CHUNK_BYTES = 3_000_000;

/**
 * An estimate of a row's bytes in a request, on the high side: its texts as UTF-8 (Vietnamese
 * letters take 2–3 bytes) with their quotes escaped as JSON does, numbers at their longest, and the
 * number format each cell also sends.
 */
export function rowBytes(row: readonly unknown[]): number {
  let bytes = 2;
  for (const cell of row) {
    bytes += 16; // the cell's number format ("dd/mm/yyyy" or null) and separators
    if (typeof cell !== 'string') {
      bytes += 24;
      continue;
    }
    bytes += jsonTextBytes(cell);
  }
  return bytes;
}

/**
 * Consecutive row spans [start, end) whose estimated bytes stay under `maxBytes` (a single row over it
 * still makes a chunk of its own).
 *
 * @example rowChunks(rows, 2_000_000) → [{ start: 0, end: 4200 }, { start: 4200, end: 8000 }]
 */
export function rowChunks(rows: readonly (readonly unknown[])[], maxBytes = CHUNK_BYTES): { start: number; end: number }[] {
  const chunks: { start: number; end: number }[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, index) => {
    const size = rowBytes(row);
    if (index > start && bytes + size > maxBytes) {
      chunks.push({ start, end: index });
      start = index;
      bytes = 0;
    }
    bytes += size;
  });
  if (rows.length > start) chunks.push({ start, end: rows.length });
  return chunks;
}
