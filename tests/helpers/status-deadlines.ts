import type { IsoDate } from '../../src/dates/calendar-date.js';
import type { AfterEvent, Deadline, DeadlinePart, Milestone, Recurrence, RecurrenceEvery } from '../../src/deadline/deadline.js';

/** Deadlines written by hand, as `parseDeadline` would give them, for the status tests. */

export function deadlineOf(...parts: DeadlinePart[]): Deadline {
  const [first] = parts;
  if (first === undefined) throw new Error('a deadline needs a part');
  return { ...first, parts };
}

export function datePart(due: IsoDate, text = `Trước ngày ${due}`): DeadlinePart {
  return { kind: 'date', text, start: null, due };
}

export function periodPart(start: IsoDate, due: IsoDate, text = `${start} – ${due}`): DeadlinePart {
  return { kind: 'period', text, start, due };
}

export function spanPart(start: IsoDate, due: IsoDate): DeadlinePart {
  return { kind: 'span', text: `${start.slice(0, 4)}-${due.slice(0, 4)}`, start, due };
}

export function recurringPart(every: RecurrenceEvery, dueDay: number | null = null): DeadlinePart {
  const recurrence: Recurrence = { every, dueDay };
  return { kind: 'recurring', text: `Hằng ${every}`, start: null, due: null, recurrence };
}

export function milestonesPart(...milestones: Milestone[]): DeadlinePart {
  const last = milestones[milestones.length - 1];
  return { kind: 'milestones', text: milestones.map((m) => m.label).join('; '), start: null, due: last?.due ?? null, milestones };
}

export function milestone(label: string, start: IsoDate | null, due: IsoDate): Milestone {
  return { label, start, due };
}

export function afterEventPart(days: number, workingDays = true): DeadlinePart {
  const afterEvent: AfterEvent = { days, workingDays, event: 'UBND Thành phố ký Quyết định' };
  return { kind: 'after-event', text: `Chậm nhất ${days} ngày làm việc kể từ ngày ký`, start: null, due: null, afterEvent };
}

export function continuousPart(): DeadlinePart {
  return { kind: 'continuous', text: 'Thường xuyên', start: null, due: null };
}

export function directivePart(): DeadlinePart {
  return { kind: 'directive', text: 'Theo chỉ đạo của UBND Thành phố', start: null, due: null };
}

export function unknownPart(text = 'khi nào xong thì báo'): DeadlinePart {
  return { kind: 'unknown', text, start: null, due: null };
}
