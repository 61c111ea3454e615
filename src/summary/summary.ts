import type { IsoDate } from '../dates/calendar-date.js';
import type { DeadlineKind } from '../deadline/deadline.js';
import type { StatusCode } from '../status/status-codes.js';

/**
 * A reporting period. The Ministry's CCHC reports (Công văn 581/BNV-CCHC): Quý I, 6 tháng, Quý III and
 * Năm, data from the 15th of the month before the period, cut off on the 14th, due by the 20th; and
 * plain calendar quarters.
 */
export interface ReportPeriod {
  readonly kind: 'ministry' | 'quarter';
  /** As the user writes it and the CLI takes it: "Quý I/2026", "6 tháng/2026", "Quý III/2026", "Năm 2026", "Q2/2026". */
  readonly label: string;
  /** For the summary sheet's name and title: "Quý I-2026", "6 tháng-2026", "Năm 2026", "Q2-2026". */
  readonly shortTitle: string;
  readonly dataStart: IsoDate;
  readonly cutOff: IsoDate;
  /** The day the report must reach the level above (the 20th), or null for calendar quarters. */
  readonly reportDue: IsoDate | null;
}

/** Day-of-month boundaries of the Ministry's periods, configurable: 15 / 14 / 20 by default. */
export interface PeriodBoundaries {
  readonly dataStartDay: number;
  readonly cutOffDay: number;
  readonly reportDueDay: number;
}

/** Tasks counted by status, with the share of all tasks each status has (0–100, one decimal). */
export interface StatusCounts {
  readonly total: number;
  readonly byStatus: Readonly<Record<StatusCode, number>>;
  readonly percent: Readonly<Record<StatusCode, number>>;
  /** Tasks due by the cut-off (a concrete due date on or before it). */
  readonly dueByCutOff: number;
  /** Of those, the ones done (on time, late, or without a date). */
  readonly doneOfDue: number;
  /** doneOfDue ÷ dueByCutOff as a percentage (one decimal), null when nothing was due. */
  readonly completionRate: number | null;
}

export interface SectionSummary extends StatusCounts {
  readonly label: string | null;
  readonly title: string;
}

export interface UnitSummary extends StatusCounts {
  /** The unit's most common spelling. */
  readonly unit: string;
}

export interface TaskLine {
  readonly row: number;
  readonly stt: string;
  readonly section: string | null;
  readonly task: string;
  readonly lead: readonly string[];
  readonly deadlineText: string;
  readonly kind: DeadlineKind;
  readonly due: IsoDate | null;
  readonly status: StatusCode;
}

export interface OverdueLine extends TaskLine {
  readonly daysOverdue: number;
}

/**
 * A report of a period, of one plan or of a province's: the day its tasks were judged on (the
 * cut-off, or the as-of date when that comes earlier), its totals, its sections, its overdue tasks.
 */
export interface PeriodReport<Totals, Section, Overdue> {
  readonly period: ReportPeriod;
  readonly judgedOn: IsoDate;
  readonly totals: Totals;
  readonly sections: readonly Section[];
  readonly overdue: readonly Overdue[];
}

/** The quarterly summary of a plan (docs/domain.md, "The quarterly summary"). */
export interface PlanSummary extends PeriodReport<StatusCounts, SectionSummary, OverdueLine> {
  /** Per lead unit; a task with two leads counts for each, so these may add up to more than the total. */
  readonly units: readonly UnitSummary[];
  readonly tasksWithSeveralLeads: number;
  /** The calendar quarter after the cut-off's, and the tasks falling due in it; each line's `due` is its date in that quarter. */
  readonly nextQuarter: { readonly label: string; readonly start: IsoDate; readonly end: IsoDate; readonly tasks: readonly TaskLine[] };
}
