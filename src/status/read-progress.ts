import { distance } from 'fastest-levenshtein';
import { isCellError, isDateCell, type CellValue } from '../grid/cell-value.js';
import { cleanText } from '../text/clean-text.js';
import { fold } from '../text/fold.js';

export type ProgressState = 'done' | 'in-progress' | 'not-started' | 'unknown';

/** What the progress cell (Tình trạng) says, and the text shown to the user when it says nothing known. */
export interface ProgressReading {
  readonly state: ProgressState;
  readonly text: string;
}

const CHECK_MARKS = new Set(['x', 'X', '✓', '✔', '☑', '✅', '🗸']);

const NEGATED_DONE = /(?:^|\s)(?:chua|khong|ko|k)\s+(?:duoc\s+)?(?:hoan thanh|hoan tat|xong|ht)(?:\s|$)/;
const NEGATED = /^(?:chua|khong|ko)(?:\s|$)|(?:^|\s)(?:chua|khong|ko)\s+(?:thuc hien|trien khai|bat dau|lam)(?:\s|$)/;
const DONE = /^(?:da\s+)?(?:hoan thanh|hoan tat|xong|ht)(?:\s|$)|^da thuc hien(?:\s|$)/;
const IN_PROGRESS = /^dang(?:\s|$)|^tiep tuc(?:\s|$)/;
const PERCENT = /(\d{1,3}(?:[.,]\d+)?)\s*%/;

const EXACT: Readonly<Record<string, ProgressState>> = {
  true: 'done',
  false: 'not-started',
  cht: 'in-progress',
  dth: 'in-progress',
  cth: 'not-started',
  ctk: 'not-started',
};

/** Spellings OCR may garble: a word within one edit (two for the longer not-done phrases) still counts. */
const FUZZY: readonly (readonly [string, ProgressState, number])[] = [
  ['hoan thanh', 'done', 1],
  ['da hoan thanh', 'done', 1],
  ['dang thuc hien', 'in-progress', 2],
  ['dang trien khai', 'in-progress', 2],
  ['chua thuc hien', 'not-started', 2],
  ['chua trien khai', 'not-started', 2],
];

const cache = new Map<string, ProgressReading>();
const CACHE_LIMIT = 10_000;

/**
 * The state of a task as its progress cell tells it, for every spelling met in real workbooks:
 * "Hoàn thành", "Đã hoàn thành", "HT", "x", "✓", 100%, 1, TRUE → done; "Đang thực hiện",
 * "Đang triển khai", 50%, 0.5 → in progress; "Chưa thực hiện", 0%, empty → not started; the same
 * without diacritics or garbled by OCR ("Hoan thanb"). A negation is never read as done:
 * "Chưa hoàn thành" and "Không hoàn thành" are in progress (not finished; whether begun is unknown,
 * and the status only needs "not done"). Anything else is 'unknown': the caller reports
 * PROGRESS_UNREADABLE and treats the task as not done.
 *
 * @example readProgress('Đã hoàn thành') → { state: 'done', text: 'Đã hoàn thành' }
 * @example readProgress(0.5) → { state: 'in-progress', text: '0.5' }
 */
export function readProgress(value: CellValue): ProgressReading {
  if (value === null || isCellError(value)) return { state: 'not-started', text: '' };
  if (typeof value === 'boolean') return { state: value ? 'done' : 'not-started', text: cleanText(value) };
  if (typeof value === 'number') return { state: fromPercent(value <= 1 ? value * 100 : value), text: cleanText(value) };
  if (isDateCell(value)) return { state: 'unknown', text: cleanText(value) };
  const cached = cache.get(value);
  if (cached !== undefined) return cached;
  const reading = fromText(cleanText(value));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(value, reading);
  return reading;
}

function fromText(text: string): ProgressReading {
  const reading = (state: ProgressState) => ({ state, text });
  if (text === '') return reading('not-started');
  if (CHECK_MARKS.has(text.replace(/\ufe0f/g, ''))) return reading('done');
  const folded = fold(text);
  const key = folded.replace(/[^a-z0-9%]+/g, ' ').trim();
  if (key === '') return reading('unknown');
  const exact = EXACT[key];
  if (exact !== undefined) return reading(exact);
  if (NEGATED_DONE.test(key)) return reading('in-progress');
  if (NEGATED.test(key)) return reading('not-started');
  const percent = PERCENT.exec(folded);
  if (percent) return reading(fromPercent(Number(percent[1]!.replace(',', '.'))));
  if (DONE.test(key)) return reading('done');
  if (IN_PROGRESS.test(key)) return reading('in-progress');
  return reading(fuzzy(key));
}

function fromPercent(percent: number): ProgressState {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) return 'unknown';
  if (percent === 0) return 'not-started';
  return percent === 100 ? 'done' : 'in-progress';
}

function fuzzy(key: string): ProgressState {
  const words = key.split(' ');
  for (const [phrase, state, allowed] of FUZZY) {
    const head = words.slice(0, phrase.split(' ').length).join(' ');
    if (distance(key, phrase) <= allowed || (head !== key && distance(head, phrase) <= allowed)) return state;
  }
  return 'unknown';
}
