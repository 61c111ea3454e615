import he from 'he';
import { formatViDate } from '../dates/calendar-date.js';
import { isCellError, isDateCell, type CellValue } from '../grid/cell-value.js';

const BREAKING_TAG = /<\s*(?:br|\/?li|\/?p|\/?div|\/?ul|\/?ol|\/?tr)\b[^>]*>/gi;
const ANY_TAG = /<\/?[a-z][^>]*>/gi;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SPACES = /[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/**
 * The text a person sees in a cell, freed of what Word and PDF converters leave behind:
 * HTML tags (`<b>`, `<ul><li>`), entities, markdown bold, non-breaking and zero-width spaces,
 * NFD forms. Line breaks inside the cell are kept; numbers and dates become their shown text.
 */
export function cleanText(value: CellValue): string {
  if (value === null || isCellError(value)) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(10)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDateCell(value)) return formatViDate(value.date);
  if (!/[<&*\u00a0\u200b-\u200d\u2060\ufeff\u00ad\r\t]|[^\x00-\x7f]/.test(value)) return value.trim().replace(/ {2,}/g, ' ');
  const text = he
    .decode(value.replace(BREAKING_TAG, '\n').replace(ANY_TAG, ''))
    .replace(/\*\*/g, '')
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n');
  return text
    .split('\n')
    .map((line) => line.replace(SPACES, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
