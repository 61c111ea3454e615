import type { UnitGroup } from '../plan/plan.js';
import { unitKey } from './unit-key.js';

/**
 * Groups unit names by their folded key; each group is shown in its most common spelling (the first
 * seen on a tie). Groups come in order of first appearance.
 */
export function groupUnits(names: Iterable<string>): UnitGroup[] {
  const groups = new Map<string, Map<string, number>>();
  const keys = new Map<string, string>();
  for (const name of names) {
    const key = keys.get(name) ?? unitKey(name);
    keys.set(name, key);
    if (key === '') continue;
    const spellings = groups.get(key) ?? new Map<string, number>();
    spellings.set(name, (spellings.get(name) ?? 0) + 1);
    groups.set(key, spellings);
  }
  return [...groups].map(([key, spellings]) => {
    let name = '';
    let best = 0;
    for (const [spelling, count] of spellings) {
      if (count > best) [name, best] = [spelling, count];
    }
    return { key, name, spellings: [...spellings.keys()] };
  });
}
