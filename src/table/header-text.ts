import type { MergedRange } from '../grid/grid.js';
import { textAt } from './grid-text.js';

/**
 * Header text per column over `count` rows starting at `top`, words of the rows joined. A cell merged
 * across columns ("Cơ quan" over "chủ trì" and "phối hợp") lends its text to every column it covers.
 */
export function headerTexts(texts: readonly (readonly string[])[], merges: readonly MergedRange[], top: number, count: number, width: number): string[] {
  const result: string[] = [];
  for (let column = 0; column < width; column++) {
    const parts: string[] = [];
    for (let row = top; row < top + count; row++) {
      const text = textAt(texts, row, column) || mergedMasterText(texts, merges, row, column);
      if (text !== '' && parts[parts.length - 1] !== text) parts.push(text);
    }
    result.push(parts.join(' '));
  }
  return result;
}

function mergedMasterText(texts: readonly (readonly string[])[], merges: readonly MergedRange[], row: number, column: number): string {
  for (const range of merges) {
    if (row >= range.top && row <= range.bottom && column >= range.left && column <= range.right) {
      return textAt(texts, range.top, range.left);
    }
  }
  return '';
}
