import { HyperFormula, type RawCellContent } from 'hyperformula';
import { vietnamHolidays } from '../../src/calendar/vietnam-holidays.js';
import { fromSerialDate, type IsoDate } from '../../src/dates/calendar-date.js';
import type { Deadline } from '../../src/deadline/deadline.js';
import type { CellValue } from '../../src/grid/cell-value.js';
import { computeStatus } from '../../src/status/compute-status.js';
import { PLAN_SHEET_COLUMNS, planSheetColumn } from '../../src/sheet/plan-sheet-layout.js';
import { planSheetRowRefs } from '../../src/sheet/plan-sheet-refs.js';
import { DEFAULT_SETTINGS_NAMES, HELPER_HEADERS, rowFormulas } from '../../src/sheet/row-formulas.js';
import type { RowFormulas, RowRefs } from '../../src/sheet/sheet-formulas.js';
import { sheetSerial } from '../../src/sheet/sheet-serial.js';
import { DONE_WORDS_TEXT } from '../../src/sheet/progress-done-formula.js';
import { localizeFormula, type FormulaConvention } from '../../src/sheet/formula-locale.js';

/**
 * HyperFormula set up to read formulas as a spreadsheet of that convention writes them: English
 * commas, or the Vietnamese locale's `;` between arguments and decimal comma (HyperFormula wants a
 * thousands separator apart from both, and array columns apart from the argument separator).
 */
export function engineConfig(convention: FormulaConvention) {
  return convention === 'comma'
    ? { licenseKey: 'gpl-v3' }
    : { licenseKey: 'gpl-v3', functionArgSeparator: ';', decimalSeparator: ',' as const, thousandSeparator: '.' as const, arrayColumnSeparator: ',' as const, arrayRowSeparator: '|' as const };
}

/**
 * A plan sheet evaluated by a real formula engine (HyperFormula, GPLv3 licence key: a dev
 * dependency, for the tests only), laid out as the product writes it: the columns of
 * PLAN_SHEET_COLUMNS, the helper columns after them, the formulas of `rowFormulas`, and a settings
 * sheet whose cells the workbook names point at (as-of date, due-soon window, days off).
 */

/** A cell as the sheet holds it: dates are serial numbers; a formula gives e.g. an error value. */
export type SheetCell = string | number | boolean | null | { readonly formula: string };

export interface SheetTask {
  readonly deadline: Deadline;
  readonly invalid?: boolean;
  readonly progress?: SheetCell;
  readonly completedOn?: SheetCell;
  readonly dueOverride?: SheetCell;
  readonly eventDate?: SheetCell;
}

export interface RowResult {
  readonly due: IsoDate | null;
  readonly status: string;
}

const PLAN = 'KeHoach';
const SETTINGS = 'CaiDat';
const HEADER_ROWS = 1;
const FIRST_HELPER = PLAN_SHEET_COLUMNS.length;
const DUE = planSheetColumn('due');
const STATUS = planSheetColumn('status');

export const rowRefs = (row: number): RowRefs => planSheetRowRefs(row, FIRST_HELPER);

export class PlanSheetEngine {
  private readonly hf: HyperFormula;
  private readonly plan: number;
  private readonly settings: number;
  private readonly local: (formula: string) => string;
  readonly formulas: readonly RowFormulas[];

