import { isCellError, isDateCell, type CellValue } from '../grid/cell-value.js';
import type { AssessedPlan, AssessedTask } from '../plan/assess-plan.js';
import { readPlanHeading } from '../plan/plan-heading.js';
import { PROGRESS_CHOICES } from '../sheet/plan-sheet-layout.js';
import { readDateCell } from '../status/read-date-cell.js';
import { readProgress, type ProgressState } from '../status/read-progress.js';
import type { PlanRow, PlanTaskRow, TrackingContent } from './plan-table-model.js';

/** Excel's limit on a cell's text; a longer text makes Excel repair the file. */
const MAX_CELL_TEXT = 32_767;

const [NOT_STARTED, IN_PROGRESS, DONE] = PROGRESS_CHOICES;
const PROGRESS_WORDS: Readonly<Record<Exclude<ProgressState, 'unknown'>, string>> = {
  'not-started': NOT_STARTED,
  'in-progress': IN_PROGRESS,
  done: DONE,
};

/**
 * The plan sheet's title: the plan's own, with its year added when the title does not say it, so
 * that reading the sheet back finds the same year.
 *
 * @example planSheetTitle('DANH MỤC NHIỆM VỤ CCHC', 2026) → "DANH MỤC NHIỆM VỤ CCHC NĂM 2026"
 */
export function planSheetTitle(title: string, year: number): string {
  if (title.trim() === '') return `KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM ${year}`;
  return readPlanHeading([title]).year === null ? `${title} NĂM ${year}` : title;
}

/** The plan's other columns, by header, each once, in the order of the table. */
export function extraHeaders(assessed: AssessedPlan): string[] {
  return [...new Set(assessed.plan.layout.extraColumns.map((column) => column.header))];
}

/**
 * The plan sheet's rows for an assessed plan: its parts, sections, heading rows and tasks in the order
 * of the source, values as text (never formulas), units joined with "; ", the tracking cells carried
 * over — a progress word the reader recognises as one of the dropdown's words, dates as real dates,
 * anything unreadable as it was — and the status judged on the as-of date cached in the formula cells.
 * Parts, sections and headings are written as their rows wrote them ("A", "I", "1.1"), so that the
 * sheet reads back to the same plan.
 */
export function* planSheetRows(assessed: AssessedPlan, extra: readonly string[]): Generator<PlanRow> {
  const headings = structureRows(assessed.plan);
  let next = 0;
  for (const item of assessed.tasks) {
    while (next < headings.length && headings[next]!.row < item.task.row) yield headings[next++]!.line;
    yield taskRow(item, extra);
  }
  while (next < headings.length) yield headings[next++]!.line;
}

/** Parts, sections (a part holding tasks directly is written once, as the part) and heading rows, by row. */
function structureRows(plan: AssessedPlan['plan']): { row: number; line: PlanRow }[] {
  const line = (label: string, title: string): PlanRow => ({ kind: 'section', label: text(label), title: text(title) });
  return [
    ...plan.parts.map((part) => ({ row: part.row, line: line(part.written, part.title) })),
    ...plan.sections.filter((section) => section.numeral !== '').map((section) => ({ row: section.row, line: line(section.numeral ?? section.label, section.title) })),
    ...plan.subsections.map((heading) => ({ row: heading.row, line: line(heading.label, heading.title) })),
  ].sort((a, b) => a.row - b.row);
}

function taskRow({ task, deadline, status, invalid }: AssessedTask, extra: readonly string[]): PlanTaskRow {
  return {
    kind: 'task',
    values: {
      stt: /^\d{1,9}$/.test(task.stt) ? Number(task.stt) : text(task.stt),
      task: text(task.task),
      deliverable: text(task.deliverable),
      lead: text(task.lead.join('; ')),
      coUnits: text(task.coUnits.join('; ')),
      deadline: text(task.deadlineText),
      progress: progressValue(task.progress.progress),
      completedOn: dateCellValue(task.progress.completedOn),
      dueOverride: dateCellValue(task.progress.dueOverride),
      eventDate: dateCellValue(task.progress.eventDate),
    },
    extra: extra.map((header) => text(task.extra[header] ?? '')),
    deadline,
    invalid,
    cachedDue: status.due,
    cachedStatus: status.label,
  };
}

/** A recognised progress mark as the dropdown's word; an empty cell stays empty; anything else as it was. */
export function progressValue(value: CellValue | undefined): TrackingContent {
  if (value === undefined || value === null) return null;
  const reading = readProgress(value);
  if (reading.state === 'unknown') return plainValue(value);
  if (reading.state === 'not-started' && reading.text === '') return null;
  return PROGRESS_WORDS[reading.state];
}

/** A date cell's value as a real date; empty stays empty; text that is no date stays as it was. */
export function dateCellValue(value: CellValue | undefined): TrackingContent {
  if (value === undefined || value === null) return null;
  const reading = readDateCell(value);
  if (reading.date !== null) return { date: reading.date };
  return reading.unreadable ? plainValue(value) : null;
}

/** A cell's value as written again: an error (reported elsewhere) as nothing, a true/false as its text. */
function plainValue(value: CellValue): TrackingContent {
  if (value === null || isCellError(value)) return null;
  if (typeof value === 'string') return text(value);
  if (typeof value === 'boolean') return String(value).toUpperCase();
  if (isDateCell(value)) return { date: value.date };
  return value;
}

/** A text as a cell holds it: at most Excel's 32,767 characters. */
function text(value: string): string {
  return value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value;
}
