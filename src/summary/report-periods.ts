import { isoDate, type IsoDate } from '../dates/calendar-date.js';
import { fold } from '../text/fold.js';
import type { PeriodBoundaries, ReportPeriod } from './summary.js';

/** Công văn 581/BNV-CCHC: data from the 15th, cut off on the 14th, report due by the 20th. */
export const DEFAULT_BOUNDARIES: PeriodBoundaries = { dataStartDay: 15, cutOffDay: 14, reportDueDay: 20 };

/** The Ministry's four reports of a year: their names and the months they start before and end in. */
const MINISTRY = [
  { name: 'Quý I', startMonth: 12, startsYearBefore: true, endMonth: 3 },
  { name: '6 tháng', startMonth: 12, startsYearBefore: true, endMonth: 6 },
  { name: 'Quý III', startMonth: 6, startsYearBefore: false, endMonth: 9 },
  { name: 'Năm', startMonth: 12, startsYearBefore: true, endMonth: 12 },
] as const;

/**
 * The Ministry of Home Affairs' CCHC reporting periods of a year, in the order they fall due. A day
 * the month does not have (31 in June) is read as the month's last day.
 *
 * @example ministryPeriods(2026)[0] → "Quý I/2026": data 15/12/2025 – 14/03/2026, due 20/03/2026
 * @example ministryPeriods(2026)[3] → "Năm 2026": data 15/12/2025 – 14/12/2026, due 20/12/2026
 * @throws RangeError when a boundary is not a whole day from 1 to 31 (settings are checked where the user types them)
 */
export function ministryPeriods(year: number, boundaries: PeriodBoundaries = DEFAULT_BOUNDARIES): ReportPeriod[] {
  checkBoundaries(boundaries);
  return MINISTRY.map(({ name, startMonth, startsYearBefore, endMonth }) => {
    const label = name === 'Năm' ? `Năm ${year}` : `${name}/${year}`;
    return {
      kind: 'ministry',
      label,
      shortTitle: name === 'Năm' ? label : `${name}-${year}`,
      dataStart: dayOfMonth(startsYearBefore ? year - 1 : year, startMonth, boundaries.dataStartDay),
      cutOff: dayOfMonth(year, endMonth, boundaries.cutOffDay),
      reportDue: dayOfMonth(year, endMonth, boundaries.reportDueDay),
    };
  });
}

/**
 * The four calendar quarters of a year, as offices that track plain quarters use them: no report due date.
 *
 * @example calendarQuarters(2026)[1] → "Q2/2026" (sheet title "Q2-2026"): 01/04/2026 – 30/06/2026
 */
export function calendarQuarters(year: number): ReportPeriod[] {
  return [1, 2, 3, 4].map((quarter) => calendarQuarter(year, quarter));
}

/** One calendar quarter (1–4) of a year. */
export function calendarQuarter(year: number, quarter: number): ReportPeriod {
  const lastMonth = quarter * 3;
  return {
    kind: 'quarter',
    label: `Q${quarter}/${year}`,
    shortTitle: `Q${quarter}-${year}`,
    dataStart: isoDate(year, lastMonth - 2, 1),
    cutOff: dayOfMonth(year, lastMonth, 31),
    reportDue: null,
  };
}

const NUMERAL: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
const MINISTRY_QUARTER = /^quy ?([1-4]|iii|ii|iv|i) (?:nam )?([12]\d{3})$/;
const CALENDAR_QUARTER = /^q ?([1-4]|iii|ii|iv|i) (?:nam )?([12]\d{3})$/;
const HALF_YEAR = /^(?:6|06|sau) thang(?: dau nam)?(?: nam)? ([12]\d{3})$/;
const YEAR = /^(?:ca )?nam ([12]\d{3})$/;

