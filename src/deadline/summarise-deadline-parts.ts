import type { Deadline, DeadlineKind, DeadlinePart } from './deadline.js';
import { isConcretePart } from './parse-deadline-part.js';

/** Which part speaks for the cell when none names a due date: a cycle first, then the kinds a date can still come for. */
const WITHOUT_DATE_ORDER: readonly DeadlineKind[] = ['recurring', 'after-event', 'directive', 'continuous'];

/**
 * The deadline of a whole cell from its parts. One part is the deadline itself. For several:
 * - the kind and details (recurrence, milestones, afterEvent) are those of the part that drives the
 *   status: the first with a concrete due date; else the first recurring, after-event, directive,
 *   continuous part, in that order; else the cell is unknown;
 * - `due` is the latest concrete due date of all parts (null when none has one), and `start` the
 *   earliest start of those parts — null when one of them has none ("Trước 15/01/2026" may begin any
 *   time), so that the cell never looks "not yet started" while one of its parts is already running.
 * Parts that could not be read stay in `parts` as 'unknown', but do not make an understood cell unknown:
 * "- Theo chỉ đạo của Trung ương, Thành phố - Báo cáo kết quả …" is read by what is understood.
 */
export function summariseDeadlineParts(text: string, parts: readonly DeadlinePart[]): Deadline {
  const [only] = parts;
  if (only === undefined) return { kind: 'unknown', text, start: null, due: null, parts };
  if (parts.length === 1) return { ...only, text, parts };
  const driver = parts.find(isConcretePart) ?? WITHOUT_DATE_ORDER.map((kind) => parts.find((part) => part.kind === kind)).find((part) => part !== undefined) ?? only;
  const concrete = parts.filter(isConcretePart);
  if (concrete.length === 0) return { ...driver, text, due: null, parts };
  const due = concrete.map((part) => part.due ?? '').reduce((latest, day) => (day > latest ? day : latest));
  const starts = concrete.map((part) => part.start);
  const start = starts.includes(null) ? null : (starts as string[]).reduce((earliest, day) => (day < earliest ? day : earliest));
  return { ...driver, text, start, due, parts };
}
