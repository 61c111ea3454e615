import type { DeadlineKind } from './deadline.js';
import { parseDeadlinePart, type LabelledPart } from './parse-deadline-part.js';

/** What a lead joined to the next part must read as for the join to stand: a time, or a count of days. */
const JOINED_KINDS: ReadonlySet<DeadlineKind> = new Set(['date', 'period', 'span', 'milestones', 'after-event']);

/**
 * Reads the parts of a cell, joining a part that is only the words in front of a time to the part
 * after it, as a Word cell broken over two lines writes it: "Trước ngày⏎15/01/2026" is one phrase,
 * due 2026-01-14 (read apart, the date alone would say 15/01); "15/01/⏎2026" is one date. A part is
 * joined only when it reads as nothing by itself and the two together read as a time or a count of days.
 */
export function readPartsJoiningLeads(texts: readonly string[], planYear: number | null): LabelledPart[] {
  const read = texts.map((text) => parseDeadlinePart(text, planYear));
  const parts: LabelledPart[] = [];
  for (let i = 0; i < read.length; i += 1) {
    const current = read[i]!;
    const nextText = texts[i + 1];
    if (current.part.kind === 'unknown' && nextText !== undefined) {
      const joined = parseDeadlinePart(`${texts[i]!} ${nextText}`, planYear);
      if (JOINED_KINDS.has(joined.part.kind)) {
        parts.push(joined);
        i += 1;
        continue;
      }
    }
    parts.push(current);
  }
  return parts;
}
