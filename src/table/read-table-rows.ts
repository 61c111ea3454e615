import { cellAddress } from '../grid/address.js';
import type { CellValue } from '../grid/cell-value.js';
import { finding, type Finding } from '../findings/finding.js';
import type { ColumnKey, ExtraColumn, ProgressColumn, Section } from '../plan/plan.js';
import { foldWords } from '../text/fold.js';
import { isColumnNumbers, type FoundHeader } from './find-task-table.js';
import { textAt } from './grid-text.js';
import { joinContinuation } from './join-continuation.js';
import { matchHeader } from './match-header.js';
import { readSectionLabel } from './section-label.js';
import { readSttLabel } from './stt-label.js';

/** A task as read from its rows, before units are split and the row is validated. */
export interface RawTask {
  readonly row: number;
  readonly continuationRows: number[];
  stt: string;
  readonly section: string | null;
  readonly text: Partial<Record<ColumnKey, string>>;
  readonly values: Partial<Record<ColumnKey, CellValue>>;
  readonly extra: Record<string, string>;
}

export interface TableRows {
  readonly sections: Section[];
  readonly tasks: RawTask[];
  readonly issues: Finding[];
}

const TEXT_KEYS = ['task', 'deliverable', 'lead', 'coUnits', 'deadline'] as const;
const PROGRESS_KEYS: readonly ProgressColumn[] = ['progress', 'completedOn', 'dueOverride', 'eventDate'];
const CONTENT_KEYS = [...TEXT_KEYS, ...PROGRESS_KEYS] as const;

/**
 * Walks the table below its header: section rows, tasks, continuation rows (a task's text carried onto
 * the next page, even right after a repeated header), headers repeated at page breaks, blank lines.
 * Nothing here throws: a row it cannot place becomes a warning and the walk goes on.
 */
export function readTableRows(
  texts: readonly (readonly string[])[],
  values: readonly (readonly CellValue[])[],
  header: FoundHeader,
  columns: Partial<Record<ColumnKey, number>>,
  extraColumns: readonly ExtraColumn[],
): TableRows {
  const sections: Section[] = [];
  const tasks: RawTask[] = [];
  const issues: Finding[] = [];
  const at = (row: number, key: ColumnKey) => (columns[key] === undefined ? '' : textAt(texts, row, columns[key]!));
  const sttColumn = columns.stt ?? firstColumn(columns);
  let section: string | null = null;
  let last: RawTask | null = null;

  for (let row = header.firstDataRow; row < texts.length; row++) {
    const cells = texts[row]!;
    const filled = cells.filter((text) => text !== '').length;
    if (filled === 0) continue;
    const sttText = textAt(texts, row, sttColumn);
    const stt = readSttLabel(sttText);
    if (stt === null && (isHeaderRepeat(cells, header, columns) || isColumnNumbers(cells))) continue;

    const opened = stt === null && at(row, 'lead') === '' && at(row, 'deadline') === '' ? sectionOpenedBy(cells, sttColumn) : null;
    if (opened) {
      section = opened.label;
      sections.push({ label: opened.label, title: opened.title || otherText(cells, opened.column), row: row + 1 });
      last = null;
      continue;
    }

    if (stt === null && sttText === '') {
      const complete = at(row, 'task') !== '' && at(row, 'lead') !== '' && at(row, 'deadline') !== '';
      if (last !== null && !complete) {
        continueTask(last, row, at, cells, extraColumns);
        continue;
      }
      if (!complete && filled === 1) continue;
      if (!complete && last === null) {
        issues.push(finding('ROW_NOT_UNDERSTOOD', cellAddress(row, firstFilled(cells)), { row: row + 1, text: cells.find((t) => t !== '') ?? '' }));
        continue;
      }
    } else if (stt === null) {
      if (filled > 1) issues.push(finding('ROW_NOT_UNDERSTOOD', cellAddress(row, sttColumn), { row: row + 1, text: sttText }));
      continue;
    }

    if (stt !== null && CONTENT_KEYS.every((key) => at(row, key) === '')) continue; // a numbered row left blank, as in the template
    last = newTask(row, stt ?? '', section, at, values, columns, cells, extraColumns);
    tasks.push(last);
  }
  return { sections, tasks, issues };
}

function newTask(
  row: number,
  stt: string,
  section: string | null,
  at: (row: number, key: ColumnKey) => string,
  values: readonly (readonly CellValue[])[],
  columns: Partial<Record<ColumnKey, number>>,
  cells: readonly string[],
  extraColumns: readonly ExtraColumn[],
): RawTask {
  const text: Partial<Record<ColumnKey, string>> = {};
  const cellValues: Partial<Record<ColumnKey, CellValue>> = {};
  for (const key of [...TEXT_KEYS, ...PROGRESS_KEYS]) {
    if (columns[key] === undefined) continue;
    text[key] = at(row, key);
    cellValues[key] = values[row]?.[columns[key]!] ?? null;
  }
  const extra: Record<string, string> = {};
  for (const { column, header } of extraColumns) extra[header] = cells[column] ?? '';
  return { row: row + 1, continuationRows: [], stt, section, text, values: cellValues, extra };
}

function continueTask(
  task: RawTask,
  row: number,
  at: (row: number, key: ColumnKey) => string,
  cells: readonly string[],
  extraColumns: readonly ExtraColumn[],
): void {
  task.continuationRows.push(row + 1);
  for (const key of TEXT_KEYS) {
    const more = at(row, key);
    if (more !== '') task.text[key] = joinContinuation(task.text[key] ?? '', more);
  }
  for (const { column, header } of extraColumns) {
    const more = cells[column] ?? '';
    if (more !== '') task.extra[header] = joinContinuation(task.extra[header] ?? '', more);
  }
}

/** The header again after a page break: cells equal to a header row's, or naming their own columns. */
function isHeaderRepeat(cells: readonly string[], header: FoundHeader, columns: Partial<Record<ColumnKey, number>>): boolean {
  const folded = cells.map((text) => (text === '' ? '' : foldWords(text)));
  const filled = folded.filter((text) => text !== '').length;
  for (const signature of header.signatures) {
    const same = folded.filter((text, column) => text !== '' && text === signature[column]).length;
    if (same > 0 && same / filled >= 0.6) return true;
  }
  if (filled < 2) return false;
  let naming = 0;
  for (const [key, column] of Object.entries(columns)) {
    const text = cells[column] ?? '';
    if (text !== '' && text.length <= 60 && matchHeader(text) === key) naming++;
  }
  return naming >= 2;
}

/** A row opening a section: a Roman numeral in the STT cell (or in the first filled cell), title beside or after it. */
function sectionOpenedBy(cells: readonly string[], sttColumn: number): { label: string; title: string; column: number } | null {
  const column = cells[sttColumn] ? sttColumn : firstFilled(cells);
  const label = readSectionLabel(cells[column] ?? '');
  return label ? { ...label, column } : null;
}

function otherText(cells: readonly string[], except: number): string {
  return cells.find((text, column) => column !== except && text !== '') ?? '';
}

function firstFilled(cells: readonly string[]): number {
  const index = cells.findIndex((text) => text !== '');
  return index < 0 ? 0 : index;
}

function firstColumn(columns: Partial<Record<ColumnKey, number>>): number {
  return Math.min(...Object.values(columns));
}
