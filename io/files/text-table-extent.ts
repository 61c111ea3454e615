import type { CellValue } from '../../src/grid/cell-value.js';
import { findTaskTable } from '../../src/table/find-task-table.js';
import { gridTexts } from '../../src/table/grid-text.js';

/**
 * How many rows of a text to read as the plan: up to the end of the task table, when the text is a
 * whole document with prose or another table (the targets) after it. The text's tables are the runs of
 * records with two or more fields; a run ends where a blank line and a line of prose come between two
 * records (a cell's second paragraph, pasted from Word, is a line of its own but no blank line comes
 * before it). The first run holding a task header is the task table; it keeps the lines right after
 * its last record up to the next blank line. Without such a run, every row is kept.
 */
export function taskTableRowCount(records: readonly (readonly string[])[], rows: readonly (readonly CellValue[])[]): number {
  const isTableRecord = (index: number) => (records[index]?.length ?? 0) >= 2;
  const isBlank = (index: number) => (rows[index]?.length ?? 0) === 0 || rows[index]!.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
  const blocks: { start: number; end: number }[] = [];
  let index = 0;
  while (index < rows.length) {
    while (index < rows.length && !isTableRecord(index)) index++;
    if (index >= rows.length) break;
    const start = index;
    let last = index;
    let blankSeen = false;
    let proseSeen = false;
    for (index = start + 1; index < rows.length; index++) {
      if (isTableRecord(index)) {
        if (blankSeen && proseSeen) break;
        last = index;
        blankSeen = false;
        proseSeen = false;
      } else if (isBlank(index)) blankSeen = true;
      else if (blankSeen) proseSeen = true;
    }
    let end = last + 1;
    while (end < rows.length && !isTableRecord(end) && !isBlank(end)) end++;
    blocks.push({ start, end });
    index = Math.max(index, end);
  }
  // A plain CSV or a lone table: nothing to cut, and no need to look for its header twice.
  if (blocks.length === 0 || (blocks.length === 1 && !hasProseAfter(blocks[0]!.end))) return rows.length;
  for (const { start, end } of blocks) {
    if (findTaskTable(gridTexts({ sheet: '', rows: rows.slice(start, end) }), []) !== null) return hasProseAfter(end) ? end : rows.length;
  }
  return rows.length;

  function hasProseAfter(from: number): boolean {
    for (let i = from; i < rows.length; i++) if (!isBlank(i)) return true;
    return false;
  }
}
