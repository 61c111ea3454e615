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

/** The parameters an entry's sentence takes. */
export type EntryParams<E> = E extends { readonly text: (params: infer P) => string }
  ? unknown extends P
    ? Record<never, never> // a sentence with no parameters, `() => '…'`
    : P extends object
      ? P
      : never
  : never;

/**
 * Declares one area's sentences; the keys are the message codes. Each example must be parameters
 * its own sentence takes, so the generated docs/messages.md cannot show a sentence no code can say.
 */
export function defineMessages<T extends { readonly [code: string]: AnyMessageEntry }>(entries: T & { readonly [C in keyof T]: MessageEntry<EntryParams<T[C]>> }): T {
  return entries;
}

/** The product's one quoting style: Vietnamese typographic quotes, “…”. */
export function quoted(text: string | number): string {
  return `“${text}”`;
}
