import { dayNumber, isoFromDayNumber } from '../../src/calendar/day-number.js';
import type { IsoDate } from '../../src/dates/calendar-date.js';
import type { FormulaConvention } from '../../src/sheet/formula-locale.js';
import { PlanSheetEngine, engineResult, type SheetTask } from './sheet-formulas-workbook.js';
import { edgeDays, taskVariants, type NamedDeadline } from './sheet-formulas-tasks.js';

export interface Comparison {
  /** Deadlines compared: those that differ in more than their words. */
  readonly deadlines: number;
  /** (task row, as-of date) pairs evaluated by the formula engine and by computeStatus. */
  readonly pairs: number;
  readonly rows: number;
  /** The first disagreements, said in words. */
  readonly mismatches: readonly string[];
}

/** Holidays of these years fill the days-off list: every date the comparisons reach, and WORKDAY's 90 days beyond. */
export const HOLIDAY_YEARS = [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032];

/**
 * Lays the deadlines out as plan-sheet rows (each with every progress variant of `taskVariants`),
 * evaluates the sheet with HyperFormula on each as-of date, and compares every row's due date and
 * status label with `computeStatus`. `convention`: the formulas as a spreadsheet of that locale takes
 * them ('semicolon': Việt Nam's `;` and decimal comma), HyperFormula set up the same way.
 */
export function compareWithEngine(all: readonly NamedDeadline[], asOfDates: readonly IsoDate[], dueSoonDays = 7, convention: FormulaConvention = 'comma'): Comparison {
  const named = distinctDeadlines(all);
  const tasks: SheetTask[] = [];
  const names: string[] = [];
  named.forEach((item, index) => {
    for (const task of taskVariants(item, index)) {
      tasks.push(task);
      names.push(item.name);
    }
  });
  const sheet = new PlanSheetEngine(tasks, { years: HOLIDAY_YEARS, dueSoonDays, convention });
  const mismatches: string[] = [];
  let pairs = 0;
  try {
    for (const asOf of asOfDates) {
      sheet.setAsOf(asOf);
      sheet.results().forEach((result, index) => {
        pairs += 1;
        const task = tasks[index]!;
        const expected = engineResult(task, asOf, dueSoonDays);
        if ((result.due !== expected.due || result.status !== expected.status) && mismatches.length < 20) {
          const cells = JSON.stringify({ progress: task.progress, completedOn: task.completedOn, dueOverride: task.dueOverride, eventDate: task.eventDate });
          mismatches.push(`${names[index]} as of ${asOf} ${cells}: sheet ${JSON.stringify(result)}, computeStatus ${JSON.stringify(expected)}`);
        }
      });
    }
  } finally {
    sheet.destroy();
  }
  return { deadlines: named.length, pairs, rows: tasks.length, mismatches };
}

/** One deadline of each shape: "Năm 2026" and "Cả năm 2026" read the same, and so give the same formulas. */
export function distinctDeadlines(named: readonly NamedDeadline[]): NamedDeadline[] {
  const words = new Set(['text', 'label', 'event']);
  const seen = new Set<string>();
  return named.filter((item) => {
    const key = JSON.stringify([item.deadline, item.invalid ?? false], (field, value: unknown) => (words.has(field) ? undefined : value));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every day of `from` … `to`. */
export function daysFrom(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = dayNumber(from); day <= dayNumber(to); day += 1) days.push(isoFromDayNumber(day));
  return days;
}

/**
 * Every day of 2026 (its quarter ends, Tết 16–20/02/2026), the turns of the year before and after,
 * a few days far before and after, and each deadline's own edges: due − 8, due − 7, due, due + 1,
 * start − 1, start.
 */
export function asOfDatesFor(named: readonly NamedDeadline[]): IsoDate[] {
  const around = [...daysFrom('2025-12-20', '2025-12-31'), ...daysFrom('2027-01-01', '2027-01-10')];
  const far = ['2025-01-15', '2025-06-30', '2028-06-30', '2030-12-23', '2030-12-24', '2030-12-31', '2031-01-01'];
  return [...new Set([...daysFrom('2026-01-01', '2026-12-31'), ...around, ...far, ...named.flatMap((item) => edgeDays(item.deadline))])].sort();
}
