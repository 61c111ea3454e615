import type { IsoDate } from '../dates/calendar-date.js';
import { columnLetters } from '../grid/address.js';
import { cycleMarkFormula } from './cycle-name-formula.js';
import { CYCLE_MONTHS, FIXED_STEP_COLUMNS, HELPER, cycleDueDay } from './helper-columns.js';
import type { RowRefs, SettingsNames } from './sheet-formulas.js';
import { columnIndex } from './sheet-serial.js';
import type { CycleStep, EventStep, FixedStep, StepLayout, StepsByKind } from '../status/step-layout.js';
import { stepKeys, type StepKeys, type StepTerm } from './step-selection.js';

/** The cells and names a row's formulas refer to, as formula text. */
export class RowCells {
  readonly asOf: string;
  readonly window: string;
  readonly daysOff: string;
  readonly doneWords: string | undefined;
  /** The computed due date ("Hạn (tự tính)"), which the status formula reads. */
  readonly due: string;
  readonly progress: string;
  /** The raw date cells, and the days they hold (INT drops a time of day). */
  readonly completedOnCell: string;
  readonly overrideCell: string;
  readonly eventDateCell: string;
  readonly completedOn: string;
  readonly override: string;
  readonly eventDate: string;
  private readonly firstHelper: number;

  constructor(
    private readonly refs: RowRefs,
    names: SettingsNames,
  ) {
    this.asOf = names.asOf;
    this.window = names.dueSoonDays;
    this.daysOff = names.daysOff;
    this.doneWords = names.doneWords;
    this.due = this.cell(refs.due);
    this.progress = this.cell(refs.progress);
    this.completedOnCell = this.cell(refs.completedOn);
    this.overrideCell = this.cell(refs.dueOverride);
    this.eventDateCell = this.cell(refs.eventDate);
    this.completedOn = `INT(${this.completedOnCell})`;
    this.override = `INT(${this.overrideCell})`;
    this.eventDate = `INT(${this.eventDateCell})`;
    this.firstHelper = columnIndex(refs.firstHelper);
  }

  /** The helper value at a 0-based place of HELPER. */
  helper(index: number): string {
    return this.cell(columnLetters(this.firstHelper + index));
  }

  private cell(column: string): string {
    return `${column}${this.refs.row}`;
  }
}

/** A cycle as the formula works it out on the day. */
export interface CycleTerm extends StepTerm {
  /** TRUE when the completion date falls inside the cycle; FALSE when not. */
  readonly holdsCompletion: string;
  readonly leavesCompletion: string;
  /** The text naming the cycle after a status: " – kỳ quý IV/2026". */
  readonly mark: string;
}

/** The steps of a row as formula text: fixed steps read their helper columns (or a DATE beyond them). */
export interface StepTerms extends StepsByKind<StepTerm, CycleTerm, StepTerm> {
  readonly keys: StepKeys;
}

export function stepTerms(steps: StepLayout, row: RowCells): StepTerms {
  return {
    fixed: steps.fixed.map((step, index) => fixedTerm(step, index, row)),
    cycles: steps.cycles.map((step, index) => cycleTerm(step, index, row)),
    events: steps.events.map((step, index) => eventTerm(step, index, row)),
    keys: stepKeys(steps.count),
  };
}

function fixedTerm(step: FixedStep, index: number, row: RowCells): StepTerm {
  const inColumns = index < FIXED_STEP_COLUMNS;
  const due = inColumns ? row.helper(HELPER.fixedDue(index)) : dateLiteral(step.due);
  const start = step.start === null ? null : inColumns ? row.helper(HELPER.fixedStart(index)) : dateLiteral(step.start);
  return { due, order: step.order, flag: start === null ? null : `${row.asOf}<${start}` };
}

/**
 * The cycle holding the as-of date x (clamped to the part's own first and last day, when it has
 * them, as `deadlineSteps` does): it ends EOMONTH(x, months − 1 − MOD(MONTH(x) − 1, months)) and is
 * due that day, or on its due day of that month, never past its end.
 */
function cycleTerm(step: CycleStep, index: number, row: RowCells): CycleTerm {
  const months = index === 0 ? row.helper(HELPER.cycleMonths) : String(CYCLE_MONTHS[step.recurrence.every]);
  const dueDay = step.recurrence.dueDay === null ? null : index === 0 ? row.helper(HELPER.cycleDueDay) : String(cycleDueDay(step.recurrence.dueDay));
  const from = step.from === null ? null : dateLiteral(step.from);
  const to = step.to === null ? null : dateLiteral(step.to);
  const asOf = row.asOf;
  const day = from === null ? (to === null ? asOf : `MIN(${asOf},${to})`) : to === null ? `MAX(${asOf},${from})` : `IF(${asOf}<${from},${from},MIN(${asOf},${to}))`;
  const offset = (date: string) => `MOD(MONTH(${date})-1,${months})`;
  const end = (date: string) => `EOMONTH(${date},${months}-1-${offset(date)})`;
  const cycleEnd = end(day);
  return {
    due: dueDay === null ? cycleEnd : `MIN(${cycleEnd},EOMONTH(${day},${months}-2-${offset(day)})+${dueDay})`,
    order: step.order,
    // Without a first day of its own the cycle holds the as-of date: it has begun.
    flag: from === null ? null : `${asOf}<EOMONTH(${day},-1-${offset(day)})+1`,
    holdsCompletion: `${end(row.completedOn)}=${cycleEnd}`,
    leavesCompletion: `${end(row.completedOn)}<>${cycleEnd}`,
    mark: cycleMarkFormula(step.recurrence.every, day),
  };
}

function eventTerm(step: EventStep, index: number, row: RowCells): StepTerm {
  const days = index === 0 ? row.helper(HELPER.eventDays) : String(step.days);
  const due = step.workingDays ? `WORKDAY(${row.eventDate},${days},${row.daysOff})` : `${row.eventDate}+${days}`;
  return { due, order: step.order, flag: `${row.asOf}<${row.eventDate}` };
}

function dateLiteral(date: IsoDate): string {
  return `DATE(${Number(date.slice(0, 4))},${Number(date.slice(5, 7))},${Number(date.slice(8, 10))})`;
}
