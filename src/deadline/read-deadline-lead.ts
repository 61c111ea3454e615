import { acceptTokens, peekToken, type TokenCursor } from './token-cursor.js';

/**
 * What the words before a time say about it.
 * - `before`: "Trước 15/01/2026" — due the day before.
 * - `by`: "Chậm nhất", "Hạn", "Đến hết" — due on the last day named, no window.
 * - `from`: "Từ tháng 2 đến tháng 6" — a window, which must have an end.
 * - `phase`: "Giai đoạn 2026 - 2030".
 * - `end`: "Cuối năm 2026" — the window named.
 * - `within`: "Trong tháng 10", "Cả năm", "Vào quý I" — the window named.
 * - `none`: nothing, or only "Hoàn thành", "Dự kiến", "Thời gian:".
 */
export type DeadlineLead = 'none' | 'within' | 'end' | 'phase' | 'from' | 'by' | 'before';

const STRENGTH: Readonly<Record<DeadlineLead, number>> = { none: 0, within: 1, end: 2, phase: 3, from: 4, by: 5, before: 6 };

const LEAD_WORDS: readonly (readonly [readonly string[], DeadlineLead])[] = [
  [['hoan', 'thanh'], 'none'],
  [['du', 'kien'], 'none'],
  [['thoi', 'gian'], 'none'],
  [['thoi', 'han'], 'none'],
  [['la'], 'none'],
  [[':'], 'none'],
  [['truoc'], 'before'],
  [['cham', 'nhat'], 'by'],
  [['muon', 'nhat'], 'by'],
  [['khong', 'muon', 'hon'], 'by'],
  [['khong', 'qua'], 'by'],
  [['han', 'chot'], 'by'],
  [['han', 'cuoi'], 'by'],
  [['han'], 'by'],
  [['den', 'het'], 'by'],
  [['den'], 'by'],
  [['het'], 'by'],
  [['trong', 'suot'], 'within'],
  [['trong'], 'within'],
  [['ca'], 'within'],
  [['vao'], 'within'],
  [['tu'], 'from'],
  [['cuoi'], 'end'],
  [['giai', 'doan'], 'phase'],
];

/** The lead words by their first word, longest first, so that a phrase is matched without trying them all. */
const BY_FIRST_WORD = new Map<string, (readonly [readonly string[], DeadlineLead])[]>();
for (const entry of LEAD_WORDS) {
  const first = entry[0][0] ?? '';
  BY_FIRST_WORD.set(
    first,
    [...(BY_FIRST_WORD.get(first) ?? []), entry].sort((a, b) => b[0].length - a[0].length),
  );
}

/**
 * Reads the words in front of a time and keeps the strongest meaning among them:
 * "hoan thanh truoc ngay …" → before; "cham nhat la trong thang …" → by; "ca nam 2026" → within.
 */
export function readDeadlineLead(cursor: TokenCursor): DeadlineLead {
  let lead: DeadlineLead = 'none';
  for (;;) {
    const candidates = BY_FIRST_WORD.get(peekToken(cursor) ?? '');
    const found = candidates?.find(([words]) => acceptTokens(cursor, ...words));
    if (found === undefined) return lead;
    if (STRENGTH[found[1]] > STRENGTH[lead]) lead = found[1];
  }
}
