import type { Finding } from '../findings/finding.js';
import type { CellValue } from '../grid/cell-value.js';

/** The canonical appendix columns, in their canonical order. */
export const TASK_COLUMNS = ['stt', 'task', 'deliverable', 'lead', 'coUnits', 'deadline'] as const;
export type TaskColumn = (typeof TASK_COLUMNS)[number];

/** Columns the product adds for tracking, recognised when the user already has them. */
export const PROGRESS_COLUMNS = ['progress', 'completedOn', 'dueOverride', 'eventDate'] as const;
export type ProgressColumn = (typeof PROGRESS_COLUMNS)[number];

export type ColumnKey = TaskColumn | ProgressColumn;

/** A section of the plan: "II" and "CẢI CÁCH THỂ CHẾ". */
export interface Section {
  readonly label: string;
  readonly title: string;
  readonly row: number;
}

/** A column of the task table that is not one we know, kept with its header as the user wrote it. */
export interface ExtraColumn {
  readonly column: number;
  readonly header: string;
}

/** One task of the appendix, continuation rows already joined. */
export interface Task {
  /** 1-based row of the task's first line in the source. */
  readonly row: number;
  /** 1-based rows of continuation lines joined into this task. */
  readonly continuationRows: readonly number[];
  readonly stt: string;
  readonly section: string | null;
  readonly task: string;
  readonly deliverable: string;
  readonly lead: readonly string[];
  readonly coUnits: readonly string[];
  readonly deadlineText: string;
  /** The deadline cell's own value: a real date cell or a serial number is read as a date. */
  readonly deadlineValue: CellValue;
  /** The user's tracking cells, when the sheet has those columns. */
  readonly progress: Readonly<Partial<Record<ProgressColumn, CellValue>>>;
  /** Source address of each known column's cell in the task's first row. */
  readonly cells: Readonly<Partial<Record<ColumnKey, string>>>;
  /** Other columns' text, by header. */
  readonly extra: Readonly<Record<string, string>>;
}

/** The task table as recognised in a grid: where it is and what each column holds. */
export interface TableLayout {
  readonly headerRows: readonly number[];
  readonly firstDataRow: number;
  readonly columns: Readonly<Partial<Record<ColumnKey, number>>>;
  readonly extraColumns: readonly ExtraColumn[];
}

/** A unit as summaries show it: the most common spelling of a folded key, and all spellings seen. */
export interface UnitGroup {
  readonly key: string;
  readonly name: string;
  readonly spellings: readonly string[];
}

export interface PlanInfo {
  readonly year: number;
  readonly sheet: string;
  readonly title: string;
}

/** An appendix read from a grid: tasks, sections, units and everything found wrong on the way. */
export interface Plan {
  readonly plan: PlanInfo;
  readonly layout: TableLayout;
  readonly sections: readonly Section[];
  readonly tasks: readonly Task[];
  readonly units: readonly UnitGroup[];
  readonly issues: readonly Finding[];
  /** The non-blank lines above the task table, top to bottom (where the issuing commune is named). */
  readonly heading?: readonly string[];
}
