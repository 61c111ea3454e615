import type { RecurrenceEvery } from '../deadline/deadline.js';
import { CYCLE_MARK, CYCLE_WORDS } from '../status/cycle-name.js';

/**
 * Formula (without "=") of the text a status names its cycle with, `CYCLE_MARK` and `cycleName` of
 * the cycle holding the day `day` (a formula): " – kỳ quý IV/2026". Cycles never cross a year, so
 * the day's own year and month tell it.
 *
 * @example cycleMarkFormula('quarter', 'NgayDanhGia') → " – kỳ quý "&CHOOSE(INT((MONTH(NgayDanhGia)+2)/3),"I","II","III","IV")&"/"&YEAR(NgayDanhGia)
 */
export function cycleMarkFormula(every: RecurrenceEvery, day: string): string {
  const year = `YEAR(${day})`;
  const month = `MONTH(${day})`;
  switch (every) {
    case 'year':
      return `${text(CYCLE_MARK + CYCLE_WORDS.year)}&${year}`;
    case 'half-year':
      return `${text(CYCLE_MARK)}&IF(${month}<7,${CYCLE_WORDS.halfYear.map(text).join(',')})&${year}`;
    case 'quarter':
      return `${text(CYCLE_MARK + CYCLE_WORDS.quarter)}&CHOOSE(INT((${month}+2)/3),${CYCLE_WORDS.quarterNumerals.map(text).join(',')})&"/"&${year}`;
    case 'month':
      return `${text(CYCLE_MARK + CYCLE_WORDS.month)}&RIGHT("0"&${month},2)&"/"&${year}`;
  }
}

function text(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}
