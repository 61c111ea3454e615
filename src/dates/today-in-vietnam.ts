import type { IsoDate } from './calendar-date.js';

/** Today's date in Vietnam (UTC+7), whatever the machine's time zone: the one place the clock is read. */
export function todayInVietnam(now: Date = new Date()): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
