import type { IsoDate } from '../dates/calendar-date.js';
import type { Deadline, DeadlinePart, Recurrence } from '../deadline/deadline.js';

/** A step whose dates are known when the sheet is written: a concrete part's due date, a milestone. */
export interface FixedStep {
  readonly due: IsoDate;
  readonly start: IsoDate | null;
  /** Place among the deadline's steps, as `deadlineSteps` lists them: it breaks ties between equal due dates. */
  readonly order: number;
}

/** A recurring part: its step is the cycle that holds the as-of date, worked out by the formula. */
export interface CycleStep {
  readonly recurrence: Recurrence;
  /** The part's own first and last day, which the as-of date is clamped to (null: none). */
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
  readonly order: number;
}

/** An after-event part: its step is due `days` (working) days after the date the user enters. */
export interface EventStep {
  readonly days: number;
  readonly workingDays: boolean;
  readonly order: number;
}

/** A deadline laid out for the live formulas: what `deadlineSteps` would produce on any day, minus the day. */
export interface SheetSteps {
  /** Sorted by due date, then by order: the first is the step completed first, the last the latest. */
  readonly fixed: readonly FixedStep[];
  readonly cycles: readonly CycleStep[];
  readonly events: readonly EventStep[];
  /** Some part is continuous. */
  readonly continuous: boolean;
  /** Some part waits for a date whatever the user enters in the event-date cell (a directive). */
  readonly pending: boolean;
  /** How many steps there are in all, so that orders stay below it. */
  readonly count: number;
}

/**
 * The steps of a deadline in the order `deadlineSteps` gives them, split by what the formula must
 * work out on the day: fixed steps, cycles (from the as-of date), after-event steps (from the event
 * date). Parts of unknown kind are left out, as the status engine leaves them out.
 *
 * @example sheetSteps("- Theo chỉ đạo của UBND Thành phố - 06 tháng/lần") → one half-yearly cycle, pending
 */
export function sheetSteps(deadline: Deadline): SheetSteps {
  const parts: readonly DeadlinePart[] = deadline.parts.length > 0 ? deadline.parts : [deadline];
  const fixed: FixedStep[] = [];
  const cycles: CycleStep[] = [];
  const events: EventStep[] = [];
  let continuous = false;
  let pending = false;
  let order = 0;
  for (const part of parts) {
    switch (part.kind) {
      case 'date':
      case 'period':
      case 'span':
        if (part.due !== null) fixed.push({ due: part.due, start: part.start, order: order++ });
        break;
      case 'milestones':
        for (const milestone of part.milestones ?? []) fixed.push({ due: milestone.due, start: milestone.start, order: order++ });
        if ((part.milestones ?? []).length === 0 && part.due !== null) fixed.push({ due: part.due, start: part.start, order: order++ });
        break;
      case 'recurring':
        if (part.recurrence) cycles.push({ recurrence: part.recurrence, from: part.start, to: part.due, order: order++ });
        break;
      case 'after-event':
        if (part.afterEvent) events.push({ days: part.afterEvent.days, workingDays: part.afterEvent.workingDays, order: order++ });
        else pending = true;
        break;
      case 'directive':
        pending = true;
        break;
      case 'continuous':
        continuous = true;
        break;
      case 'unknown':
        break;
    }
  }
  fixed.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.order - b.order));
  return { fixed, cycles, events, continuous, pending, count: order };
}
