/**
 * What the sidebar and the server functions pass each other through `google.script.run`: plain
 * values only (no Date: dates travel as ISO strings "2026-06-15").
 */
import type { Finding } from '../src/findings/finding.js';
import type { StatusCode } from '../src/status/status-codes.js';

/** The user's choices, kept in the spreadsheet's DocumentProperties. */
export interface SidebarSettings {
  /** The plan's year when the user sets it; null: read it from the plan's title. */
  readonly planYear: number | null;
  /**
   * Days before a due date when a task counts as due soon (7 unless the user sets another), within
   * DUE_SOON_DAYS_MIN…MAX (src/sheet/due-soon-limits.ts); the settings sheet's cell when it has one.
   */
  readonly dueSoonDays: number;
  /** The sheet holding the plan; null: the active sheet (or the first sheet with a plan). */
  readonly planSheet: string | null;
}

export interface DashboardCount {
  readonly code: StatusCode;
  readonly label: string;
  readonly count: number;
}

export interface DashboardFinding {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: Finding['severity'];
  readonly message: string;
}

export interface DashboardPeriod {
  /** As `parseReportPeriod` reads it: "Quý I/2026", "Q2/2026". */
  readonly label: string;
  /** What the picker shows (`PeriodChoice.text`): "Quý I/2026 – chốt 14/03/2026". */
  readonly title: string;
}

export interface Dashboard {
  readonly today: string;
  /** The user's sheets (the add-on's own sheets left out). */
  readonly sheets: readonly string[];
  readonly settings: SidebarSettings;
  /** Where the plan was found, or null with `message` saying why none was. */
  readonly planSheet: string | null;
  readonly planTitle: string;
  readonly planYear: number | null;
  readonly message: string;
  readonly taskCount: number;
  readonly counts: readonly DashboardCount[];
  readonly findings: readonly DashboardFinding[];
  /** How many findings were left out of `findings` to keep the sidebar light. */
  readonly moreFindings: number;
  readonly periods: readonly DashboardPeriod[];
  readonly defaultPeriod: string;
}

/** What an action reports back, in Vietnamese. */
export interface ActionResult {
  readonly message: string;
  /** The sheet the action wrote, when it made or rebuilt one. */
  readonly sheet: string | null;
}
