import type { CellValue } from './cell-value.js';

/** A rectangle of cells merged into one; the value lives in its top-left cell. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * A sheet read once from a host: rows of cell values, 0-based, as they stand in the source.
 * Row `r`, column `c` is the source cell `columnLetters(c) + (r + 1)`, so findings can name it.
 */
export interface Grid {
  readonly sheet: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly merges?: readonly MergedRange[];
}
