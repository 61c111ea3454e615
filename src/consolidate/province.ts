import type { IsoDate } from '../dates/calendar-date.js';
import type { StatusCode } from '../status/status-codes.js';
import type { PeriodReport, StatusCounts } from '../summary/summary.js';

/** The figures taken from one commune's plan, judged as `cchc report` judges it; the plan itself is not kept. */
export interface CommuneFigures {
  /** "Phường Trần Hưng Đạo", from the plan's title or heading, else the file's name. */
  readonly name: string;
  /** The file as the user named it (a path relative to the folder read, or the name given). */
  readonly file: string;
  readonly counts: StatusCounts;
  /** Days overdue of the task furthest behind; 0 when none is overdue. */
  readonly worstDaysOverdue: number;
  /** Per section of the plan, in plan order; tasks above the first section under key ''. */
  readonly sections: readonly CommuneSection[];
  /** The commune's overdue tasks, most days overdue first. */
  readonly overdue: readonly CommuneOverdueTask[];
}

export interface CommuneSection {
  /** The folded key communes' wordings of one section share (see `sectionKey`). */
  readonly key: string;
  readonly title: string;
  readonly counts: StatusCounts;
}

export interface CommuneOverdueTask {
  readonly section: string | null;
  readonly stt: string;
  readonly task: string;
  readonly lead: readonly string[];
  readonly deadlineText: string;
  readonly due: IsoDate | null;
  readonly daysOverdue: number;
}

/** A file that gave no figures, and why, in Vietnamese. */
export interface ConsolidationProblem {
  readonly file: string;
  readonly message: string;
}

export interface ProvinceSection {
  readonly key: string;
  /** The wording most communes use (the first seen among equals). */
  readonly title: string;
  /** How many communes' plans have this section. */
  readonly communes: number;
  readonly counts: StatusCounts;
}

export interface ProvinceOverdueTask extends CommuneOverdueTask {
  readonly commune: string;
  readonly file: string;
}

/**
 * The province view of many communes' plans for one reporting period; its overdue tasks are every
 * commune's, most days overdue first, then in commune order.
 */
export interface ProvinceConsolidation extends PeriodReport<StatusCounts & { readonly worstDaysOverdue: number }, ProvinceSection, ProvinceOverdueTask> {
  /** The as-of date asked (today by default). */
  readonly asOf: IsoDate;
  /** In the order the files were given (sorted paths for a folder). */
  readonly communes: readonly CommuneFigures[];
  /** The communes from the furthest behind (see `rankCommunes`). */
  readonly ranked: readonly CommuneFigures[];
  readonly problems: readonly ConsolidationProblem[];
}

export type CommuneOutcome = { readonly kind: 'commune'; readonly figures: CommuneFigures } | { readonly kind: 'problem'; readonly problem: ConsolidationProblem };

export type { StatusCode };
