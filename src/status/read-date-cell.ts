import { fromSerialDate, isRealDate, isoDate, type IsoDate } from '../dates/calendar-date.js';
import { isCellError, isDateCell, type CellValue } from '../grid/cell-value.js';
import { cleanText } from '../text/clean-text.js';
import { fold } from '../text/fold.js';

/** What a date cell says: a date, nothing (empty), or something that is not a date. */
export interface DateCellReading {
  readonly date: IsoDate | null;
  readonly unreadable: boolean;
}

/** Serial numbers accepted as dates: 01/01/1990 … 31/12/2099. Other numbers are not dates. */
const FIRST_SERIAL = 32874;
const LAST_SERIAL = 73050;

const DAY_MONTH_YEAR = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/;
const YEAR_MONTH_DAY = /^(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})$/;
const WORDS = /^(\d{1,2}) thang (\d{1,2}) nam (\d{4})$/;
const TIME = /(?:\s+|t)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?$/;
const SERIAL = /^\d{5}$/;

/**
 * The date in a completion-date, due-override or event-date cell, day before month as Vietnamese
 * write it: a date cell, a serial number, "15/6/2026", "15-06-2026", "15.06.2026", "2026-06-15",
 * "ngày 15 tháng 6 năm 2026" (a two-digit year is 20yy). Empty (or a spreadsheet error, reported elsewhere) is no date;
 * anything else is unreadable, never guessed.
 *
 * @example readDateCell('15/6/2026') → { date: '2026-06-15', unreadable: false }
 * @example readDateCell('tuần sau') → { date: null, unreadable: true }
 */
export function readDateCell(value: CellValue): DateCellReading {
  if (value === null || isCellError(value)) return EMPTY;
  if (typeof value === 'boolean') return UNREADABLE;
  if (typeof value === 'number') return fromSerial(value);
  const text = isDateCell(value) ? value.date : value;
  const known = cache.get(text);
  if (known !== undefined) return known;
  const reading = fromCellText(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, reading);
  return reading;
}

/** Readings of texts already seen: a plan repeats a few hundred dates over thousands of rows. */
const cache = new Map<string, DateCellReading>();
const CACHE_LIMIT = 10_000;

function fromCellText(value: string): DateCellReading {
  const text = cleanText(value);
  if (text === '') return EMPTY;
  return fromText(
    fold(text)
      .replace(/^ngay\s*/, '')
      .replace(/[,;.]$/, '')
      .replace(TIME, '')
      .trim(),
  );
}

const EMPTY: DateCellReading = { date: null, unreadable: false };
const UNREADABLE: DateCellReading = { date: null, unreadable: true };

function fromSerial(serial: number): DateCellReading {
  if (!Number.isFinite(serial) || serial < FIRST_SERIAL || serial >= LAST_SERIAL + 1) return UNREADABLE;
  return { date: fromSerialDate(serial), unreadable: false };
}

function fromText(text: string): DateCellReading {
  if (SERIAL.test(text)) return fromSerial(Number(text));
  const ymd = YEAR_MONTH_DAY.exec(text);
  if (ymd) return fromParts(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const dmy = DAY_MONTH_YEAR.exec(text) ?? WORDS.exec(text);
  if (dmy) {
    const year = dmy[3]!.length === 2 ? 2000 + Number(dmy[3]) : Number(dmy[3]);
    return fromParts(year, Number(dmy[2]), Number(dmy[1]));
  }
  return UNREADABLE;
}

function fromParts(year: number, month: number, day: number): DateCellReading {
  return isRealDate(year, month, day) ? { date: isoDate(year, month, day), unreadable: false } : UNREADABLE;
}
