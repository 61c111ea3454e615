import type { IsoDate } from '../dates/calendar-date.js';
import type { Step } from './deadline-steps.js';

/**
 * Which steps of a task count as completed, from the progress mark and the completion date.
 *
 * - A recurring step (the current cycle) is completed only by a completion date inside the cycle;
 *   marked done without a date, it counts as done for the cycle.
 * - Marked done, every other step is completed.
 * - Not marked done, the completion date records the last step finished: the steps due on or
 *   before it are completed; a date earlier than every due date completes the first step (nothing
 *   else can have been finished yet). A clerk who held the Q3 meeting on 25/09 (due 30/09) writes
 *   25/09 and the row moves on to Q4.
 * - Not marked done and no date: nothing is completed.
 *
 * @example steps due 30/09 and 31/12, not done, completed 25/09 → [true, false]
 */
export function completedSteps(steps: readonly Step[], done: boolean, completedOn: IsoDate | null): boolean[] {
  const dated = steps.filter((step) => step.cycle === undefined);
  const anyDueBefore = completedOn !== null && dated.some((step) => step.due <= completedOn);
  const first = dated.reduce<Step | undefined>((earliest, step) => (earliest === undefined || step.due < earliest.due ? step : earliest), undefined);
  return steps.map((step) => {
    if (step.cycle !== undefined) {
      if (completedOn === null) return done;
      return step.cycle.start <= completedOn && completedOn <= step.cycle.end;
    }
    if (done) return true;
    if (completedOn === null) return false;
    return step.due <= completedOn || (!anyDueBefore && step === first);
  });
}
