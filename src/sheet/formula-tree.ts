/** A condition the formula branches on: its name (for the leaves) and its formula. */
export interface Condition<Name extends string> {
  readonly name: Name;
  readonly formula: string;
}

export type Assignment<Name extends string> = Readonly<Record<Name, boolean>>;

/**
 * A formula (without "=") that gives `leaf(assignment)` for every truth assignment of the
 * conditions, as nested IFs. A condition whose branches agree is not asked; of all orders in which
 * the conditions can be asked, the shortest formula wins (a handful of conditions: 4! orders at most).
 *
 * @example formulaTree([{ name: 'done', formula: 'G5="x"' }], (a) => (a.done ? '"Hoàn thành"' : '""'))
 * → IF(G5="x","Hoàn thành","")
 */
export function formulaTree<Name extends string>(conditions: readonly Condition<Name>[], leaf: (assignment: Assignment<Name>) => string): string {
  const cache = new Map<string, string>();
  const leafOf = (assignment: Assignment<Name>): string => {
    const key = conditions.map((condition) => (assignment[condition.name] ? 1 : 0)).join('');
    let known = cache.get(key);
    if (known === undefined) {
      known = leaf(assignment);
      cache.set(key, known);
    }
    return known;
  };
  let best: string | undefined;
  for (const order of permutations(conditions)) {
    const formula = branch(order, {} as Record<Name, boolean>, leafOf);
    if (best === undefined || formula.length < best.length) best = formula;
  }
  return best ?? leaf({} as Assignment<Name>);
}

function branch<Name extends string>(order: readonly Condition<Name>[], fixed: Record<Name, boolean>, leafOf: (assignment: Assignment<Name>) => string): string {
  const [first, ...rest] = order;
  if (first === undefined) return leafOf(fixed);
  const whenTrue = branch(rest, { ...fixed, [first.name]: true }, leafOf);
  const whenFalse = branch(rest, { ...fixed, [first.name]: false }, leafOf);
  return whenTrue === whenFalse ? whenTrue : `IF(${first.formula},${whenTrue},${whenFalse})`;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}
