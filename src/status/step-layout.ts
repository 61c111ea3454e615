import type { IsoDate } from '../dates/calendar-date.js';
import type { Deadline, DeadlinePart, Recurrence } from '../deadline/deadline.js';

/** A step whose dates are known from the deadline alone: a concrete part's due date, a milestone. */
export interface FixedStep {
  readonly due: IsoDate;
  readonly start: IsoDate | null;
  /** Place among the deadline's steps, in the order of its parts: it breaks ties between equal due dates. */
  readonly order: number;
}

/** A recurring part: its step is the cycle that holds the as-of date, worked out on the day. */
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

/** The steps of a deadline by what each needs to be dated: the fixed ones, the cycles (from the as-of date), the after-event ones (from the event date). */
export interface StepsByKind<Fixed, Cycle, Event> {
  readonly fixed: readonly Fixed[];
  readonly cycles: readonly Cycle[];
  readonly events: readonly Event[];
}

/**
 * A deadline laid out in steps, minus the day: what the status engine dates on the judging day
 * (`deadlineSteps`) and the live formulas date on the sheet's as-of day, laid out once for both.
 */
export interface StepLayout extends StepsByKind<FixedStep, CycleStep, EventStep> {
  /** Sorted by due date, then by order: the first is the step completed first, the last the latest. */
  readonly fixed: readonly FixedStep[];
  /** Some part is continuous. */
  readonly continuous: boolean;
  /** Some part waits for a date whatever the user enters in the event-date cell (a directive). */
  readonly pending: boolean;
  /** How many steps there are in all, so that orders stay below it. */
  readonly count: number;
}

/**
 * The steps of a deadline, each with its place among the parts (`order`), split by what must be
 * worked out on the day: fixed steps, cycles (from the as-of date), after-event steps (from the event
 * date). Undated parts are flagged (directives and after-event parts without their number of days
 * as pending, "Thường xuyên" as continuous); parts of unknown kind are left out.
 *
 * @example stepLayout("- Theo chỉ đạo của UBND Thành phố - 06 tháng/lần") → one half-yearly cycle, pending
 */
export function stepLayout(deadline: Deadline): StepLayout {
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

/**
 * Whether a deadline's only dated part is one recurring part ("Hằng quý", "Thường xuyên, báo cáo 6
 * tháng/lần"): then every status it has with a due date is about the current cycle, and says which.
 */
export function hasSoleCycle(layout: StepLayout): boolean {
  return layout.cycles.length === 1 && layout.fixed.length === 0 && layout.events.length === 0;
}
