import type { IsoDate } from '../dates/calendar-date.js';
import type { Grid } from '../grid/grid.js';
import type { OwnSheet } from '../sheet-model/own-sheets.js';
import type { ColumnsUpdate, DetailedSheetModel } from '../sheet-model/sheet-model.js';
import type { PlanSettings } from './dashboard.js';

export interface SheetInfo {
  readonly name: string;
  /** Whether the user sees the sheet's tab. */
  readonly visible: boolean;
}

/** What the settings sheet the live formulas read holds, found by its defined names. */
export interface SettingsSheetCells {
  /** Whether the workbook has that sheet (its as-of date's name). */
  readonly present: boolean;
  /** Whether it has the done-words cell (a sheet written by an older version has not). */
  readonly hasDoneWords: boolean;
  /** The user's and the built-in days off it lists. */
  readonly daysOff: readonly IsoDate[];
  /** The due-soon window typed there when it is an allowed one (the host reads it in its locale); null otherwise. */
  readonly dueSoonDays: number | null;
}

/**
 * What a host read of a workbook, once, for a use case: the sheets, the product's own sheets, the
 * stored settings and the settings sheet's cells, and the grids of the sheets that may hold the plan.
 */
export interface WorkbookSnapshot {
  /** Today where the workbook is used (the host's clock). */
  readonly today: IsoDate;
  /** Every sheet, in tab order. */
  readonly sheets: readonly SheetInfo[];
  /** The sheet the user is on; null where the host has none (a file). */
  readonly activeSheet: string | null;
  /** The product's own sheets, from the `_cchc` registry (present ones only). */
  readonly registry: readonly OwnSheet[];
  readonly settings: PlanSettings;
  readonly settingsSheet: SettingsSheetCells;
  /**
   * A sheet's cells, or null when the host has not read them. A host that reads eagerly reads what
   * `nextSheetToRead` asks for before calling a use case; one that can read synchronously reads here.
   */
  readonly grid: (sheet: string) => Grid | null;
}

/** A whole sheet to write: added under its name, or written over the own sheet of that name (`replace`). */
export interface SheetWrite {
  readonly model: DetailedSheetModel;
  readonly replace: boolean;
  /** Whether the sheet is one of the product's own (listed in the registry) or a sheet for the user (the template). */
  readonly own: boolean;
}

/** What a use case asks the host to change, applied in as few batched calls as the host allows. */
export interface WorkbookWrites {
  /** Whole sheets, in order. */
  readonly sheets: readonly SheetWrite[];
  /** The registry's whole new content, when it changed. */
  readonly registry: readonly OwnSheet[] | null;
  /** The product's columns on the user's plan sheet. */
  readonly statusColumns: { readonly sheet: string; readonly grid: Grid; readonly update: ColumnsUpdate } | null;
  /** Give an existing settings sheet written by an older version its done-words cell. */
  readonly doneWordsCell: boolean;
  /** A due-soon window to put in the settings sheet's cell (which the live formulas read). */
  readonly dueSoonCell: number | null;
  /** Settings to store with the document. */
  readonly settings: PlanSettings | null;
  readonly activate: string | null;
  readonly select: { readonly sheet: string; readonly cell: string } | null;
}

export const NO_WRITES: WorkbookWrites = {
  sheets: [],
  registry: null,
  statusColumns: null,
  doneWordsCell: false,
  dueSoonCell: null,
  settings: null,
  activate: null,
  select: null,
};
