import type { DeadlinePart, Milestone } from './deadline.js';
import type { LabelledPart } from './parse-deadline-part.js';
import { milestonesDeadline } from './times-reading.js';

/**
 * Joins the labelled parts of a cell into one milestones part when there are two or more:
 * "Giao ban quý III: tháng 9/2025; giao ban quý IV: tháng 12/2025" → milestones
 * [Giao ban quý III → 2025-09-30, giao ban quý IV → 2025-12-31], due 2025-12-31.
 * It takes the place of the first of them; other parts keep their order. A single labelled part
 * ("Thời gian: Quý I/2026") stays as it is.
 */
export function groupMilestones(parts: readonly LabelledPart[]): DeadlinePart[] {
  const labelled = parts.filter((read) => read.label !== null);
  if (labelled.length < 2) return parts.map((read) => read.part);
  const milestones = labelled.flatMap(({ part, label }) => milestonesOf(part, label ?? ''));
  const merged: DeadlinePart = { text: labelled.map((read) => read.part.text).join('; '), ...milestonesDeadline(milestones) };
  const grouped: DeadlinePart[] = [];
  for (const read of parts) {
    if (read.label === null) grouped.push(read.part);
    else if (read === labelled[0]) grouped.push(merged);
  }
  return grouped;
}

function milestonesOf(part: DeadlinePart, label: string): Milestone[] {
  if (part.milestones !== undefined) return part.milestones.map((step) => ({ ...step, label: `${label}: ${step.label}` }));
  return part.due === null ? [] : [{ label, start: part.start, due: part.due }];
}
