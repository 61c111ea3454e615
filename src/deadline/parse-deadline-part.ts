import type { DeadlineKind, DeadlinePart } from './deadline.js';
import { readDeadlinePhrase } from './read-deadline-phrase.js';

/** A part of a cell as read, with the label it carries when it is one step of a schedule. */
export interface LabelledPart {
  readonly part: DeadlinePart;
  /** "Giao ban quý III" in "Giao ban quý III: tháng 9/2025"; null for a part without a label. */
  readonly label: string | null;
}

const CONCRETE: ReadonlySet<DeadlineKind> = new Set(['date', 'period', 'span', 'milestones']);
/** "label: time" or "time: label"; a colon between digits ("8:30") is a time of day, not a label. */
const LABEL_COLON = /^(.*?\S)\s*:\s*(\S.*)$/s;

/**
 * Reads one part of a deadline cell. A part "label: time" ("Giao ban quý III: tháng 9/2025") or
 * "time: label" ("Quý I/2026: Kế hoạch") is read by its time and keeps the other side as its label,
 * so that several of them in one cell become milestones. A side with a date wins over one without:
 * "Quý I/2026: theo chỉ đạo" is due 2026-03-31; "Báo cáo: hằng quý" is read by its cycle.
 */
export function parseDeadlinePart(text: string, planYear: number | null): LabelledPart {
  const sides = LABEL_COLON.exec(text);
  const before = sides?.[1]?.trim() ?? '';
  const after = sides?.[2]?.trim() ?? '';
  const timeOfDay = /\d$/.test(before) && /^\d/.test(after);
  if (sides !== null && !timeOfDay) {
    const right = readDeadlinePhrase(after, planYear);
    if (CONCRETE.has(right.kind)) return { part: { text, ...right }, label: before };
    const left = readDeadlinePhrase(before, planYear);
    if (CONCRETE.has(left.kind)) return { part: { text, ...left }, label: after };
    if (right.kind !== 'unknown') return { part: { text, ...right }, label: null };
  }
  return { part: { text, ...readDeadlinePhrase(text, planYear) }, label: null };
}

/** Whether a part names a due date of its own (a date, a period, a span or milestones). */
export function isConcretePart(part: DeadlinePart): boolean {
  return CONCRETE.has(part.kind) && part.due !== null;
}
