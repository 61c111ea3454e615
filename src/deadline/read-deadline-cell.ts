import { formatViDate, fromSerialDate, isRealDate } from '../dates/calendar-date.js';
import { isCellError, isDateCell, type CellValue } from '../grid/cell-value.js';
import { yearWindow } from './calendar-windows.js';
import type { Deadline, DeadlinePart } from './deadline.js';

/** Serial numbers that are dates of the plans' era: 20000 is 1954-10-03, 80000 is 2119-01-10. */
const SERIAL_RANGE = { min: 20_000, max: 80_000 } as const;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The deadline of a cell that holds no text: a real date cell, a spreadsheet serial number, a year
 * typed as a number, or a value that is no deadline (true/false, an error, a stray number).
 * Empty cells and text are not read here: null. Anything else a host might hand over is unknown.
 *
 * { date: '2026-06-15' } → date 2026-06-15; 46188 → date 2026-06-15; 2026 → period 2026.
 */
export function readDeadlineCell(value: CellValue): Deadline | null {
  if (value === null || value === undefined || typeof value === 'string') return null;
  if (typeof value === 'boolean') return unknownCell(value ? 'TRUE' : 'FALSE');
  if (isCellError(value)) return unknownCell(String(value.error));
  if (isDateCell(value)) return dateCell(String(value.date));
  if (typeof value !== 'number' || !Number.isFinite(value)) return unknownCell(String(value));
  if (Number.isInteger(value) && value >= 1900 && value <= 2199) {
    return single({ kind: 'period', text: String(value), ...spanOf(yearWindow(value)) });
  }
  if (value >= SERIAL_RANGE.min && value < SERIAL_RANGE.max + 1) {
    const date = fromSerialDate(value);
    return single({ kind: 'date', text: formatViDate(date), start: null, due: date });
  }
  return unknownCell(String(value));
}

function dateCell(date: string): Deadline {
  const match = ISO_DATE.exec(date);
  if (match === null || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) return unknownCell(date);
  return single({ kind: 'date', text: formatViDate(date), start: null, due: date });
}

function spanOf(window: { start: string; end: string }): { start: string; due: string } {
  return { start: window.start, due: window.end };
}

function single(part: DeadlinePart): Deadline {
  return { ...part, parts: [part] };
}

function unknownCell(text: string): Deadline {
  return single({ kind: 'unknown', text, start: null, due: null });
}
