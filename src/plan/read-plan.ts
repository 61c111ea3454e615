import { cellAddress, columnLetters, rowAddress } from '../grid/address.js';
import { isCellError } from '../grid/cell-value.js';
import type { Grid } from '../grid/grid.js';
import { finding, type Finding } from '../findings/finding.js';
import { REQUIRED_HEADERS_TEXT } from '../table/header-keywords.js';
import { JUDGED_ON_NOTE_PREFIX } from '../table/own-columns.js';
import { assignColumns, findTaskTable } from '../table/find-task-table.js';
import { gridTexts } from '../table/grid-text.js';
import { readTableRows, type RawTask } from '../table/read-table-rows.js';
import { groupUnits } from '../units/group-units.js';
import { splitUnits } from '../units/split-units.js';
import { checkSttSequence } from '../validate/check-stt-sequence.js';
import { validateTask } from '../validate/validate-task.js';
import { looksLikeDeadlineColumn } from './looks-like-deadline-column.js';
import { looksLikeProgressColumn } from './looks-like-progress-column.js';
import type { ColumnKey, Plan, Task } from './plan.js';
import { readPlanHeading } from './plan-heading.js';

export interface ReadPlanOptions {
  /** The plan's year when the user sets it; otherwise read from the title. */
  readonly year?: number;
  /** The year to assume when neither the user nor the title gives one (the adapter's "today"). */
  readonly fallbackYear: number;
}

export type ReadPlanResult = { readonly found: true; readonly plan: Plan } | { readonly found: false; readonly issue: Finding };

const REQUIRED_COLUMNS: readonly { key: ColumnKey; name: string }[] = [
  { key: 'stt', name: 'STT' },
  { key: 'task', name: 'Nhiệm vụ' },
  { key: 'lead', name: 'Cơ quan chủ trì' },
  { key: 'deadline', name: 'Thời gian hoàn thành' },
];

/**
 * Reads the task appendix out of a sheet: finds the table wherever it starts, maps its columns,
 * walks sections, tasks and continuation rows, splits and groups units, and validates every task.
 * Never throws on odd input; a bad row becomes findings and the rest of the plan is still read.
 */
export function readPlan(grid: Grid, options: ReadPlanOptions): ReadPlanResult {
  const texts = gridTexts(grid);
  const header = findTaskTable(texts, grid.merges ?? []);
  if (header === null) {
    return { found: false, issue: finding('NO_TASK_TABLE', 'A1', { sheet: grid.sheet, expected: REQUIRED_HEADERS_TEXT }) };
  }
  const issues: Finding[] = [];
  const headerRow = header.headerRows[0]!;
  const { columns, extraColumns, duplicates } = assignColumns(
    header,
    (column) => looksLikeProgressColumn(texts, column, header.firstDataRow),
    (column) => looksLikeDeadlineColumn(texts, column, header.firstDataRow),
  );
  for (const { column, used } of duplicates) {
    issues.push(finding('COLUMN_DUPLICATE', cellAddress(headerRow, column), { column: header.headers[column]!, used: header.headers[used]! }));
  }
  for (const { key, name } of REQUIRED_COLUMNS) {
    if (columns[key] === undefined) issues.push(finding('COLUMN_MISSING', rowAddress(headerRow), { column: name }));
  }
  if (columns.deliverable === undefined) issues.push(finding('DELIVERABLE_COLUMN_MISSING', rowAddress(headerRow)));

  const table = readTableRows(texts, grid.rows, header, columns, extraColumns);
  issues.push(...table.issues);
  const letters = Object.entries(columns).map(([key, column]) => [key, columnLetters(column)] as const);
  const cellsOf = (row: number) => {
    const cells: Partial<Record<ColumnKey, string>> = {};
    for (const [key, column] of letters) cells[key as ColumnKey] = `${column}${row}`;
    return cells;
  };
  const tasks = table.tasks.map((raw) => toTask(raw, cellsOf(raw.row)));
  table.tasks.forEach((raw, index) => issues.push(...taskFindings(tasks[index]!, raw, columns)));
  const numbers = tasks.map(({ stt, row, section, subsections, cells }) => ({
    stt,
    row,
    section,
    subsection: subsections.map((heading) => `${heading.row}`).join('/'),
    cell: cells.stt ?? rowAddress(row - 1),
  }));
  issues.push(...checkSttSequence(numbers));

  // The product's own note on the judging day is no part of the plan's heading.
  const linesAbove = texts
    .slice(0, headerRow)
    .map((row) => row.filter((text) => text !== '').join(' '))
    .map((line) => (line.startsWith(JUDGED_ON_NOTE_PREFIX) ? '' : line));
  const heading = readPlanHeading(linesAbove);
  let year = options.year ?? heading.year;
  if (year === null || year === undefined) {
    year = options.fallbackYear;
    issues.push(finding('PLAN_YEAR_GUESSED', 'A1', { year }));
  }
  const units = groupUnits(tasks.flatMap((task) => [...task.lead, ...task.coUnits]));
  return {
    found: true,
    plan: {
      plan: { year, sheet: grid.sheet, title: heading.title },
      layout: { headerRows: header.headerRows, firstDataRow: header.firstDataRow, columns, extraColumns },
      sections: table.sections,
      parts: table.parts,
      subsections: table.subsections,
      tasks,
      units,
      issues: sortByRow(issues),
      heading: linesAbove.filter((line) => line.trim() !== ''),
    },
  };
}

function toTask(raw: RawTask, cells: Partial<Record<ColumnKey, string>>): Task {
  const { progress, completedOn, dueOverride, eventDate } = raw.values;
  return {
    row: raw.row,
    continuationRows: raw.continuationRows,
    stt: raw.stt,
    section: raw.section,
    subsections: raw.subsections,
    task: raw.text.task ?? '',
    deliverable: raw.text.deliverable ?? '',
    lead: splitUnits(raw.text.lead ?? ''),
    coUnits: splitUnits(raw.text.coUnits ?? ''),
    deadlineText: raw.text.deadline ?? '',
    deadlineValue: raw.values.deadline ?? null,
    progress: Object.fromEntries(Object.entries({ progress, completedOn, dueOverride, eventDate }).filter(([, value]) => value !== undefined)),
    cells,
    extra: raw.extra,
  };
}

function taskFindings(task: Task, raw: RawTask, columns: Partial<Record<ColumnKey, number>>): Finding[] {
  const cellOf = (key: ColumnKey) => task.cells[key] ?? rowAddress(task.row - 1);
  const fields = {
    stt: task.stt,
    task: task.task,
    lead: [...task.lead],
    deadline: task.deadlineText,
    deliverable: columns.deliverable === undefined ? '-' : task.deliverable,
  };
  const findings = validateTask(fields, (field) => cellOf(field));
  for (const [key, value] of Object.entries(raw.values)) {
    if (value !== undefined && isCellError(value)) findings.push(finding('CELL_ERROR', cellOf(key as ColumnKey), { error: value.error }));
  }
  return findings;
}

function sortByRow(issues: Finding[]): Finding[] {
  const rowOf = (cell: string) => Number(/\d+$/.exec(cell)?.[0] ?? 0);
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => rowOf(a.issue.cell) - rowOf(b.issue.cell) || a.index - b.index)
    .map(({ issue }) => issue);
}
