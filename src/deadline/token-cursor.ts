/**
 * Reads the words of a normalized phrase one at a time. "quy 1/2026" → quy · 1 · / · 2026.
 * A cursor belongs to one parse call; moving it is the only change it allows.
 */
export interface TokenCursor {
  readonly tokens: readonly string[];
  pos: number;
}

const TOKEN = /\d+|[a-z]+|\S/g;

export function tokenCursor(normalized: string): TokenCursor {
  return { tokens: normalized.match(TOKEN) ?? [], pos: 0 };
}

export function peekToken(cursor: TokenCursor, ahead = 0): string | undefined {
  return cursor.tokens[cursor.pos + ahead];
}

export function atEnd(cursor: TokenCursor): boolean {
  return cursor.pos >= cursor.tokens.length;
}

/** Moves past `words` when they come next, in order; otherwise stays put and answers false. */
export function acceptTokens(cursor: TokenCursor, ...words: string[]): boolean {
  if (!words.every((word, i) => cursor.tokens[cursor.pos + i] === word)) return false;
  cursor.pos += words.length;
  return true;
}

/** Moves past a number between `min` and `max` written with at most `maxDigits` digits. */
export function acceptNumber(cursor: TokenCursor, min: number, max: number, maxDigits = 2): number | null {
  const token = cursor.tokens[cursor.pos];
  if (token === undefined || !/^\d+$/.test(token) || token.length > maxDigits) return null;
  const value = Number(token);
  if (value < min || value > max) return null;
  cursor.pos += 1;
  return value;
}

/** Moves past a four-digit year of the plans' era (1900–2199). */
export function acceptYear(cursor: TokenCursor): number | null {
  const token = cursor.tokens[cursor.pos];
  if (token === undefined || !/^\d{4}$/.test(token)) return null;
  return acceptNumber(cursor, 1900, 2199, 4);
}

/** Runs `read`; if it finds nothing, puts the cursor back where it was. */
export function attempt<T>(cursor: TokenCursor, read: () => T | null): T | null {
  const start = cursor.pos;
  const result = read();
  if (result === null) cursor.pos = start;
  return result;
}
