/** One step of a deadline as the formula sees it on the day. */
export interface StepTerm {
  /** Formula of its due date (a serial number). */
  readonly due: string;
  /** Place among the deadline's steps: on equal due dates the earlier one decides. */
  readonly order: number;
  /** Formula TRUE when the as-of date is before the step's start (NOT_DUE); null when it never is. */
  readonly flag: string | null;
}

/** A step that may be the open one deciding the status: `open` is its formula, null when always open. */
export interface Candidate extends StepTerm {
  readonly open: string | null;
}

/** Numbers that rank steps by (due date, order) in one number, as MIN and MAX can compare them. */
export interface StepKeys {
  /** Due date × factor + 2 × order + flag (0/1): orders stay below factor / 2. */
  readonly factor: number;
  /** Added to the key of the latest step when it decides only after every open one. */
  readonly afterOpen: number;
  /** The key of a step that is not open: above everything else. */
  readonly closed: number;
}

/** Due dates stay below this serial (31/12/9999 is 2958465). */
const DUE_LIMIT = 3_000_000;
/** Stands for "no open step" among due dates. */
export const NO_DUE = 10_000_000;

/** Keys wide enough for `count` steps. */
export function stepKeys(count: number): StepKeys {
  let base = 100;
  while (base <= count) base *= 10;
  const factor = 2 * base;
  let afterOpen = 10;
  while (afterOpen <= DUE_LIMIT * factor) afterOpen *= 10;
  return { factor, afterOpen, closed: afterOpen * 10 };
}

/**
 * The due date of the earliest open candidate, else `fallback` (a formula; null for none, shown "").
 * Ties need no order here: equal due dates are the same date.
 */
export function selectedDue(candidates: readonly Candidate[], fallback: string | null): string {
  const none = fallback ?? '""';
  if (candidates.length === 0) return none;
  if (candidates.every((candidate) => candidate.open === null)) return minOf(candidates.map((candidate) => candidate.due));
  const [only] = candidates;
  if (candidates.length === 1 && only !== undefined) return only.due === none ? none : `IF(${only.open},${only.due},${none})`;
  // A closed candidate counts above the fallback, which counts above every due date.
  const closed = fallback === null ? NO_DUE : 2 * NO_DUE;
  const terms = candidates.map((candidate) => (candidate.open === null ? candidate.due : `IF(${candidate.open},${candidate.due},${closed})`));
  if (fallback !== null) return `MOD(MIN(${terms.join(',')},${NO_DUE}+${operand(fallback)}),${NO_DUE})`;
  const earliest = `MIN(${terms.join(',')})`;
  return `IF(${earliest}<${NO_DUE},${earliest},"")`;
}

/**
 * Formula TRUE when the step that decides is not yet in its window: the earliest open candidate by
 * due date and order, else (`last` given) the latest step. Null when no step can be before its start.
 */
export function selectedFlag(candidates: readonly Candidate[], last: readonly StepTerm[] | null, keys: StepKeys): string | null {
  const lastFlag = last === null ? null : latestFlag(last, keys);
  if (candidates.every((candidate) => candidate.flag === null) && lastFlag === null) return null;
  const [only] = candidates;
  if (candidates.length === 0) return lastFlag;
  if (candidates.length === 1 && only !== undefined) {
    if (only.open === null || last === null || only.flag === lastFlag) return only.flag;
    return `IF(${only.open},${only.flag ?? 'FALSE()'},${lastFlag ?? 'FALSE()'})`;
  }
  const terms = candidates.map((candidate) => (candidate.open === null ? keyOf(candidate, keys) : `IF(${candidate.open},${keyOf(candidate, keys)},${keys.closed})`));
  if (last !== null) terms.push(`${keys.afterOpen}+${latestKey(last, keys)}`);
  return `MOD(MIN(${terms.join(',')}),2)=1`;
}

/** The due date of the latest step (on equal dates, the earliest in order: the same date). */
export function latestDue(steps: readonly StepTerm[]): string | null {
  return steps.length === 0 ? null : maxOf(steps.map((step) => step.due));
}

function latestFlag(steps: readonly StepTerm[], keys: StepKeys): string | null {
  if (steps.every((step) => step.flag === null)) return null;
  const [only] = steps;
  if (steps.length === 1 && only !== undefined) return only.flag;
  return `MOD(${latestKey(steps, keys)},2)=1`;
}

/** The latest step by due date, the earliest in order among equal dates, as MAX of keys with the order reversed. */
function latestKey(steps: readonly StepTerm[], keys: StepKeys): string {
  return maxOf(steps.map((step) => withFlag(`${operand(step.due)}*${keys.factor}+${keys.factor - 2 - 2 * step.order}`, step.flag)));
}

function keyOf(step: StepTerm, keys: StepKeys): string {
  return withFlag(`${operand(step.due)}*${keys.factor}${step.order === 0 ? '' : `+${2 * step.order}`}`, step.flag);
}

function withFlag(key: string, flag: string | null): string {
  return flag === null ? key : `${key}+(${flag})`;
}

function minOf(terms: readonly string[]): string {
  return terms.length === 1 ? (terms[0] ?? '') : `MIN(${terms.join(',')})`;
}

function maxOf(terms: readonly string[]): string {
  return terms.length === 1 ? (terms[0] ?? '') : `MAX(${terms.join(',')})`;
}

/**
 * A formula safe to use as an operand of * or +: a cell, a number or one function call as it is,
 * anything else in parentheses.
 */
export function operand(formula: string): string {
  if (/^[A-Z]+\d+$|^\d+$/.test(formula)) return formula;
  const call = /^[A-Z][A-Z0-9.]*\(/.exec(formula);
  if (call !== null && closingParen(formula, call[0].length - 1) === formula.length - 1) return formula;
  return `(${formula})`;
}

function closingParen(formula: string, open: number): number {
  let depth = 0;
  let inText = false;
  for (let i = open; i < formula.length; i += 1) {
    const char = formula[i];
    if (char === '"') inText = !inText;
    else if (!inText && char === '(') depth += 1;
    else if (!inText && char === ')') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}
