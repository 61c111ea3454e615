import type { Grid } from '../grid/grid.js';
import { cleanText } from '../text/clean-text.js';

/** Every cell of a grid as the clean text a person reads, computed once. */
export function gridTexts(grid: Grid): string[][] {
  return grid.rows.map((row) => row.map(cleanText));
}

/** The text at (row, column), empty outside the grid. */
export function textAt(texts: readonly (readonly string[])[], row: number, column: number): string {
  return texts[row]?.[column] ?? '';
}