  /** `years`: the years whose public holidays fill the days-off list. */
  /** `convention`: the formulas are written as a spreadsheet of that locale takes them (see `localizeFormula`). */
  constructor(
    readonly tasks: readonly SheetTask[],
    options: { years: readonly number[]; dueSoonDays?: number; convention?: FormulaConvention },
  ) {
    const convention = options.convention ?? 'comma';
    this.local = (formula) => localizeFormula(formula, convention);
    const raw = (cell: SheetCell | undefined): RawCellContent => (cell !== null && typeof cell === 'object' ? `=${this.local(cell.formula)}` : rawValue(cell));
    const formulas: RowFormulas[] = [];
    const rows: RawCellContent[][] = [[...PLAN_SHEET_COLUMNS.map((column) => column.header), ...HELPER_HEADERS]];
    tasks.forEach((task, index) => {
      const row = HEADER_ROWS + index + 1;
      const built = rowFormulas(task.deadline, task.invalid ?? false, rowRefs(row), DEFAULT_SETTINGS_NAMES);
      formulas.push(built);
      const cells: RawCellContent[] = PLAN_SHEET_COLUMNS.map(() => null);
      cells[planSheetColumn('stt')] = index + 1;
      cells[planSheetColumn('deadline')] = asText(task.deadline.text);
      cells[planSheetColumn('progress')] = raw(task.progress);
      cells[planSheetColumn('completedOn')] = raw(task.completedOn);
      cells[planSheetColumn('dueOverride')] = raw(task.dueOverride);
      cells[planSheetColumn('eventDate')] = raw(task.eventDate);
      cells[DUE] = `=${this.local(built.due)}`;
      cells[STATUS] = `=${this.local(built.status)}`;
      rows.push([...cells, ...built.helpers.map((value) => (typeof value === 'string' ? asText(value) : value))]);
    });
    this.formulas = formulas;
    const daysOff = options.years.flatMap((year) => vietnamHolidays(year)).map((holiday) => [sheetSerial(holiday.date)]);
    const settings: RawCellContent[][] = [['Ngày đánh giá', sheetSerial('2026-01-01'), asText(DONE_WORDS_TEXT)], ['Số ngày báo trước', options.dueSoonDays ?? 7], ['Ngày nghỉ'], ...daysOff];
    this.hf = HyperFormula.buildFromSheets({ [PLAN]: rows, [SETTINGS]: settings }, engineConfig(convention));
    this.plan = this.hf.getSheetId(PLAN)!;
    this.settings = this.hf.getSheetId(SETTINGS)!;
    this.hf.addNamedExpression(DEFAULT_SETTINGS_NAMES.asOf, `=${SETTINGS}!$B$1`);
    this.hf.addNamedExpression(DEFAULT_SETTINGS_NAMES.dueSoonDays, `=${SETTINGS}!$B$2`);
    this.hf.addNamedExpression(DEFAULT_SETTINGS_NAMES.daysOff, `=${SETTINGS}!$A$4:$A$${3 + Math.max(1, daysOff.length)}`);
    this.hf.addNamedExpression(DEFAULT_SETTINGS_NAMES.doneWords, `=${SETTINGS}!$C$1`);
  }

  setAsOf(date: IsoDate): void {
    this.hf.setCellContents({ sheet: this.settings, row: 0, col: 1 }, [[sheetSerial(date)]]);
  }

  /** Every task row's computed due date and status label, as the engine evaluates them now. */
  results(): RowResult[] {
    const values = this.hf.getRangeValues({
      start: { sheet: this.plan, row: HEADER_ROWS, col: DUE },
      end: { sheet: this.plan, row: HEADER_ROWS + this.tasks.length - 1, col: STATUS },
    });
    return values.map((row) => ({ due: dueOf(row[0]), status: String(typeof row[row.length - 1] === 'object' ? JSON.stringify(row[row.length - 1]) : row[row.length - 1]) }));
  }

  /**
   * Writes `formula` (relative to `firstRow`) beside the first task row and copies it down every task
   * row, as a conditional-formatting rule over the rows applies it; returns its value on each row.
   */
  fillDown(formula: string, firstRow: number): unknown[] {
    const col = FIRST_HELPER + HELPER_HEADERS.length + 1;
    const top = { sheet: this.plan, row: firstRow - 1, col };
    this.hf.setCellContents(top, [[`=${this.local(formula)}`]]);
    this.hf.copy({ start: top, end: top });
    for (let row = firstRow; row < HEADER_ROWS + this.tasks.length; row += 1) this.hf.paste({ sheet: this.plan, row, col });
    const values = this.hf.getRangeValues({ start: top, end: { sheet: this.plan, row: HEADER_ROWS + this.tasks.length - 1, col } }).map((row) => row[0]);
    return values;
  }

  /** The first task row's number (1-based). */
  static readonly FIRST_ROW = HEADER_ROWS + 1;

  destroy(): void {
    this.hf.destroy();
  }
}

/** What `computeStatus` says of a task on a day, with the sheet's cells as the adapters would read them. */
export function engineResult(task: SheetTask, asOf: IsoDate, dueSoonDays = 7): RowResult {
  const status = computeStatus({
    deadline: task.deadline,
    asOf,
    progress: cellValue(task.progress),
    completedOn: cellValue(task.completedOn),
    dueOverride: cellValue(task.dueOverride),
    eventDate: cellValue(task.eventDate),
    invalid: task.invalid ?? false,
    dueSoonDays,
  });
  return { due: status.due, status: status.label };
}

function cellValue(cell: SheetCell | undefined): CellValue {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'object') return { error: '#N/A' };
  return cell;
}

function rawValue(cell: SheetCell | undefined): RawCellContent {
  if (cell === undefined || cell === null || typeof cell === 'object') return null;
  return typeof cell === 'string' ? asText(cell) : cell;
}

/** A text cell, kept as text (HyperFormula would read "100%", "TRUE" or "=abc" typed raw as a number, a boolean, a formula). */
function asText(text: string): string {
  return `'${text}`;
}

function dueOf(value: unknown): IsoDate | null {
  if (value === '' || value === null) return null;
  if (typeof value === 'number' && Number.isInteger(value)) return fromSerialDate(value);
  return `not a date: ${JSON.stringify(value)}`;
}
