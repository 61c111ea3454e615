import type { Deadline } from '../deadline/deadline.js';
import { STATUS_LABELS, type StatusCode } from '../status/status-codes.js';
import { readableDateFormula } from './date-cell-formula.js';
import { formulaTree, type Assignment, type Condition } from './formula-tree.js';
import { helperValues } from './helper-columns.js';
import { progressDoneFormula } from './progress-done-formula.js';
import type { RowFormulasBuilder, SettingsNames } from './sheet-formulas.js';
import { hasSoleCycle, stepLayout, type StepLayout } from '../status/step-layout.js';
import { RowCells, stepTerms, type StepTerms } from './step-terms.js';
import { latestDue, operand, selectedDue, selectedFlag, type Candidate, type StepTerm } from './step-selection.js';

export { FIXED_STEP_COLUMNS, HELPER_HEADERS } from './helper-columns.js';

/** The workbook names the settings sheet defines: as-of date, due-soon window (days), days off (a range), the texts read as done. */
export const DEFAULT_SETTINGS_NAMES: Required<SettingsNames> = { asOf: 'NgayDanhGia', dueSoonDays: 'SoNgaySapDenHan', daysOff: 'NgayNghi', doneWords: 'DsHoanThanh' };

/** What the formula asks of the row's cells: marked done? a "Hạn cụ thể"? a completion date? an event date? */
type Question = 'done' | 'override' | 'completed' | 'event';

interface Leaf {
  readonly due: string;
  readonly status: string;
}

/**
 * The helper values and the two live formulas of a task's row (see `sheet-formulas.ts`): the due
 * date that decides the status ("Hạn (tự tính)", empty when there is none: TaskStatus.due) and the
 * status label ("Trạng thái (tự tính)"), as `computeStatus` gives them on the settings' as-of date.
 *
 * The formulas are cut to the deadline's shape, known when the sheet is written: which steps it has
 * (their dates in the helper columns), which part comes first. What they work out on the day is
 * what changes: the current cycle of a recurring part (from the as-of date), the progress mark, the
 * completion date, the "Hạn cụ thể" override and the event date of an after-event part. They branch
 * on four questions (done? override? completion date? event date?) and in each branch pick the
 * step that decides as `computeStatus` does: the earliest open one, ties going to the earlier part.
 * The status formula reads the due date from the due cell. When the deadline's only dated part is
 * a recurring one, a status with a due date names its cycle: "Sắp đến hạn – kỳ quý IV/2026".
 *
 * Functions used: IF, AND, OR, ISNUMBER, ISTEXT, ISLOGICAL, FIND, SUBSTITUTE, LOWER, TRIM, INT,
 * MOD, MIN, MAX, MONTH, YEAR, DATE, EOMONTH, WORKDAY, CHOOSE, RIGHT, FALSE() — in Excel 2016, Excel on the web, Google
 * Sheets and HyperFormula alike. Limits (the sheet's own validation keeps to them): the date cells
 * hold real dates from 1990 to 2099 (a date typed as text is no date here, where `readDateCell`
 * would read it); the as-of name holds a whole day (TODAY() or a typed date); progress texts are
 * those of DONE_SPELLINGS (see `progressDoneFormula`).
 *
 * @example "Quý I/2026", row 5, helpers from M → helpers ['period', 46023, 46112, …];
 * due IF(IF(ISNUMBER(I5),AND(I5>=32874,I5<73051)),INT(I5),O5);
 * status IF(<done>,…,IF(<override>,…,IF(K5<NgayDanhGia,"Quá hạn",IF(K5-NgayDanhGia<=SoNgaySapDenHan,"Sắp đến hạn",IF(NgayDanhGia<N5,"Chưa đến kỳ thực hiện","Đang thực hiện (trong hạn)")))))
 */
export const rowFormulas: RowFormulasBuilder = (deadline, invalid, refs, names) => {
  const steps = stepLayout(deadline);
  const helpers = helperValues(deadline, invalid, steps);
  if (invalid) return { helpers, due: '""', status: label('INVALID') };
  const row = new RowCells(refs, names);
  const terms = stepTerms(steps, row);
  const overrideGiven = readableDateFormula(row.overrideCell);
  const questions: Condition<Question>[] = [
    { name: 'done', formula: progressDoneFormula(row.progress, row.doneWords) },
    { name: 'override', formula: overrideGiven },
    { name: 'completed', formula: readableDateFormula(row.completedOnCell) },
    ...(steps.events.length > 0 ? [{ name: 'event' as const, formula: readableDateFormula(row.eventDateCell) }] : []),
  ];
  const leaf = (given: Assignment<Question>) => leafFormulas(deadline, steps, terms, row, given);
  const status = formulaTree(questions, (given) => leaf(given).status);
  const [cycle] = terms.cycles;
  return {
    helpers,
    due: formulaTree(questions, (given) => leaf(given).due),
    // The status names the cycle when it has a due date, as `computeStatus` does; a "Hạn cụ thể" replaces the cycle.
    status: hasSoleCycle(steps) && cycle !== undefined ? `${status}&IF(OR(${row.due}="",${overrideGiven}),"",${cycle.mark})` : status,
  };
};

