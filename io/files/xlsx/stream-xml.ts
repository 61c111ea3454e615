import { SaxesParser } from 'saxes';

/** A part that is not well-formed XML; `part` names it ("xl/worksheets/sheet1.xml"). */
export class MalformedXmlError extends Error {
  override readonly name = 'MalformedXmlError';

  constructor(
    readonly part: string,
    message: string,
  ) {
    super(`${part}: ${message}`);
  }
}

/** What a reader does with the elements of a part; names are local (an "x:c" element is "c"). */
export interface XmlHandlers {
  open?(name: string, attributes: Readonly<Record<string, string>>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/**
 * Text kept of one cell or shared string at most, in characters: Excel holds 32,767 in a cell; a
 * hostile part with one text of hundreds of millions would otherwise pass what a string can hold.
 */
export const MAX_TEXT_LENGTH = 1 << 20;

/** `text` appended to `kept`, no further than `MAX_TEXT_LENGTH` in all. */
export function appendBounded(kept: string, text: string): string {
  const room = MAX_TEXT_LENGTH - kept.length;
  return room <= 0 ? kept : kept + (text.length > room ? text.slice(0, room) : text);
}

/** Inflated parts are fed to the parser a megabyte at a time, so a big sheet never becomes one string. */
const CHUNK_BYTES = 1 << 20;

/**
 * Streams one XML part through saxes. Only what the handlers keep stays in memory. saxes expands no
 * entity defined in a DTD, so an "entity expansion" part cannot grow either.
 *
 * @throws MalformedXmlError when the part is not well-formed XML (cut short, bad characters…)
 */
export function streamXml(bytes: Uint8Array, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  parser.on('error', (error) => {
    throw new MalformedXmlError(part, error.message);
  });
  const { open, text, close } = handlers;
  if (open) parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as Record<string, string>));
  if (text) parser.on('text', text);
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  const decoder = new TextDecoder('utf-8');
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
    parser.write(decoder.decode(bytes.subarray(offset, offset + CHUNK_BYTES), { stream: true }));
  }
  parser.write(decoder.decode());
  parser.close();
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by its local name, whatever prefix it carries ("r:id" for "id"). */
export function attributeOf(attributes: Readonly<Record<string, string>>, name: string): string | undefined {
  const plain = attributes[name];
  if (plain !== undefined) return plain;
  const suffix = `:${name}`;
  for (const key in attributes) if (key.endsWith(suffix)) return attributes[key];
  return undefined;
}

/** OOXML escapes characters XML cannot hold as `_xHHHH_` (a line feed is `_x000A_`, "_" itself `_x005F_`). */
export function decodeOoxmlEscapes(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
