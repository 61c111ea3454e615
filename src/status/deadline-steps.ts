import { addDays } from 'date-fns';
import { fromLocalDate, toLocalDate, type IsoDate } from '../dates/calendar-date.js';
import type { Deadline } from '../deadline/deadline.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { cycleContaining, type Cycle } from './current-cycle.js';
import { hasSoleCycle, stepLayout, type EventStep } from './step-layout.js';

/** One dated thing a task must deliver: a deadline part's due date, a milestone, the current cycle. */
export interface Step {
  readonly due: IsoDate;
  readonly start: IsoDate | null;
  /** Set for a recurring part: the cycle judged, in which a completion date must fall to count. */
  readonly cycle?: Cycle;
}

/** A deadline laid out for judging on a given day. */
export interface DeadlineSteps {
  /** In the order of the deadline's parts: on equal due dates the earlier one decides. */
  readonly steps: readonly Step[];
  /** Some part is "Thường xuyên" / "Liên tục". */
  readonly continuous: boolean;
  /** Some part waits for a date the user has not entered (a directive, an after-event without its date). */
  readonly pending: boolean;
  /** The only dated part is one recurring part (`hasSoleCycle`): the status names its cycle. */
  readonly soleCycle: boolean;
}

export interface DeadlineStepsContext {
  readonly asOf: IsoDate;
  readonly eventDate: IsoDate | null;
  readonly calendar: WorkingCalendar;
}

/**
 * The dated steps of a deadline as of a day (`stepLayout` dated): each concrete part's due date,
 * each milestone, the current cycle of a recurring part (clamped to the part's own start and end
 * when it has them), the due date of an after-event part counted from the event date — pending
 * without it.
 */
export function deadlineSteps(deadline: Deadline, context: DeadlineStepsContext): DeadlineSteps {
  const layout = stepLayout(deadline);
  const { eventDate } = context;
  const placed: { order: number; step: Step }[] = [
    ...layout.fixed.map(({ order, due, start }) => ({ order, step: { due, start } })),
    ...layout.cycles.map(({ order, recurrence, from, to }) => {
      const cycle = cycleContaining(recurrence, clamp(context.asOf, from, to));
      return { order, step: { due: cycle.due, start: cycle.start, cycle } };
    }),
    ...(eventDate === null ? [] : layout.events.map((event) => ({ order: event.order, step: { due: dueAfterEvent(event, eventDate, context.calendar), start: eventDate } }))),
  ];
  return {
    steps: placed.sort((a, b) => a.order - b.order).map(({ step }) => step),
    continuous: layout.continuous,
    pending: layout.pending || (eventDate === null && layout.events.length > 0),
    soleCycle: hasSoleCycle(layout),
  };
}

function dueAfterEvent(event: EventStep, eventDate: IsoDate, calendar: WorkingCalendar): IsoDate {
  return event.workingDays ? calendar.addWorkingDays(eventDate, event.days) : fromLocalDate(addDays(toLocalDate(eventDate), event.days));
}

function clamp(date: IsoDate, first: IsoDate | null, last: IsoDate | null): IsoDate {
  if (first !== null && date < first) return first;
  if (last !== null && date > last) return last;
  return date;
}