/** The due and status formulas of one branch: progress done or not, and which date cells hold dates. */
function leafFormulas(deadline: Deadline, steps: StepLayout, terms: StepTerms, row: RowCells, given: Assignment<Question>): Leaf {
  const judge = new Judge(row, given);
  if (given.override) return { due: row.override, status: given.done ? judge.done(true) : judge.timely(null) };
  if (deadline.kind === 'unknown') return { due: '""', status: label('INVALID') };

  const events = given.event ? terms.events : [];
  const pending = steps.pending || (terms.events.length > 0 && !given.event);
  if (terms.fixed.length + terms.cycles.length + events.length === 0) {
    if (!steps.continuous && !pending) return { due: '""', status: label('INVALID') };
    return { due: '""', status: given.done ? judge.done(false) : label(pending ? 'NO_DEADLINE' : 'CONTINUOUS') };
  }
  const latestFixed = terms.fixed[latestFixedIndex(steps)];
  const lastSteps = [...(latestFixed === undefined ? [] : [latestFixed]), ...terms.cycles, ...events];
  const last = latestDue(lastSteps) ?? '""';

  if (given.done) {
    // Marked done: every step is completed but a cycle the completion date is not in.
    if (!given.completed) return { due: last, status: label('DONE') };
    if (terms.cycles.length === 0) return { due: last, status: judge.done(true) };
    const open: Candidate[] = terms.cycles.map((cycle) => ({ ...cycle, open: cycle.leavesCompletion }));
    const allHeld = terms.cycles.length === 1 ? terms.cycles[0]!.holdsCompletion : `AND(${terms.cycles.map((cycle) => cycle.holdsCompletion).join(',')})`;
    return { due: selectedDue(open, last), status: `IF(${allHeld},${judge.done(true)},${judge.timely(selectedFlag(open, null, terms.keys))})` };
  }

  if (!given.completed) {
    // Nothing completed: the earliest step decides; of the fixed ones, the first (they are sorted).
    const open: Candidate[] = [...terms.fixed.slice(0, 1), ...terms.cycles, ...events].map((step) => ({ ...step, open: null }));
    return { due: selectedDue(open, null), status: judge.timely(selectedFlag(open, null, terms.keys)) };
  }

  const open = openAfterCompletion(terms.fixed, events, terms.cycles, row.completedOn);
  if (pending || steps.continuous) {
    // Every step completed, some part undated: NO_DEADLINE or CONTINUOUS, with no due date.
    const undated = label(pending ? 'NO_DEADLINE' : 'CONTINUOUS');
    if (open.length === 0) return { due: '""', status: undated };
    return { due: selectedDue(open, null), status: `IF(${row.due}="",${undated},${judge.timely(selectedFlag(open, null, terms.keys))})` };
  }
  // Every step completed but not marked done: the latest step stays open.
  return { due: selectedDue(open, last), status: judge.timely(selectedFlag(open, lastSteps, terms.keys)) };
}

/**
 * Not marked done, with a completion date (`completedSteps`): a fixed or after-event step is open
 * when due after the date, unless it is the first of them all (a date before every due date
 * completes the first: nothing else can have been finished); a cycle is open unless the date is in it.
 * The first step is the earliest due, the earlier part on a tie: of the fixed steps (sorted) only
 * the first can be it, or an after-event step, whose due date depends on the event date.
 */
function openAfterCompletion(fixed: readonly StepTerm[], events: readonly StepTerm[], cycles: readonly (StepTerm & { leavesCompletion: string })[], completedOn: string): Candidate[] {
  const dueAfter = (step: StepTerm) => `${operand(step.due)}>${completedOn}`;
  const before = (a: StepTerm, b: StepTerm) => `${operand(a.due)}${a.order < b.order ? '<=' : '<'}${operand(b.due)}`;
  const contenders = [...fixed.slice(0, 1), ...events];
  const open: Candidate[] = fixed.slice(1).map((step) => ({ ...step, open: dueAfter(step) }));
  for (const step of contenders) {
    const rivals = contenders.filter((other) => other !== step);
    if (rivals.length === 0) continue;
    const notFirst = rivals.length === 1 ? before(rivals[0]!, step) : `OR(${rivals.map((rival) => before(rival, step)).join(',')})`;
    open.push({ ...step, open: `AND(${notFirst},${dueAfter(step)})` });
  }
  return [...open, ...cycles.map((cycle) => ({ ...cycle, open: cycle.leavesCompletion }))];
}

/** The status words of a branch, from the due cell and the as-of date. */
class Judge {
  constructor(
    private readonly row: RowCells,
    private readonly given: Assignment<Question>,
  ) {}

  /** Marked done: on time or late against the due cell, DONE without a completion date. */
  done(hasDue: boolean): string {
    if (!this.given.completed) return label('DONE');
    if (!hasDue) return label('DONE_ON_TIME');
    return `IF(${this.row.completedOn}<=${this.row.due},${label('DONE_ON_TIME')},${label('DONE_LATE')})`;
  }

  /** Not done: OVERDUE, DUE_SOON, then NOT_DUE when `notYet` (the step's window has not opened), else IN_PROGRESS. */
  timely(notYet: string | null): string {
    const { due, asOf, window } = this.row;
    const inWindow = notYet === null ? label('IN_PROGRESS') : `IF(${notYet},${label('NOT_DUE')},${label('IN_PROGRESS')})`;
    return `IF(${due}<${asOf},${label('OVERDUE')},IF(${due}-${asOf}<=${window},${label('DUE_SOON')},${inWindow}))`;
  }
}

/** Index of the latest fixed step: the latest due date, the earliest in order among equal ones (-1: none). */
function latestFixedIndex(steps: StepLayout): number {
  const last = steps.fixed[steps.fixed.length - 1];
  return last === undefined ? -1 : steps.fixed.findIndex((step) => step.due === last.due);
}

function label(code: StatusCode): string {
  return `"${STATUS_LABELS[code].replace(/"/g, '""')}"`;
}
