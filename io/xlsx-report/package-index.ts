import { attribute, escapeXml } from './xml-text.js';

/** One relationship of a .rels part, with its element as written. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
  readonly element: string;
}

export const REL_TYPES = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  extendedProperties: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
} as const;

/** Whether a relationship is of a type, in the transitional or the strict namespace. */
export function isType(relationship: Relationship, type: string): boolean {
  const tail = type.slice(type.lastIndexOf('/'));
  return relationship.type === type || (relationship.type.endsWith(tail) && relationship.type.includes('purl.oclc.org/ooxml/officeDocument/relationships'));
}

export function parseRelationships(xml: string | undefined): Relationship[] {
  if (xml === undefined) return [];
  return [...xml.matchAll(/<(?:\w+:)?Relationship(?=[\s/>])[^>]*>(?:\s*<\/(?:\w+:)?Relationship>)?/g)].map((match) => ({
    id: attribute(match[0], 'Id') ?? '',
    type: attribute(match[0], 'Type') ?? '',
    target: attribute(match[0], 'Target') ?? '',
    external: attribute(match[0], 'TargetMode') === 'External',
    element: match[0],
  }));
}

/** The .rels part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part name, from the part that holds the relationship ("" for the package). */
export function resolvePart(fromPart: string, target: string): string {
  const path = target.split('#')[0]!;
  const base = path.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const segment of path.replace(/^\//, '').split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(decodeURIComponentSafe(segment));
  }
  return base.join('/');
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A target for a part, relative to the part that points at it. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** A .rels part with some relationships removed (by id) and others appended; the rest as it was. */
export function editRelationships(xml: string, removeIds: ReadonlySet<string>, add: readonly { id: string; type: string; target: string }[]): string {
  let result = xml;
  if (removeIds.size > 0) {
    result = result.replace(/\s*<(?:\w+:)?Relationship(?=[\s/>])[^>]*>(?:\s*<\/(?:\w+:)?Relationship>)?/g, (element) => {
      const id = attribute(element, 'Id');
      return id !== undefined && removeIds.has(id) ? '' : element;
    });
  }
  if (add.length === 0) return result;
  const prefix = /<(\w+:)?Relationships[\s>]/.exec(result)?.[1] ?? '';
  const added = add.map((item) => `<${prefix}Relationship Id="${escapeXml(item.id)}" Type="${item.type}" Target="${escapeXml(item.target)}"/>`).join('');
  return insertBeforeClose(result, `${prefix}Relationships`, added);
}

export function relationshipsXml(items: readonly { id: string; type: string; target: string }[]): string {
  return editRelationships(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
    new Set(),
    items,
  );
}

/** Inserts text before the root's end tag (or opens a self-closing root). */
export function insertBeforeClose(xml: string, root: string, text: string): string {
  const close = xml.lastIndexOf(`</${root}>`);
  if (close !== -1) return xml.slice(0, close) + text + xml.slice(close);
  const selfClosing = new RegExp(`<${root.replace(':', '\\:')}(?=[\\s/])[^>]*?\\s*/>`).exec(xml);
  if (selfClosing === null) throw new Error(`No ${root} element`);
  const open = selfClosing[0].replace(/\s*\/>$/, '>');
  return xml.slice(0, selfClosing.index) + open + text + `</${root}>` + xml.slice(selfClosing.index + selfClosing[0].length);
}

/** [Content_Types].xml with the overrides of some parts removed and others added. */
export function editContentTypes(xml: string, removeParts: ReadonlySet<string>, add: readonly { part: string; type: string }[]): string {
  const lowered = new Set([...removeParts].map((part) => `/${part}`.toLowerCase()));
  let result = xml.replace(/\s*<(?:\w+:)?Override(?=[\s/>])[^>]*>(?:\s*<\/(?:\w+:)?Override>)?/g, (element) => {
    const name = attribute(element, 'PartName');
    return name !== undefined && lowered.has(name.toLowerCase()) ? '' : element;
  });
  const prefix = /<(\w+:)?Types[\s>]/.exec(result)?.[1] ?? '';
  const added = add.map(({ part, type }) => `<${prefix}Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`).join('');
  if (added !== '') result = insertBeforeClose(result, `${prefix}Types`, added);
  return result;
}

/** Whether [Content_Types].xml has a default for an extension. */
export function hasDefault(xml: string, extension: string): boolean {
  return [...xml.matchAll(/<(?:\w+:)?Default(?=[\s/>])[^>]*>/g)].some((match) => attribute(match[0], 'Extension')?.toLowerCase() === extension);
}

export function addDefault(xml: string, extension: string, type: string): string {
  const prefix = /<(\w+:)?Types[\s>]/.exec(xml)?.[1] ?? '';
  const types = new RegExp(`<${prefix.replace(':', '\\:')}Types(?=[\\s>])[^>]*>`).exec(xml)!;
  const at = types.index + types[0].length;
  return xml.slice(0, at) + `<${prefix}Default Extension="${extension}" ContentType="${type}"/>` + xml.slice(at);
}

/** The content type of a part by its override, or by its extension's default. */
export function contentTypeOf(xml: string, part: string): string | undefined {
  const wanted = `/${part}`.toLowerCase();
  for (const match of xml.matchAll(/<(?:\w+:)?Override(?=[\s/>])[^>]*>/g)) {
    if (attribute(match[0], 'PartName')?.toLowerCase() === wanted) return attribute(match[0], 'ContentType');
  }
  const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  for (const match of xml.matchAll(/<(?:\w+:)?Default(?=[\s/>])[^>]*>/g)) {
    if (attribute(match[0], 'Extension')?.toLowerCase() === extension) return attribute(match[0], 'ContentType');
  }
  return undefined;
}
