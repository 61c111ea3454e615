import type { Recurrence, RecurrenceEvery } from './deadline.js';

const CYCLE_WORDS: readonly (readonly [RegExp, RecurrenceEvery])[] = [
  [/\b(?:hang|moi|tung|dinh ky) thang\b/g, 'month'],
  [/\b(?:hang|moi|tung|dinh ky) quy\b|(?<!dinh )\bky bao cao(?: dinh ky)?(?: (?:cchc|cai cach hanh chinh))?\b/g, 'quarter'],
  [/\b(?:hang|moi|dinh ky) (?:6|06|sau) thang\b|\bnua nam ?(?:\/ ?|mot |1 )(?:1 |mot )?lan\b/g, 'half-year'],
  [/\b(?:hang|moi|tung|dinh ky) nam\b/g, 'year'],
];
/** "06 thang/lan", "6 thang mot lan", "thang/lan", "quy 1 lan", "12 thang/1 lan". */
const TIMES_PER = /\b(?:(\d{1,2}) )?(thang|quy|nam) ?(?:\/ ?|mot |1 )(?:1 |mot )?lan\b/g;
/** "truoc ngay 10 cua thang cuoi quy", "ngay 15 thang cuoi moi nam". */
const DAY_OF_LAST_MONTH = /\b(truoc )?(?:ngay )?(\d{1,2}) (?:cua )?(?:cac )?thang cuoi (?:cua )?(?:moi |hang |cac |tung )?(quy|nam)\b/;
/** "truoc ngay 15 (hang thang)", "ngay 10/12 (hang nam)", "ngay 10 thang 12 (hang nam)". */
const DAY_OF_CYCLE = /\b(truoc )?ngay (\d{1,2})(?:\/(\d{1,2})| thang (\d{1,2}))?(?![\d/])/;
/** A time left over once the cycle is read: it would name a due date the cycle cannot hold. */
const OTHER_TIME = /\b(?:quy|thang|ngay) \d|\d\/\d/;
const YEAR_OF_PLAN = /\b(?:nam )?\d{4}(?:-\d{4})?\b/g;

const FINEST_FIRST: readonly RecurrenceEvery[] = ['month', 'quarter', 'half-year', 'year'];
const LAST_MONTHS: Readonly<Record<RecurrenceEvery, readonly number[]>> = {
  month: [],
  quarter: [3, 6, 9, 12],
  'half-year': [6, 12],
  year: [12],
};

/**
 * The cycle a phrase names, with the day of the cycle's last month when it names one.
 * Several cycles ("hàng quý, 6 tháng và năm") → the shortest, the one work is judged on.
 *
 * - "Hằng năm", "Ban hành Kế hoạch hàng năm" → year
 * - "Theo kỳ báo cáo CCHC", "Hàng quý" → quarter
 * - "06 tháng/lần" → half-year
 * - "Trước ngày 10 của tháng cuối quý" → quarter, day 9
 *
 * null when no cycle is named; 'unrepresentable' when one is, together with a date the cycle
 * cannot express ("Trước ngày 15/6 hàng năm", "2 năm/lần", "Quý I hàng năm"): such text is not guessed.
 */
export function readRecurrence(normalized: string): Recurrence | 'unrepresentable' | null {
  const cycles = new Set<RecurrenceEvery>();
  let rest = normalized;
  for (const [words, every] of CYCLE_WORDS) {
    rest = rest.replace(words, () => {
      cycles.add(every);
      return ' ';
    });
  }
  let unrepresentable = false;
  rest = rest.replace(TIMES_PER, (_whole: string, count: string | undefined, unit: string) => {
    const every = everyFromCount(Number(count ?? 1), unit);
    if (every === null) unrepresentable = true;
    else cycles.add(every);
    return ' ';
  });
  const lastMonth = DAY_OF_LAST_MONTH.exec(rest);
  let dueDay: number | null = null;
  let every = FINEST_FIRST.find((cycle) => cycles.has(cycle));
  if (lastMonth !== null) {
    every = lastMonth[3] === 'quy' ? 'quarter' : 'year';
    dueDay = Number(lastMonth[2]) - (lastMonth[1] ? 1 : 0);
    rest = rest.replace(DAY_OF_LAST_MONTH, ' ');
  }
  if (every === undefined) return null;
  const dayOfCycle = lastMonth === null ? DAY_OF_CYCLE.exec(rest) : null;
  if (dayOfCycle !== null) {
    const month = dayOfCycle[3] ?? dayOfCycle[4];
    if (month !== undefined && !LAST_MONTHS[every].includes(Number(month))) return 'unrepresentable';
    dueDay = Number(dayOfCycle[2]) - (dayOfCycle[1] ? 1 : 0);
    rest = rest.replace(DAY_OF_CYCLE, ' ');
  }
  if (unrepresentable || (dueDay !== null && (dueDay < 1 || dueDay > 31))) return 'unrepresentable';
  if (OTHER_TIME.test(rest.replace(YEAR_OF_PLAN, ' '))) return 'unrepresentable';
  return { every, dueDay };
}

function everyFromCount(count: number, unit: string): RecurrenceEvery | null {
  const months = count * (unit === 'nam' ? 12 : unit === 'quy' ? 3 : 1);
  return months === 1 ? 'month' : months === 3 ? 'quarter' : months === 6 ? 'half-year' : months === 12 ? 'year' : null;
}
