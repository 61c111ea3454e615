import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One XML element as fast-xml-parser's ordered form gives it: `{ "w:p": [children], ":@": {attributes} }`. */
export type XmlNode = Readonly<Record<string, unknown>>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // w:t keeps its spaces (xml:space="preserve"), and "1" stays the text "1".
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
});

/**
 * A part's XML as ordered nodes. Throws for a part that is not well-formed: the parser alone would
 * read mismatched tags leniently, and a damaged table read half right is worse than a clear refusal.
 */
export function parseXml(xml: string): XmlNode[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`XML not well-formed: ${valid.err.msg} (line ${valid.err.line})`);
  return parser.parse(xml) as XmlNode[];
}

/** The element's name ("w:p"), or "#text" for a text node. */
export function nameOf(node: XmlNode): string {
  for (const key of Object.keys(node)) if (key !== ':@') return key;
  return '';
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[nameOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function attr(node: XmlNode, name: string): string | undefined {
  const attributes = node[':@'] as Record<string, string> | undefined;
  return attributes?.[name];
}

/** The text of a text node, '' for an element. */
export function textOf(node: XmlNode): string {
  const value = node['#text'];
  return typeof value === 'string' ? value : value === undefined ? '' : String(value);
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return childrenOf(node).find((item) => nameOf(item) === name);
}

export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return childrenOf(node).filter((item) => nameOf(item) === name);
}

/** The `w:val` of a property element such as `<w:gridSpan w:val="3"/>` under `node`. */
export function valOf(node: XmlNode | undefined, name: string): string | undefined {
  const property = node === undefined ? undefined : child(node, name);
  return property === undefined ? undefined : attr(property, 'w:val');
}

/** The first element named `name` anywhere below `nodes`, depth first. */
export function findDeep(nodes: readonly XmlNode[], name: string): XmlNode | undefined {
  for (const node of nodes) {
    if (nameOf(node) === name) return node;
    const found = findDeep(childrenOf(node), name);
    if (found) return found;
  }
  return undefined;
}
