/** Excel on the web refuses a request or a response over 5 MB, counted in UTF-8 bytes of its JSON. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/** UTF-8 bytes of a text as JSON carries it: quotes, escaped quotes and backslashes, 2–3 bytes a Vietnamese letter. */
export function jsonTextBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20) bytes += SHORT_ESCAPES.has(code) ? 2 : 6;
    else if (code < 0x80) bytes += code === 0x22 || code === 0x5c ? 2 : 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else if (code >= 0xd800 && code < 0xe000)
      bytes += 6; // a lone surrogate is written as \uXXXX
    else bytes += 3;
  }
  return bytes;
}

/** \b \t \n \f \r: the control characters JSON writes in two characters; the others take \u00XX. */
const SHORT_ESCAPES = new Set([0x08, 0x09, 0x0a, 0x0c, 0x0d]);

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code < 0xe000;
}

/**
 * UTF-8 bytes of a grid of cells as JSON: the `values` or `numberFormat` of a range read back.
 *
 * @example gridJsonBytes([['Quý I', 3]]) → 13
 */
export function gridJsonBytes(grid: readonly (readonly unknown[])[]): number {
  let bytes = 2 + Math.max(0, grid.length - 1);
  for (const row of grid) {
    bytes += 2 + Math.max(0, row.length - 1);
    for (const cell of row) bytes += typeof cell === 'string' ? jsonTextBytes(cell) : JSON.stringify(cell ?? null).length;
  }
  return bytes;
}

/** Whether office.js refused a sync because its answer would be over the payload limit. */
export function isResponseTooLarge(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ResponsePayloadSizeLimitExceeded';
}
