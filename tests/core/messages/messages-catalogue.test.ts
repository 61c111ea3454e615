import { describe, expect, it } from 'vitest';
import { renderMessagesDoc } from '../../../scripts/messages-doc.js';
import { CATALOGUE, MESSAGE_AREAS } from '../../../src/messages/catalogue.js';
import type { MessageEntry } from '../../../src/messages/define-messages.js';

const areas = Object.entries(MESSAGE_AREAS) as [string, Record<string, MessageEntry<object>>][];
const entries = Object.entries(CATALOGUE) as unknown as [string, MessageEntry<object>][];

describe('the message catalogue', () => {
  it('declares each code in one area only', () => {
    const areasOf = new Map<string, string[]>();
    for (const [area, messages] of areas) for (const code of Object.keys(messages)) areasOf.set(code, [...(areasOf.get(code) ?? []), area]);
    expect([...areasOf].filter(([, where]) => where.length > 1)).toEqual([]);
  });

  it('holds exactly the codes of the areas it lists', () => {
    const listed = areas.flatMap(([, messages]) => Object.keys(messages));
    expect(Object.keys(CATALOGUE).sort()).toEqual([...new Set(listed)].sort());
    expect(listed).toHaveLength(Object.keys(CATALOGUE).length);
  });

  it.each(entries)('renders %s from its example with nothing missing', (_code, entry) => {
    const text = entry.text(entry.example);
    expect(text.trim()).not.toBe('');
    expect(text).not.toMatch(/undefined|NaN|\[object /);
  });

  it.each(entries)('quotes values in %s as “…” only', (_code, entry) => {
    const text = entry.text(entry.example);
    expect(text).not.toMatch(/[«»]/);
    expect(text).not.toMatch(/"[^"\s)][^"]*"/);
    expect(text).not.toMatch(/(^|[\s(])'[^'\s][^']*'/);
    expect(text.split('“').length).toBe(text.split('”').length);
  });

  it('catches the quoting it refuses', () => {
    const refused = ['trang «Phụ lục»', 'trang "Phụ lục"', "trang 'Phụ lục'"];
    for (const text of refused) expect(/[«»]|"[^"\s)][^"]*"|(^|[\s(])'[^'\s][^']*'/.test(text), text).toBe(true);
  });
});

describe('docs/messages.md', () => {
  it('lists every message with its example sentence (regenerate: npx tsx scripts/messages-doc.ts)', async () => {
    const doc = renderMessagesDoc();
    for (const [code] of entries) expect(doc).toContain(`| \`${code}\` |`);
    await expect(doc).toMatchFileSnapshot('../../../docs/messages.md');
  });
});
