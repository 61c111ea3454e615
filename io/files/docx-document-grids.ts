import type { CellValue } from '../../src/grid/cell-value.js';
import type { Grid, MergedRange } from '../../src/grid/grid.js';
import { findTaskTable } from '../../src/table/find-task-table.js';
import { gridTexts } from '../../src/table/grid-text.js';
import { fold } from '../../src/text/fold.js';
import type { DocxBlock, DocxTable } from './docx-body.js';

/** Paragraphs above a table kept as heading rows: enough for "Phụ lục", the title and "(Kèm theo …)". */
const HEADING_PARAGRAPHS = 12;
/** Text Word or the clerk leaves between two pieces of one table: "(tiếp theo)", a page number. */
const BETWEEN_PIECES = 40;

interface TableGroup {
  readonly tables: DocxTable[];
  /** Rows of each table to leave out: a header Word repeats on the next page. */
  readonly skip: number[];
  readonly before: readonly string[];
  readonly firstIndex: number;
  readonly taskHeader: readonly string[] | null;
}

export interface GroupedGrids {
  readonly grids: Grid[];
  readonly tableCount: number;
  /** The task table: its 1-based number among the document's tables and how many pieces it was in. */
  readonly taskTable: { readonly first: number; readonly parts: number } | null;
}

/**
 * The document's tables as grids. A table continues the task table before it when it has the same
 * columns and either repeats its header or has no header of its own, with at most a short line
 * ("(tiếp theo)") between them: Word splits a long table at page or section breaks, and clerks split
 * it by hand. A repeated header is left out of the joined rows. Each grid starts with the paragraphs above its first table, one row each (blank ones as
 * empty rows), then the tables' rows; grids holding a task header come first.
 */
export function documentGrids(blocks: readonly DocxBlock[], sheet: string): GroupedGrids {
  const groups: TableGroup[] = [];
  let paragraphs: string[] = [];
  let tableIndex = 0;
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      paragraphs.push(block.text);
      continue;
    }
    tableIndex++;
    const table = block.table;
    const texts = gridTexts({ sheet, rows: table.rows, merges: table.merges });
    const header = findTaskTable(texts, table.merges);
    const signature = header === null ? null : header.headerRows.map((row) => texts[row]!.map(fold).join('|'));
    const last = groups[groups.length - 1];
    if (last !== undefined && continues(last, table, signature, paragraphs)) {
      last.tables.push(table);
      last.skip.push(header === null ? 0 : header.firstDataRow);
    } else {
      groups.push({ tables: [table], skip: [0], before: paragraphs, firstIndex: tableIndex, taskHeader: signature });
    }
    paragraphs = [];
  }
  if (groups.length === 0) {
    return { grids: [{ sheet, rows: paragraphs.map((text) => [text === '' ? null : text]) }], tableCount: 0, taskTable: null };
  }
  const ordered = [...groups.filter((group) => group.taskHeader !== null), ...groups.filter((group) => group.taskHeader === null)];
  const grids = ordered.map((group, index) => groupGrid(group, index === 0 ? sheet : `${sheet} – bảng ${group.firstIndex}`));
  const task = groups.find((group) => group.taskHeader !== null);
  return {
    grids,
    tableCount: tableIndex,
    taskTable: task === undefined ? null : { first: task.firstIndex, parts: task.tables.length },
  };
}

function continues(group: TableGroup, table: DocxTable, signature: readonly string[] | null, between: readonly string[]): boolean {
  if (group.taskHeader === null) return false;
  if (table.width !== group.tables[0]!.width) return false;
  const words = between.map((text) => text.trim()).filter((text) => text !== '');
  if (words.length > 1 || words.some((text) => text.length > BETWEEN_PIECES || /^phu luc\b/.test(fold(text)))) return false;
  if (signature === null) return true;
  return signature.join('\n') === group.taskHeader.join('\n');
}

function groupGrid(group: TableGroup, sheet: string): Grid {
  const heading = headingRows(group.before);
  const rows: CellValue[][] = heading.map((text) => [text === '' ? null : text]);
  const merges: MergedRange[] = [];
  group.tables.forEach((table, index) => {
    const skip = group.skip[index]!;
    const offset = rows.length - skip;
    rows.push(...table.rows.slice(skip));
    for (const range of table.merges) {
      if (range.bottom < skip) continue;
      merges.push({ top: Math.max(range.top, skip) + offset, bottom: range.bottom + offset, left: range.left, right: range.right });
    }
  });
  return { sheet, rows, merges };
}

/** The last paragraphs above the table, blank ones at the start left out. */
function headingRows(paragraphs: readonly string[]): string[] {
  const kept = paragraphs.slice(-HEADING_PARAGRAPHS).map((text) => text.trim());
  while (kept.length > 0 && kept[0] === '') kept.shift();
  return kept;
}
