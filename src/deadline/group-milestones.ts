import type { DeadlinePart, Milestone } from './deadline.js';
import { isConcretePart, type LabelledPart } from './parse-deadline-part.js';
import { milestonesDeadline } from './times-reading.js';

/**
 * Joins the dated parts of a cell into one milestones part when there are two or more, labelled or not:
 * - "Giao ban quý III: tháng 9/2025; giao ban quý IV: tháng 12/2025" → milestones
 *   [Giao ban quý III → 2025-09-30, giao ban quý IV → 2025-12-31], due 2025-12-31;
 * - "Tháng 3/2026⏎Tháng 9/2026", "15/3/2026; 15/9/2026" → milestones [Tháng 3/2026 → 2026-03-31,
 *   Tháng 9/2026 → 2026-09-30]: times on separate lines or clauses are steps, not one range
 *   (a range is written in one phrase: "Tháng 3 - 9/2026").
 * An unlabelled part is labelled by its own text. The milestones take the place of the first dated
 * part; other parts keep their order. A single dated part ("Thời gian: Quý I/2026") stays as it is.
 */
export function groupMilestones(parts: readonly LabelledPart[]): DeadlinePart[] {
  const dated = parts.filter((read) => read.label !== null || isConcretePart(read.part));
  if (dated.length < 2) return parts.map((read) => read.part);
  const milestones = dated.flatMap(({ part, label }) => milestonesOf(part, label));
  const reading = milestonesDeadline(milestones);
  // As for a cell's parts: no start when one step has none ("Trước 15/01/2026" may begin any time).
  const starts = milestones.map((step) => step.start);
  const start = starts.length === 0 || starts.includes(null) ? null : (starts as string[]).reduce((earliest, day) => (day < earliest ? day : earliest));
  const merged: DeadlinePart = { text: dated.map((read) => read.part.text).join('; '), ...reading, start };
  const grouped: DeadlinePart[] = [];
  for (const read of parts) {
    if (!dated.includes(read)) grouped.push(read.part);
    else if (read === dated[0]) grouped.push(merged);
  }
  return grouped;
}

function milestonesOf(part: DeadlinePart, label: string | null): Milestone[] {
  if (part.milestones !== undefined) {
    return label === null ? [...part.milestones] : part.milestones.map((step) => ({ ...step, label: `${label}: ${step.label}` }));
  }
  return part.due === null ? [] : [{ label: label ?? part.text, start: part.start, due: part.due }];
}
