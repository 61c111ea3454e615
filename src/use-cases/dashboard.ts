import type { IsoDate } from '../dates/calendar-date.js';
import type { Severity } from '../findings/finding.js';
import type { StatusCode } from '../status/status-codes.js';
import type { PeriodBoundaries } from '../summary/summary.js';

/**
 * The one settings model of every host: what the user may choose. Defaults and limits live next to
 * it (src/use-cases/plan-settings.ts); each host only stores it (document settings in Excel,
 * DocumentProperties in Sheets, options on the command line and the page).
 */
export interface PlanSettings {
  /** The plan's year when the user sets it; null: read it from the plan's title. */
  readonly planYear: number | null;
  /** Days before a due date when a task is due soon. */
  readonly dueSoonDays: number;
  /** The sheet holding the plan; null: the active sheet, else the first of the user's sheets that holds one. */
  readonly planSheet: string | null;
  /** Day-of-month boundaries of the Ministry's report periods. */
  readonly boundaries: PeriodBoundaries;
}

export interface DashboardFinding {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: Severity;
  /** Rendered from the catalogue by the core, so that every host shows the same words. */
  readonly text: string;
}

export interface DashboardPeriod {
  /** As `parseReportPeriod` reads it: "Quý I/2026", "Q2/2026". */
  readonly label: string;
  /** What the picker shows: "Quý I/2026 – chốt 14/03/2026". */
  readonly title: string;
}

export interface DashboardPlan {
  readonly sheet: string;
  readonly title: string;
  readonly year: number;
  readonly tasks: number;
  readonly counts: Readonly<Record<StatusCode, number>>;
  /** At most DASHBOARD_FINDINGS_MAX; `moreFindings` counts the rest. */
  readonly findings: readonly DashboardFinding[];
  readonly moreFindings: number;
}

/**
 * What the one dashboard UI shows, in every host (Excel pane, Sheets sidebar, standalone page):
 * plain JSON values only, so that it travels through google.script.run unchanged.
 */
export interface Dashboard {
  readonly today: IsoDate;
  /** The user's sheets (the product's own sheets left out). */
  readonly sheets: readonly string[];
  readonly settings: PlanSettings;
  /** The plan found, or null with `problem` saying why none was. */
  readonly plan: DashboardPlan | null;
  /** Rendered sentence: why no plan was found (empty when one was). */
  readonly problem: string;
  readonly periods: readonly DashboardPeriod[];
  readonly defaultPeriod: string;
}

/** What an action reports back to the UI. */
export interface ActionOutcome {
  readonly ok: boolean;
  /** Rendered sentence from the catalogue. */
  readonly text: string;
  /** The sheet the action wrote or activated, when it made or rebuilt one. */
  readonly sheet: string | null;
}

export const DASHBOARD_FINDINGS_MAX = 200;
