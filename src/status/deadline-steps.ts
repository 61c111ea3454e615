import { addDays } from 'date-fns';
import { fromLocalDate, toLocalDate, type IsoDate } from '../dates/calendar-date.js';
import type { Deadline, DeadlinePart } from '../deadline/deadline.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { cycleContaining, type Cycle } from './current-cycle.js';

/** One dated thing a task must deliver: a deadline part's due date, a milestone, the current cycle. */
export interface Step {
  readonly due: IsoDate;
  readonly start: IsoDate | null;
  /** Set for a recurring part: the cycle judged, in which a completion date must fall to count. */
  readonly cycle?: Cycle;
}

/** A deadline laid out for judging on a given day. */
export interface DeadlineSteps {
  readonly steps: readonly Step[];
  /** Some part is "Thường xuyên" / "Liên tục". */
  readonly continuous: boolean;
  /** Some part waits for a date the user has not entered (a directive, an after-event without its date). */
  readonly pending: boolean;
}

export interface DeadlineStepsContext {
  readonly asOf: IsoDate;
  readonly eventDate: IsoDate | null;
  readonly calendar: WorkingCalendar;
}

/**
 * The dated steps of a deadline as of a day: each concrete part's due date, each milestone, the
 * current cycle of a recurring part (clamped to the part's own start and end when it has them),
 * the due date of an after-event part counted from the event date. Undated parts are flagged;
 * parts of unknown kind are left out.
 */
export function deadlineSteps(deadline: Deadline, context: DeadlineStepsContext): DeadlineSteps {
  const parts: readonly DeadlinePart[] = deadline.parts.length > 0 ? deadline.parts : [deadline];
  const steps: Step[] = [];
  let continuous = false;
  let pending = false;
  for (const part of parts) {
    switch (part.kind) {
      case 'date':
      case 'period':
      case 'span':
        if (part.due !== null) steps.push({ due: part.due, start: part.start });
        break;
      case 'milestones':
        for (const milestone of part.milestones ?? []) steps.push({ due: milestone.due, start: milestone.start });
        if ((part.milestones ?? []).length === 0 && part.due !== null) steps.push({ due: part.due, start: part.start });
        break;
      case 'recurring':
        if (part.recurrence) {
          const cycle = cycleContaining(part.recurrence, clamp(context.asOf, part.start, part.due));
          steps.push({ due: cycle.due, start: cycle.start, cycle });
        }
        break;
      case 'after-event':
        if (part.afterEvent && context.eventDate !== null) {
          steps.push({ due: dueAfterEvent(part, context.eventDate, context.calendar), start: context.eventDate });
        } else {
          pending = true;
        }
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
  return { steps, continuous, pending };
}

function dueAfterEvent(part: DeadlinePart, eventDate: IsoDate, calendar: WorkingCalendar): IsoDate {
  const { days, workingDays } = part.afterEvent!;
  return workingDays ? calendar.addWorkingDays(eventDate, days) : fromLocalDate(addDays(toLocalDate(eventDate), days));
}

function clamp(date: IsoDate, first: IsoDate | null, last: IsoDate | null): IsoDate {
  if (first !== null && date < first) return first;
  if (last !== null && date > last) return last;
  return date;
}
