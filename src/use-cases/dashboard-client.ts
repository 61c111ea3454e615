import type { ActionOutcome, Dashboard, PlanSettings } from './dashboard.js';

/** What the user can ask of a host from the one dashboard UI. */
export type DashboardAction = { readonly kind: 'createTemplate' } | { readonly kind: 'updateStatus' } | { readonly kind: 'buildSummary'; readonly period: string };

export type DashboardActionKind = DashboardAction['kind'];

/**
 * The tiny interface between the one dashboard UI and a host: office.js calls in the Excel pane,
 * google.script.run in the Sheets sidebar, in-page calls over a dropped file in the standalone page.
 * Every answer is plain JSON (it crosses google.script.run); sentences come rendered from the catalogue.
 */
export interface DashboardClient {
  /** Which actions this host offers (the page has no template or status update in place). */
  readonly actions: readonly DashboardActionKind[];
  /** Reads the workbook (or file) once and answers what the dashboard shows. */
  load(): Promise<Dashboard>;
  run(action: DashboardAction): Promise<ActionOutcome>;
  saveSettings(settings: PlanSettings): Promise<ActionOutcome>;
  /** Shows the user a finding's cell (selects it in Excel/Sheets; the page may scroll its table). */
  showCell(sheet: string, cell: string): Promise<void>;
}
