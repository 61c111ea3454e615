import { CLI_MESSAGES } from './cli-messages.js';
import { COMMON_MESSAGES } from './common-messages.js';
import type { AnyMessageEntry, EntryParams, MessageEntry } from './define-messages.js';
import { DASHBOARD_MESSAGES } from './dashboard-messages.js';
import { EXCEL_MESSAGES } from './excel-messages.js';
import { FILE_READ_MESSAGES } from './file-read-messages.js';
import { FINDING_MESSAGES } from './findings-messages.js';
import { PAGE_MESSAGES } from './page-messages.js';
import { PERIOD_MESSAGES } from './period-messages.js';
import { USE_CASE_MESSAGES } from './use-case-messages.js';

/**
 * The catalogue's areas by name, as docs/messages.md groups them. An area added to CATALOGUE below
 * is added here too: the catalogue test checks both list the same codes, and that no code is
 * declared in two areas (the spread would keep the last one silently).
 */
export const MESSAGE_AREAS = {
  common: COMMON_MESSAGES,
  findings: FINDING_MESSAGES,
  'file-read': FILE_READ_MESSAGES,
  cli: CLI_MESSAGES,
  page: PAGE_MESSAGES,
  period: PERIOD_MESSAGES,
  'use-case': USE_CASE_MESSAGES,
  dashboard: DASHBOARD_MESSAGES,
  excel: EXCEL_MESSAGES,
} as const satisfies Record<string, Record<string, AnyMessageEntry>>;

/**
 * Every Vietnamese sentence the product shows, by code. Each area keeps its sentences in its own
 * file (`<area>-messages.ts`) and is spread in here; the catalogue test checks that no code is
 * declared twice and regenerates docs/messages.md.
 */
export const CATALOGUE = {
  ...COMMON_MESSAGES,
  ...FINDING_MESSAGES,
  ...FILE_READ_MESSAGES,
  ...CLI_MESSAGES,
  ...PAGE_MESSAGES,
  ...PERIOD_MESSAGES,
  ...USE_CASE_MESSAGES,
  ...DASHBOARD_MESSAGES,
  ...EXCEL_MESSAGES,
} as const satisfies Record<string, AnyMessageEntry>;

export type MessageCode = keyof typeof CATALOGUE;

export type MessageParams<C extends MessageCode> = EntryParams<(typeof CATALOGUE)[C]>;

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

/** Several messages as one text, one sentence a line (a host that shows them together). */
export function renderMessages(values: readonly Message[], separator = '\n'): string {
  return values.map(renderMessage).join(separator);
}