/** What a user may type for a period, for the message that answers an unreadable one. */
export const ACCEPTED_PERIODS =
  '“Quý I/2026” (cũng viết “Quý 1/2026”, “quý I năm 2026”), “6 tháng/2026”, “Quý III/2026” (“Quý 3/2026”), “Năm 2026” — kỳ báo cáo của Bộ Nội vụ; hoặc “Q1/2026” … “Q4/2026” — quý dương lịch';

/**
 * The period a user names, or null when the text names none (the caller lists ACCEPTED_PERIODS).
 * Case, diacritics, spacing and the separator before the year ("/", "-", a space, "năm") do not
 * matter, and a leading "Báo cáo" is allowed. The rule for quarters: **"Quý" names the Ministry's
 * report, whatever its numeral** ("Quý 1/2026", "Quý I/2026" and "quý I năm 2026" are one report, as
 * offices write it both ways); **"Q" names a calendar quarter** ("Q1/2026", sheet title "Q1-2026").
 * The Ministry has no Quý II or Quý IV report, so "Quý II/2026" names nothing rather than quietly
 * meaning a calendar quarter: the message points to "6 tháng/2026" and "Q2/2026".
 *
 * - Ministry: "Quý I/2026", "Quý 1/2026", "quy I-2026", "Quý III năm 2026", "Quý 3/2026"; "6 tháng/2026",
 *   "6 tháng đầu năm 2026", "06 thang 2026"; "Năm 2026", "Nam 2026", "Cả năm 2026".
 * - Calendar quarters: "Q1/2026", "q4 2026", "Q2-2026", "Q IV/2026".
 * - Null: "Quý 2/2026", "Quý IV/2026", "Quý 5/2026", "6 tháng cuối năm 2026" (no such report), "2026", "Quý I" (no year).
 */
export function parseReportPeriod(text: string, boundaries: PeriodBoundaries = DEFAULT_BOUNDARIES): ReportPeriod | null {
  const words = fold(text)
    .replace(/[/\-.,:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^bao cao /, '');
  const ministry = MINISTRY_QUARTER.exec(words);
  if (ministry) {
    const quarter = NUMERAL[ministry[1]!];
    if (quarter === 1) return ministryPeriods(Number(ministry[2]), boundaries)[0]!;
    if (quarter === 3) return ministryPeriods(Number(ministry[2]), boundaries)[2]!;
    return null;
  }
  const calendar = CALENDAR_QUARTER.exec(words);
  if (calendar) return calendarQuarter(Number(calendar[2]), NUMERAL[calendar[1]!]!);
  const halfYear = HALF_YEAR.exec(words);
  if (halfYear) return ministryPeriods(Number(halfYear[1]), boundaries)[1]!;
  const wholeYear = YEAR.exec(words);
  if (wholeYear) return ministryPeriods(Number(wholeYear[1]), boundaries)[3]!;
  return null;
}

/**
 * The report to make next: the first Ministry period whose report is due on or after today
 * (the due day itself still counts; from the day after, the next report is meant).
 *
 * @example defaultReportPeriod('2026-03-20') → "Quý I/2026"; defaultReportPeriod('2026-03-21') → "6 tháng/2026"
 * @example defaultReportPeriod('2026-12-21') → "Quý I/2027"
 */
export function defaultReportPeriod(today: IsoDate, boundaries: PeriodBoundaries = DEFAULT_BOUNDARIES): ReportPeriod {
  const year = Number(today.slice(0, 4));
  const next = ministryPeriods(year, boundaries).find((period) => period.reportDue! >= today);
  return next ?? ministryPeriods(year + 1, boundaries)[0]!;
}

function checkBoundaries(boundaries: PeriodBoundaries): void {
  for (const [name, day] of Object.entries(boundaries)) {
    if (!Number.isInteger(day) || day < 1 || day > 31) throw new RangeError(`${name} must be a day of the month from 1 to 31, not ${String(day)}`);
  }
}

/** The given day of a month, or the month's last day when it is shorter. */
function dayOfMonth(year: number, month: number, day: number): IsoDate {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return isoDate(year, month, Math.min(day, last));
}
