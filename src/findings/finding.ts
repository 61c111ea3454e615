import { message, renderMessage, type Message, type MessageParams } from '../messages/catalogue.js';
import type { FindingCode } from '../messages/findings-messages.js';
import { FINDING_SEVERITY } from './finding-severity.js';

export type { FindingCode };

export type Severity = 'error' | 'warning' | 'info';

/** What a finding's sentence is built from besides its cell. */
export type FindingParams<C extends FindingCode> = Omit<MessageParams<C>, 'cell'>;

/**
 * A problem found in the user's data: what, where (a source cell such as "F12"), how bad, and why.
 * `params` and `cell` are what the catalogue words it from; `message` is that sentence, rendered
 * once so hosts that show findings as they come (a sidebar, the JSON contract) need not render it.
 */
export interface Finding {
  readonly code: FindingCode;
  readonly cell: string;
  readonly severity: Severity;
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Builds a finding; its severity comes from the severity map, its sentence from the catalogue. */
export function finding<C extends FindingCode>(code: C, cell: string, ...params: object extends FindingParams<C> ? [FindingParams<C>?] : [FindingParams<C>]): Finding {
  const given = (params[0] ?? {}) as Readonly<Record<string, string | number>>;
  return { code, cell, severity: FINDING_SEVERITY[code], message: renderMessage(findingMessage({ code, cell, params: given })), params: given };
}

/** A finding as a catalogue message, for a host that renders it with a hint of its own. */
export function findingMessage(value: Pick<Finding, 'code' | 'cell' | 'params'>): Message {
  return message(value.code, { ...value.params, cell: value.cell } as unknown as MessageParams<FindingCode>);
}
