import type { TimeRef, TimeUnit } from './time-ref.js';
import { acceptNumber, acceptTokens, acceptYear, attempt, peekToken, type TokenCursor } from './token-cursor.js';

export interface ReadTimeRefOptions {
  /** Whether "nam" alone (no number) means the plan year, as in "cả năm", "trong năm", "cuối năm". */
  readonly yearWithoutNumber: boolean;
}

/**
 * Reads one day, month, quarter, half-year or year from normalized words:
 * "ngay 15/01/2026", "15 thang 6 nam 2026", "quy 1/2026", "thang 10 nam 2026", "10/2026",
 * "6 thang dau nam 2026", "nam 2026", "2026". A missing year is left null for the context to fill.
 */
export function readTimeRef(cursor: TokenCursor, options: ReadTimeRefOptions): TimeRef | null {
  return (
    readHalfYear(cursor) ??
    readDay(cursor, false) ??
    readNumbered(cursor, 'quy', 'quarter', 4) ??
    readNumbered(cursor, 'thang', 'month', 12) ??
    readMonthOfYear(cursor) ??
    readYear(cursor, options.yearWithoutNumber)
  );
}

/**
 * Reads what follows a dash, "đến" or "và" when it leaves out the unit already named:
 * after "thang 8" the "9/2026" of "thang 8-9/2026"; after "quy 2" the "3/2026" of "quy 2-3/2026";
 * after "2026" the "2030" of "2026-2030"; after "ngay 15" the "20/01/2026" of "ngay 15-20/01/2026".
 */
export function readTimeRefContinuing(cursor: TokenCursor, unit: TimeUnit): TimeRef | null {
  switch (unit) {
    case 'month':
      return readNumberWithYear(cursor, 'month', 12);
    case 'quarter':
      return readNumberWithYear(cursor, 'quarter', 4);
    case 'year':
      return attempt(cursor, () => {
        const year = acceptYear(cursor);
        return year === null ? null : { unit: 'year', year, index: null, day: null };
      });
    case 'day':
      return readDay(cursor, true);
    case 'half':
      return null;
  }
}

/** "6 thang dau nam 2026", "06 thang cuoi nam", "nua dau nam"; "6 thang nam 2026" is the first half, as reports say. */
function readHalfYear(cursor: TokenCursor): TimeRef | null {
  return attempt(cursor, () => {
    let half: number;
    if (acceptTokens(cursor, 'nua')) {
      half = acceptTokens(cursor, 'dau') ? 1 : acceptTokens(cursor, 'cuoi') ? 2 : 0;
      if (half === 0) return null;
    } else {
      const six = peekToken(cursor);
      if (six !== '6' && six !== '06') return null;
      cursor.pos += 1;
      if (!acceptTokens(cursor, 'thang')) return null;
      half = acceptTokens(cursor, 'dau') ? 1 : acceptTokens(cursor, 'cuoi') ? 2 : 0;
    }
    if (!acceptTokens(cursor, 'nam')) return null;
    const year = acceptYear(cursor);
    if (half === 0 && year === null) return null;
    return { unit: 'half', year, index: half === 0 ? 1 : half, day: null };
  });
}

/**
 * "ngay 15/01/2026", "15/01/2026", "15/6", "15/01/26", "ngay 15 thang 6 nam 2026".
 * "ngay 15" alone (or, continuing a range, "15" alone) leaves its month for the context to fill.
 */
function readDay(cursor: TokenCursor, continuing: boolean): TimeRef | null {
  return attempt(cursor, () => {
    const named = acceptTokens(cursor, 'ngay');
    const day = acceptNumber(cursor, 1, 31);
    if (day === null) return null;
    if (acceptTokens(cursor, '/')) {
      const month = acceptNumber(cursor, 1, 12);
      if (month === null) return null;
      if (!acceptTokens(cursor, '/')) return { unit: 'day', year: null, index: month, day };
      const year = acceptYear(cursor) ?? twoDigitYear(cursor);
      return year === null ? null : { unit: 'day', year, index: month, day };
    }
    if (acceptTokens(cursor, 'thang')) {
      const month = acceptNumber(cursor, 1, 12);
      if (month === null) return null;
      return { unit: 'day', year: readYearSuffix(cursor), index: month, day };
    }
    return named || continuing ? { unit: 'day', year: null, index: null, day } : null;
  });
}

/** "quy 1/2026", "quy 1 nam 2026", "quy 4"; "thang 10/2026", "thang 10 nam 2026", "thang 10". */
function readNumbered(cursor: TokenCursor, word: string, unit: 'month' | 'quarter', max: number): TimeRef | null {
  return attempt(cursor, () => (acceptTokens(cursor, word) ? readNumberWithYear(cursor, unit, max) : null));
}

function readNumberWithYear(cursor: TokenCursor, unit: 'month' | 'quarter', max: number): TimeRef | null {
  return attempt(cursor, () => {
    const index = acceptNumber(cursor, 1, max);
    return index === null ? null : { unit, year: readYearSuffix(cursor), index, day: null };
  });
}

/** A bare "10/2026": a month, since no day of a month is numbered 2026. */
function readMonthOfYear(cursor: TokenCursor): TimeRef | null {
  return attempt(cursor, () => {
    const month = acceptNumber(cursor, 1, 12);
    if (month === null || !acceptTokens(cursor, '/')) return null;
    const year = acceptYear(cursor);
    return year === null ? null : { unit: 'month', year, index: month, day: null };
  });
}

/** "nam 2026", "2026", and "nam" alone where the words before it allow it. */
function readYear(cursor: TokenCursor, withoutNumber: boolean): TimeRef | null {
  return attempt(cursor, () => {
    const named = acceptTokens(cursor, 'nam');
    const year = acceptYear(cursor);
    if (year === null && !(named && withoutNumber)) return null;
    return { unit: 'year', year, index: null, day: null };
  });
}

/**
 * "/2026", "nam 2026" or "- 2026" after a month, a quarter or a day; null when none follows.
 * After a dash only a four-digit year is one ("Quý II-2026"); "Quý II-III" is a range, read elsewhere.
 */
function readYearSuffix(cursor: TokenCursor): number | null {
  return attempt(cursor, () => (acceptTokens(cursor, '/') || acceptTokens(cursor, 'nam') || acceptTokens(cursor, '-') || acceptTokens(cursor, ',', 'nam') ? acceptYear(cursor) : null));
}

function twoDigitYear(cursor: TokenCursor): number | null {
  const token = peekToken(cursor);
  if (token === undefined || token.length !== 2) return null;
  const year = acceptNumber(cursor, 0, 99);
  return year === null ? null : 2000 + year;
}
