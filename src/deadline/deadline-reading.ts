import type { DeadlinePart } from './deadline.js';

/** What one phrase reader understood of a part, before the part's own text is attached. */
export type DeadlineReading = Omit<DeadlinePart, 'text'>;

/** A part nothing could read: the caller quotes its text to the user, nothing is guessed. */
export const UNREADABLE: DeadlineReading = { kind: 'unknown', start: null, due: null };
