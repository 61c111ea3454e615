import type { IsoDate } from '../dates/calendar-date.js';

/**
 * What one cell should hold, for any host to write: a string is always literal text (an adapter whose
 * host would read "=…", "+…" or "-…" as a formula must quote it: see `literal-text.ts`); a date is a real
 * date shown dd/mm/yyyy; a formula uses English function names and comma separators, without "=", and
 * may carry the result the core computed, for viewers that do not recalculate.
 */
export type CellContent = string | number | boolean | null | { readonly date: IsoDate } | { readonly formula: string; readonly result?: string | number | { readonly date: IsoDate } | null };

/** A block of cells, 0-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The few looks the product uses; each host maps them to its own formats. */
export type CellLook = 'title' | 'subtitle' | 'header' | 'section' | 'body' | 'date' | 'percent' | 'number' | 'note' | 'total' | 'helper';

/** Status colours, driven by the status formula so they stay true on days the add-in is not opened. */
export type RuleLook = 'overdue' | 'dueSoon' | 'done' | 'invalid';

export interface ConditionalRule {
  readonly range: CellRange;
  /** Relative to the range's top-left cell, without "=": `$L5="Quá hạn"`. */
  readonly formula: string;
  readonly look: RuleLook;
}

export type Validation = { readonly range: CellRange; readonly kind: 'list'; readonly choices: readonly string[] } | { readonly range: CellRange; readonly kind: 'date' };

/** A workbook-level name pointing into a sheet: the settings the live formulas read. */
export interface DefinedName {
  readonly name: string;
  readonly range: CellRange;
}

/** A simple bar chart of the summary's counts. */
export interface BarChart {
  readonly title: string;
  readonly categories: CellRange;
  readonly values: CellRange;
  /** Where the chart goes: the top-left cell. */
  readonly anchor: { readonly row: number; readonly column: number };
  /** How many rows of the default height it spans, when the sheet says (so that it fits on a printed page). */
  readonly heightRows?: number;
}

/**
 * A whole sheet the product writes (the plan sheet, the summary, the settings, the template), described
 * once in the core and rendered by each host's adapter: exceljs, office.js, SpreadsheetApp.
 */
export interface SheetModel {
  readonly name: string;
  readonly rows: readonly (readonly CellContent[])[];
  readonly looks: readonly { readonly range: CellRange; readonly look: CellLook }[];
  readonly merges: readonly CellRange[];
  /** Widths in characters, column by column. */
  readonly columnWidths: readonly number[];
  readonly hiddenColumns: readonly number[];
  readonly frozenRows: number;
  /** Rows repeated at the top of every printed page. */
  readonly printTitleRows?: { readonly top: number; readonly bottom: number };
  readonly validations: readonly Validation[];
  readonly rules: readonly ConditionalRule[];
  readonly dataBars: readonly CellRange[];
  readonly names: readonly DefinedName[];
  readonly chart?: BarChart;
  /** A second chart, of shares (0–1): the completion rate by lead unit on the summary. */
  readonly rateChart?: BarChart;
}

/**
 * The product's own columns on the user's own plan sheet (the add-ins' "Cập nhật trạng thái"): the
 * tracking columns it adds when missing, the computed due date and status, the hidden helpers. Columns
 * found from an earlier run are rewritten in place; new ones go after the last used column. Nothing
 * else on the sheet is touched.
 */
export interface ColumnsUpdate {
  readonly headerRow: number;
  readonly columns: readonly {
    readonly column: number;
    readonly header: string;
    readonly width: number;
    readonly hidden: boolean;
    /** Whether the column already held the user's data (their own progress column): keep its cells. */
    readonly keepCells: boolean;
    readonly cells: readonly { readonly row: number; readonly content: CellContent }[];
  }[];
  readonly validations: readonly Validation[];
  readonly rules: readonly ConditionalRule[];
}

/**
 * Finer looks some cells have on top of their `CellLook`; a host that ignores them still shows the
 * base look right: 'centred' (a short value in its column), 'small' (a small italic note), 'band'
 * (a part heading of the summary), 'bold' (a label, a total), 'input' (a cell the user may change).
 */
export type LookVariant = 'centred' | 'small' | 'band' | 'bold' | 'input';

/** What a validation says when it refuses (or warns about) a value, and the hint shown on the cell. */
export interface ValidationMessage {
  readonly range: CellRange;
  readonly title: string;
  readonly message: string;
  /** Only warn: the user may keep what they typed. */
  readonly warnOnly: boolean;
  readonly prompt?: string;
}

/**
 * The rest of a sheet's layout that the product's own writers apply and another host may: row heights
 * (points; null: the host's own), the tab's colour, how it prints, the autofilter, finer looks, whole
 * number validations and the validations' messages.
 */
export interface SheetModelDetails {
  readonly rowHeights: readonly (number | null)[];
  /** "RRGGBB". */
  readonly tabColor: string;
  /** A4, one page wide unless `print` says the scale; the print title rows are `SheetModel.printTitleRows`. */
  readonly orientation: 'portrait' | 'landscape';
  /** How the sheet is paged when printed, laid out by the core (`paged-rows.ts`); without it, fit to one page wide. */
  readonly print?: PrintLayout;
  readonly autoFilter?: CellRange;
  readonly lookVariants: readonly { readonly range: CellRange; readonly variant: LookVariant }[];
  readonly wholeNumberValidations: readonly { readonly range: CellRange; readonly min: number; readonly max: number }[];
  readonly validationMessages: readonly ValidationMessage[];
}

/** A sheet model with the details the product's own writers use. */
export type DetailedSheetModel = SheetModel & SheetModelDetails;

/** Consecutive rows that print as one: a heading, a table (its first `headerRows` rows its header), a note. */
export interface PrintBlock {
  /** Its first and last rows, 0-based. */
  readonly top: number;
  readonly bottom: number;
  /** How many of its first rows are a table's header (0: a heading, a note, a title block). */
  readonly headerRows: number;
  /** 'withNext': a heading, never the last thing on a page; 'together': short enough for one page, never split; 'split': across pages. */
  readonly keep: 'withNext' | 'together' | 'split';
}

/**
 * A sheet's printed pages as the core laid them out on A4 (`page-model.ts`): the scale, the rows that
 * begin a page (so that no heading is left at a page's foot and a small table is never split), the
 * copies of a table's header at the top of a page the table runs onto, and the blocks the rows make,
 * for a view that pages on its own (the standalone page's print view).
 */
export interface PrintLayout {
  readonly paper: 'A4';
  /** Percent of actual size, 10–100. */
  readonly scale: number;
  /** 0-based rows that begin a printed page, ascending. */
  readonly rowBreaks: readonly number[];
  /** 0-based rows that repeat a table's header after a page break; a view with its own paging leaves them out. */
  readonly repeatedHeaderRows: readonly number[];
  /** Every row in exactly one block, in order. */
  readonly blocks: readonly PrintBlock[];
}
