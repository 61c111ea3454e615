import he from 'he';
import { formatViDate } from '../dates/calendar-date.js';
import { isCellError, isDateCell, type CellValue } from '../grid/cell-value.js';

/**
 * The tags Word and PDF converters leave in cell text: a known HTML element name, then only attributes
 * (`<span style="…">`, `<br/>`, `</b>`). Anything else in angle brackets is the plan's own text
 * ("Cập nhật mẫu <Tên đơn vị> vào biểu", "<P. Văn hóa>") and stays.
 */
const HTML_ELEMENT = '(?:a|b|i|u|s|em|strong|strike|del|ins|mark|small|big|sub|sup|span|font|p|br|hr|div|ul|ol|li|table|thead|tbody|tfoot|tr|td|th|h[1-6]|o:p)';
const HTML_TAG_END = '(?:\\s[^<>]*)?\\/?>';
const BREAKING_TAG = new RegExp(`<\\/?(?:br|li|p|div|ul|ol|tr)${HTML_TAG_END}`, 'gi');
const ANY_TAG = new RegExp(`<\\/?${HTML_ELEMENT}${HTML_TAG_END}`, 'gi');
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const HAS_INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const SPACES = /[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
const COMBINING_MARK = /[\u0300-\u036f]/;
const NEEDS_LINE_WORK = /[\n\r\t\u00a0\u2000-\u200a\u202f\u205f\u3000]| {2}|^ | $/;
/** Anything any step below would change; most cells have none of it and come back as they are. */
const NEEDS_CLEANING = /[<&*\u200b-\u200d\u2060\ufeff\u00ad\u0300-\u036f\n\r\t\u00a0\u2000-\u200a\u202f\u205f\u3000]| {2}|^ | $/;

/**
 * The text a person sees in a cell, freed of what Word and PDF converters leave behind:
 * HTML tags (`<b>`, `<ul><li>`), entities, markdown bold, non-breaking and zero-width spaces,
 * NFD forms. Line breaks inside the cell are kept; numbers and dates become their shown text.
 * Each step runs only when the text needs it: a plan has a million cells and most are clean.
 */
export function cleanText(value: CellValue): string {
  if (typeof value === 'string' && !NEEDS_CLEANING.test(value)) return value;
  if (value === null || isCellError(value)) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(10)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDateCell(value)) return formatViDate(value.date);
  let text = value;
  if (text.includes('<')) text = text.replace(BREAKING_TAG, '\n').replace(ANY_TAG, '');
  if (text.includes('&')) text = he.decode(text);
  if (text.includes('**')) text = text.replace(/\*\*/g, '');
  if (HAS_INVISIBLE.test(text)) text = text.replace(INVISIBLE, '');
  if (COMBINING_MARK.test(text)) text = text.normalize('NFC');
  if (!NEEDS_LINE_WORK.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(SPACES, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
