/**
 * Calendar dates travel through the core as ISO strings (`2026-06-15`): plain values, the same in
 * every time zone. date-fns works on local-time `Date`s, so conversions happen only here.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight of an ISO date, for date-fns arithmetic. */
export function toLocalDate(iso: IsoDate): Date {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`);
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** The ISO date of a local-time `Date` (its year, month and day as the clock shows them). */
export function fromLocalDate(date: Date): IsoDate {
  return isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** `isoDate(2026, 1, 15)` → "2026-01-15"; month and day are 1-based. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether y-m-d is a real day of the Gregorian calendar (31/02 is not). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(year, month, 0).getDate();
}

/**
 * The calendar date of a spreadsheet serial number (Excel and Sheets count days from 1899-12-30;
 * Excel's phantom 29/02/1900 is ignored, as Sheets does). The fraction of a day is dropped.
 */
export function fromSerialDate(serial: number): IsoDate {
  const utc = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return isoDate(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}

/** dd/mm/yyyy, as the user interface shows dates: "2026-01-14" → "14/01/2026". */
export function formatViDate(iso: IsoDate): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}
