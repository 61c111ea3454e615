import { COMMON_MESSAGES } from './common-messages.js';
import { DASHBOARD_MESSAGES } from './dashboard-messages.js';
import type { AnyMessageEntry, MessageEntry } from './define-messages.js';

/**
 * Every Vietnamese sentence the product shows, by code. Each area keeps its sentences in its own
 * file (`<area>-messages.ts`) and is spread in here; the catalogue test checks that no code is
 * declared twice and regenerates docs/messages.md.
 */
export const CATALOGUE = {
  ...COMMON_MESSAGES,
  ...DASHBOARD_MESSAGES,
} as const satisfies Record<string, AnyMessageEntry>;

export type MessageCode = keyof typeof CATALOGUE;

export type MessageParams<C extends MessageCode> = (typeof CATALOGUE)[C] extends MessageEntry<infer P> ? P : never;

/** A typed result of the core that a host shows: a code and its parameters, never a sentence. */
export type Message = { [C in MessageCode]: { readonly code: C; readonly params: MessageParams<C> } }[MessageCode];

export function message<C extends MessageCode>(code: C, params: MessageParams<C>): Message {
  return { code, params } as Message;
}

/** The sentence of a message, as every host shows it. */
export function renderMessage(value: Message): string {
  const entry = CATALOGUE[value.code] as unknown as MessageEntry<object>;
  return entry.text(value.params);
}
