import type { MergedRange } from '../grid/grid.js';
import type { ColumnKey, ExtraColumn } from '../plan/plan.js';
import { foldWords } from '../text/fold.js';
import type { HeaderKey } from './header-keywords.js';
import { headerTexts } from './header-text.js';
import { matchHeader } from './match-header.js';
import { COMPUTED_HEADERS, HELPER_HEADER_PREFIX } from './own-columns.js';

/** A header found in the grid: its rows, what each column is, and the header text of every column. */
export interface FoundHeader {
  readonly headerRows: readonly number[];
  readonly firstDataRow: number;
  readonly keys: readonly (HeaderKey | null)[];
  readonly headers: readonly string[];
  /** Folded text of each header row, to recognise the header repeated after a page break. */
  readonly signatures: readonly (readonly string[])[];
}

const MAX_HEADER_ROWS = 3;

/**
 * Finds the task table's header: the first row (or two or three rows, for a header split over rows)
 * naming the task and at least two of STT, lead unit and deadline. A targets table ("Chỉ tiêu",
 * "Đơn vị tính", "Kết quả") does not qualify. A row of column numbers right below is skipped.
 */
export function findTaskTable(texts: readonly (readonly string[])[], merges: readonly MergedRange[]): FoundHeader | null {
  for (let top = 0; top < texts.length; top++) {
    if (filledCount(texts[top]!) < 2) continue;
    const found = headerAt(texts, merges, top);
    if (found) return found;
  }
  return null;
}

function headerAt(texts: readonly (readonly string[])[], merges: readonly MergedRange[], top: number): FoundHeader | null {
  let best: { count: number; keys: (HeaderKey | null)[]; headers: string[] } | null = null;
  for (let count = 1; count <= MAX_HEADER_ROWS && top + count <= texts.length; count++) {
    if (count > 1 && isDataLike(texts[top + count - 1]!)) break;
    const width = Math.max(...texts.slice(top, top + count).map((row) => row.length));
    const headers = headerTexts(texts, merges, top, count, width);
    const keys = headers.map((text) => (text.length <= 120 ? matchHeader(text) : null));
    if (!qualifies(keys)) continue;
    if (best === null || distinct(keys) > distinct(best.keys)) best = { count, keys, headers };
  }
  if (best === null) return null;
  const headerRows = Array.from({ length: best.count }, (_, i) => top + i);
  let firstDataRow = top + best.count;
  if (isColumnNumbers(texts[firstDataRow] ?? [])) firstDataRow++;
  return {
    headerRows,
    firstDataRow,
    keys: best.keys,
    headers: best.headers,
    signatures: headerRows.map((row) => texts[row]!.map(foldWords)),
  };
}

function qualifies(keys: readonly (HeaderKey | null)[]): boolean {
  if (!keys.includes('task')) return false;
  const others = (['stt', 'lead', 'deadline', 'tienDo'] as const).filter((key) => keys.includes(key));
  return others.length >= 2;
}

function distinct(keys: readonly (HeaderKey | null)[]): number {
  return new Set(keys.filter((key) => key !== null)).size;
}

function filledCount(row: readonly string[]): number {
  let count = 0;
  for (const text of row) if (text !== '') count++;
  return count;
}

/** A row that starts with a task number is data, not the second line of a header. */
function isDataLike(row: readonly string[]): boolean {
  return /^\d+\.?$/.test(row[0] ?? '') && filledCount(row) > 2;
}

/** "1 2 3 4 5 6" or "(1) (2) (3)" under the header. */
export function isColumnNumbers(row: readonly string[]): boolean {
  const filled = row.filter((text) => text !== '');
  return filled.length >= 3 && filled.every((text) => /^\(?\d{1,2}\)?$/.test(text));
}

/**
 * Decides which column holds what. The first column naming a key keeps it; a later one is kept as an
 * extra column. "Tiến độ" is decided by what it holds (docs/domain.md): progress when its cells read as
 * progress; the deadline when the table has no other deadline column; when it has one, a "Tiến độ"
 * of deadlines is kept as another column, and one of anything else (empty, mixed) is progress.
 * Columns the product computes (due date, status, hidden helpers) are left out: they are rewritten.
 */
export function assignColumns(
  header: FoundHeader,
  looksLikeProgress: (column: number) => boolean,
  looksLikeDeadlines: (column: number) => boolean = () => false,
): { columns: Partial<Record<ColumnKey, number>>; extraColumns: ExtraColumn[]; duplicates: { column: number; key: ColumnKey; used: number }[] } {
  const columns: Partial<Record<ColumnKey, number>> = {};
  const extraColumns: ExtraColumn[] = [];
  const duplicates: { column: number; key: ColumnKey; used: number }[] = [];
  const hasDeadline = header.keys.includes('deadline');
  const tienDo = (column: number): ColumnKey | null => {
    if (looksLikeProgress(column)) return 'progress';
    if (!hasDeadline) return 'deadline';
    return looksLikeDeadlines(column) ? null : 'progress';
  };
  header.keys.forEach((found, column) => {
    const key: ColumnKey | null = found === 'tienDo' ? tienDo(column) : found;
    if (key === null) {
      const text = header.headers[column] ?? '';
      if (text !== '' && !isComputedHeader(text)) extraColumns.push({ column, header: text });
    } else if (columns[key] === undefined) {
      columns[key] = column;
    } else {
      duplicates.push({ column, key, used: columns[key]! });
      extraColumns.push({ column, header: header.headers[column]! });
    }
  });
  return { columns, extraColumns, duplicates };
}

const COMPUTED = new Set(Object.values(COMPUTED_HEADERS).map(foldWords));

function isComputedHeader(text: string): boolean {
  return text.startsWith(HELPER_HEADER_PREFIX) || COMPUTED.has(foldWords(text));
}
