import { DASHBOARD_MESSAGES } from '../../src/messages/dashboard-messages.js';

type Entries = typeof DASHBOARD_MESSAGES;

/** One of the dashboard's sentences, rendered from the catalogue. */
export function say<C extends keyof Entries>(code: C, ...params: Parameters<Entries[C]['text']>): string {
  return (DASHBOARD_MESSAGES[code].text as (...values: unknown[]) => string)(...params);
}
