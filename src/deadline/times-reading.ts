import { dayAfter, type DateWindow } from './calendar-windows.js';
import type { Milestone } from './deadline.js';
import type { DeadlineReading } from './deadline-reading.js';
import { formatTimeRef, type TimeRef } from './time-ref.js';

/**
 * The deadline that complete times name, in order, once their windows are known.
 * - One day: a date ("15/6/2026" → due 2026-06-15).
 * - A window (a month, a quarter, a range, times that follow one another): a period from its first to
 *   its last day; a span when it is whole years across several years ("2026-2030").
 * - Times with gaps between them ("Tháng 6 và tháng 12/2026"): milestones, one per time.
 * - `byLastDay` ("Chậm nhất tháng 10/2026"): a date on the last day, without a window.
 */
export function timesReading(byLastDay: boolean, listed: boolean, refs: readonly TimeRef[], windows: readonly DateWindow[]): DeadlineReading {
  if (listed && !followOneAnother(windows)) return milestonesReading(refs, windows);
  const start = windows.reduce((min, window) => (window.start < min ? window.start : min), windows[0]?.start ?? '');
  const due = windows.reduce((max, window) => (window.end > max ? window.end : max), windows[0]?.end ?? '');
  if (byLastDay || (refs.length === 1 && refs[0]?.unit === 'day')) return { kind: 'date', start: null, due };
  const wholeYears = refs.every((ref) => ref.unit === 'year');
  return { kind: wholeYears && start.slice(0, 4) !== due.slice(0, 4) ? 'span' : 'period', start, due };
}

function followOneAnother(windows: readonly DateWindow[]): boolean {
  const sorted = [...windows].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return sorted.every((window, i) => {
    const previous = sorted[i - 1];
    return previous === undefined || window.start === dayAfter(previous.end);
  });
}

function milestonesReading(refs: readonly TimeRef[], windows: readonly DateWindow[]): DeadlineReading {
  const milestones: Milestone[] = refs.map((ref, i) => ({
    label: formatTimeRef(ref),
    start: ref.unit === 'day' ? null : (windows[i]?.start ?? null),
    due: windows[i]?.end ?? '',
  }));
  return milestonesDeadline(milestones);
}

/** A milestones deadline: due with its last milestone, starting with its earliest one. */
export function milestonesDeadline(milestones: readonly Milestone[]): DeadlineReading {
  const byDue = [...milestones].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return {
    kind: 'milestones',
    start: byDue[0]?.start ?? null,
    due: byDue[byDue.length - 1]?.due ?? null,
    milestones,
  };
}
