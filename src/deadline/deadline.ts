import type { IsoDate } from '../dates/calendar-date.js';

export const DEADLINE_KINDS = ['date', 'period', 'span', 'recurring', 'milestones', 'continuous', 'directive', 'after-event', 'unknown'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export type RecurrenceEvery = 'year' | 'half-year' | 'quarter' | 'month';

/**
 * A deadline that comes back every cycle. `dueDay` is set when the work is due on a given day of the
 * cycle's last month rather than on its last day: "Trước ngày 10 của tháng cuối quý" → quarter, 9.
 */
export interface Recurrence {
  readonly every: RecurrenceEvery;
  readonly dueDay: number | null;
}

/** One dated step of a milestones deadline: "giao ban quý III: tháng 9/2025". */
export interface Milestone {
  readonly label: string;
  readonly start: IsoDate | null;
  readonly due: IsoDate;
}

/** "Chậm nhất 30 ngày làm việc kể từ ngày UBND Thành phố ký Quyết định …": counted from a date the user enters. */
export interface AfterEvent {
  readonly days: number;
  readonly workingDays: boolean;
  readonly event: string;
}

/** One thing a deadline cell says; a cell with several bullets or lines has several parts. */
export interface DeadlinePart {
  readonly kind: DeadlineKind;
  readonly text: string;
  /** First day of the window the work belongs to (a period's first day), when there is one. */
  readonly start: IsoDate | null;
  /** The final due date, or null when the part names none (continuous, directive, recurring, unknown). */
  readonly due: IsoDate | null;
  readonly recurrence?: Recurrence;
  readonly milestones?: readonly Milestone[];
  readonly afterEvent?: AfterEvent;
}

/**
 * A deadline cell understood. Its own kind, start and due summarise the parts: a single part is the
 * deadline itself; for several, the kind is that of the part which drives the status (the first one
 * with a concrete date, else the first recurring, …) and `due` is the latest concrete due date.
 */
export interface Deadline extends DeadlinePart {
  readonly parts: readonly DeadlinePart[];
}
