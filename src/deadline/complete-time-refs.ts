import type { TimeRef } from './time-ref.js';

/**
 * Fills what the times of one phrase leave out from their neighbours, then from the plan year.
 * The year (and a day's month) is taken from the nearest later time first, as Vietnamese writes it
 * once at the end: "tháng 8-9/2026" → 8/2026 and 9/2026; "ngày 15 - 20/01/2026" → 15/01 and 20/01;
 * "Quý IV" with plan year 2026 → Quý IV/2026. A day whose month stays unknown stays incomplete.
 */
export function completeTimeRefs(refs: readonly TimeRef[], planYear: number | null): TimeRef[] {
  const years = fillFromNeighbours(refs.map((ref) => ref.year));
  const months = fillFromNeighbours(refs.map((ref) => (ref.unit === 'day' ? ref.index : null)));
  return refs.map((ref, i) => ({
    ...ref,
    year: years[i] ?? planYear,
    index: ref.unit === 'day' ? (months[i] ?? null) : ref.index,
  }));
}

function fillFromNeighbours(values: readonly (number | null)[]): (number | null)[] {
  const filled = [...values];
  for (let i = filled.length - 2; i >= 0; i -= 1) filled[i] ??= filled[i + 1] ?? null;
  for (let i = 1; i < filled.length; i += 1) filled[i] ??= filled[i - 1] ?? null;
  return filled;
}
