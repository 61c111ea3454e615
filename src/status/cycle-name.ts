import type { Cycle } from './current-cycle.js';
import { STATUS_LABELS, type StatusCode } from './status-codes.js';

/** Between a status label and the cycle it is about: "Sắp đến hạn – kỳ quý IV/2026". */
export const CYCLE_MARK = ' – kỳ ';

/** The words of a cycle's name; the live formulas build the same name from them. */
export const CYCLE_WORDS = {
  year: 'năm ',
  halfYear: ['6 tháng đầu năm ', '6 tháng cuối năm '],
  quarter: 'quý ',
  quarterNumerals: ['I', 'II', 'III', 'IV'],
  month: 'tháng ',
} as const;

/**
 * A cycle as the clerk names it, from the months it covers: "năm 2026", "6 tháng cuối năm 2026",
 * "quý IV/2026", "tháng 03/2026".
 *
 * @example cycleName({ start: '2026-10-01', end: '2026-12-31', due: '2026-12-09' }) → "quý IV/2026"
 */
export function cycleName(cycle: Cycle): string {
  const year = cycle.start.slice(0, 4);
  const first = Number(cycle.start.slice(5, 7));
  const months = Number(cycle.end.slice(5, 7)) - first + 1;
  if (months === 12) return `${CYCLE_WORDS.year}${year}`;
  if (months === 6) return `${CYCLE_WORDS.halfYear[first < 7 ? 0 : 1]}${year}`;
  if (months === 3) return `${CYCLE_WORDS.quarter}${CYCLE_WORDS.quarterNumerals[(first - 1) / 3]}/${year}`;
  return `${CYCLE_WORDS.month}${cycle.start.slice(5, 7)}/${year}`;
}

/**
 * The status label of a task judged on one cycle, the cycle named after it.
 *
 * @example cycleLabel('DUE_SOON', "quý IV/2026") → "Sắp đến hạn – kỳ quý IV/2026"
 */
export function cycleLabel(code: StatusCode, name: string): string {
  return `${STATUS_LABELS[code]}${CYCLE_MARK}${name}`;
}
