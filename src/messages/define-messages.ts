/**
 * A sentence the product shows, keyed by its code in the catalogue: the words rendered from typed
 * parameters, and an example of those parameters from which docs/messages.md is generated.
 */
export interface MessageEntry<P extends object> {
  readonly text: (params: P) => string;
  readonly example: P;
}

/** Any entry, whatever its parameters: what a catalogue area holds. */
export interface AnyMessageEntry {
  readonly text: (params: never) => string;
  readonly example: object;
}

/** Declares one area's sentences; the keys are the message codes. */
export function defineMessages<const T extends { readonly [code: string]: AnyMessageEntry }>(entries: T): T {
  return entries;
}

/** The product's one quoting style: Vietnamese typographic quotes, “…”. */
export function quoted(text: string | number): string {
  return `“${text}”`;
}
