/** How far into a worksheet part its <sheetViews> may be: it comes right after <sheetPr> and <dimension>. */
const HEAD_BYTES = 65_536;

const SELECTED_VIEW = /<(?:\w+:)?sheetView\b[^>]*\btabSelected\s*=\s*["'](?:1|true)["'][^>]*>/g;
const SELECTED = /\s+tabSelected\s*=\s*["'](?:1|true)["']/;

/** Whether a worksheet part marks its tab selected. */
export function isSheetSelected(part: Uint8Array): boolean {
  return new RegExp(SELECTED_VIEW.source).test(head(part));
}

/**
 * A worksheet part with its tab no longer marked selected, every other byte as it was (the head is
 * read one byte a character, so text in any encoding goes through unchanged); the part itself when
 * it marks nothing.
 */
export function unselectSheet(part: Uint8Array): Uint8Array {
  const text = head(part);
  const edited = text.replace(SELECTED_VIEW, (tag) => tag.replace(SELECTED, ''));
  if (edited === text) return part;
  const out = new Uint8Array(part.length - (text.length - edited.length));
  for (let i = 0; i < edited.length; i++) out[i] = edited.charCodeAt(i);
  out.set(part.subarray(text.length), edited.length);
  return out;
}

/** The part's first bytes, one character each (TextDecoder's "latin1" is windows-1252, which would not map back). */
function head(part: Uint8Array): string {
  let text = '';
  const end = Math.min(part.length, HEAD_BYTES);
  for (let i = 0; i < end; i += 8192) text += String.fromCharCode(...part.subarray(i, Math.min(end, i + 8192)));
  return text;
}
