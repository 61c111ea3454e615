import type { Finding } from '../findings/finding.js';
import type { CellValue } from '../grid/cell-value.js';

/** The canonical appendix columns, in their canonical order. */
export const TASK_COLUMNS = ['stt', 'task', 'deliverable', 'lead', 'coUnits', 'deadline'] as const;
export type TaskColumn = (typeof TASK_COLUMNS)[number];

/** Columns the product adds for tracking, recognised when the user already has them. */
export const PROGRESS_COLUMNS = ['progress', 'completedOn', 'dueOverride', 'eventDate'] as const;
export type ProgressColumn = (typeof PROGRESS_COLUMNS)[number];

export type ColumnKey = TaskColumn | ProgressColumn;

/**
 * A section of the plan: "II" and "CẢI CÁCH THỂ CHẾ". `label` is the section's key, unique in the plan:
 * the numeral as written, or "A.I" inside part A, or "I (2)" for a numeral seen again with no part
 * between. A part that holds tasks directly (no Roman sections under it) is also a section, labelled "A".
 */
export interface Section {
  readonly label: string;
  readonly title: string;
  readonly row: number;
  /** The part above the section ("A", or "I" for "PHẦN I"), when the table has parts. */
  readonly part?: string;
  /** The numeral as written in the STT cell ("I"), when it differs from `label`; "" for a part acting as a section. */
  readonly numeral?: string;
}

/** A part of the plan above its Roman sections: "A" and "NHIỆM VỤ CHUNG", or "PHẦN I". */
export interface Part {
  /** The part's key: "A", or "I" for "PHẦN I". */
  readonly label: string;
  /** The label as the STT cell wrote it, without the title: "A", "PHẦN I". */
  readonly written: string;
  readonly title: string;
  readonly row: number;
}

/**
 * A heading row inside a section that groups the tasks below it: "1.1", "III.2" or "a)" with a title
 * and no lead unit or deadline.
 */
export interface SubSection {
  /** The number as written, tidied: "1.1", "III.2", "a". */
  readonly label: string;
  readonly title: string;
  /** 1-based source row. */
  readonly row: number;
  /** The key of the section it is in, null above the first section. */
  readonly section: string | null;
  /** How deep it is under its section: 1 for the outermost heading. */
  readonly level: number;
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
  /** The heading rows above the task inside its section, outermost first; empty when there are none. */
  readonly subsections: readonly SubSection[];
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
  /** Parts above the sections ("A", "B", "PHẦN I"); empty for most plans. */
  readonly parts: readonly Part[];
  /** Heading rows inside sections, in row order. */
  readonly subsections: readonly SubSection[];
  readonly tasks: readonly Task[];
  readonly units: readonly UnitGroup[];
  readonly issues: readonly Finding[];
  /** The non-blank lines above the task table, top to bottom (where the issuing commune is named). */
  readonly heading?: readonly string[];
}
