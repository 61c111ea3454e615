import type { Deadline } from './deadline.js';

/** How many distinct cells are remembered; a plan has a few dozen distinct deadline texts. */
const LIMIT = 4096;
/** Longer texts are read every time rather than kept. */
const LONGEST_KEPT = 400;
const remembered = new Map<string, Deadline>();

/**
 * The deadline read for `text` under `planYear`, read once: a sheet says "Năm 2026" hundreds of times.
 * What is remembered is frozen, so that handing the same object to several callers is safe.
 * Reading stays a pure function of its inputs; this only saves the work of reading twice.
 */
export function rememberDeadline(text: string, planYear: number, read: () => Deadline): Deadline {
  if (text.length > LONGEST_KEPT) return read();
  const key = `${planYear}\u0000${text}`;
  const known = remembered.get(key);
  if (known !== undefined) return known;
  const deadline = deepFreeze(read());
  if (remembered.size >= LIMIT) remembered.clear();
  remembered.set(key, deadline);
  return deadline;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
