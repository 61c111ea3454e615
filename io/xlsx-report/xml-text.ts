// eslint-disable-next-line no-control-regex
const UNWRITABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ud800-\udfff\ufffe\uffff]/;
const SPECIAL = /[&<>"]/;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text as XML content or an attribute value: &, <, > and " escaped; characters XML 1.0 cannot hold
 * (control characters, lone surrogates) dropped, as Excel itself cannot store them either. One pass
 * over the text in the usual case (a formula has quotes and ampersands, seldom control characters).
 */
export function escapeXml(text: string): string {
  let result = text;
  if (UNWRITABLE.test(result)) {
    result = result
      // A lone surrogate has no XML form; a pair (an emoji) stays.
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, '');
  }
  return SPECIAL.test(result) ? result.replace(/[&<>"]/g, (character) => ENTITIES[character]!) : result;
}

/** An escaped attribute or text value read back: the five predefined entities and character references. */
export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_match, entity: string) => {
    if (entity[0] === '#') return String.fromCodePoint(entity[1] === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[entity as 'amp']!;
  });
}

/** The value of an attribute in an element's start tag (`<sheet name="A" …>`), unescaped; undefined when absent. */
export function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (match === null) return undefined;
  return unescapeXml(match[2] ?? match[3] ?? '');
}

/** A start tag with one attribute set (replaced when there, added before the end otherwise). */
export function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${escapeXml(value)}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${escapeXml(value)}"$1`);
}
