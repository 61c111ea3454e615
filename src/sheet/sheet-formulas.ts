import type { Deadline } from '../deadline/deadline.js';

/**
 * Workbook-level names the live formulas refer to, defined on the settings sheet the product writes:
 * the as-of date (`=TODAY()` unless the user pins a date), the due-soon window in days, and the list
 * of days off for WORKDAY (the built-in Vietnamese holidays plus the user's own), and the list of
 * progress texts that mean done.
 */
export interface SettingsNames {
  readonly asOf: string;
  readonly dueSoonDays: string;
  readonly daysOff: string;
  /** The cell holding the progress texts read as done (DONE_WORDS_TEXT); absent: the formulas hold the list. */
  readonly doneWords?: string;
}

/** Where a row's cells are, as A1 column letters of the plan sheet, and which row it is (1-based). */
export interface RowRefs {
  readonly row: number;
  readonly progress: string;
  readonly completedOn: string;
  readonly dueOverride: string;
  readonly eventDate: string;
  readonly due: string;
  /** Letter of the first hidden helper column; helper values go in consecutive columns from here. */
  readonly firstHelper: string;
}

/** What the plan sheet holds for one task so that its due date and status stay true on any day. */
export interface RowFormulas {
  /** Values of the hidden helper columns, left to right (numbers, ISO dates as serial numbers, text, or null). */
  readonly helpers: readonly (string | number | null)[];
  /** Formula (without "=") for the computed due date ("Hạn (tự tính)"). */
  readonly due: string;
  /** Formula (without "=") for the computed status, giving the Vietnamese label of the status code. */
  readonly status: string;
}

export type RowFormulasBuilder = (deadline: Deadline, invalid: boolean, refs: RowRefs, names: SettingsNames) => RowFormulas;
