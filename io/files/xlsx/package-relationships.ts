import type { OoxmlPackage } from '../ooxml-package.js';
import { attributeOf, streamXml } from './stream-xml.js';

export interface Relationship {
  readonly id: string;
  /** The relationship type URI; compare by its last segment ("/worksheet"), which Strict OOXML shares. */
  readonly type: string;
  /** The target part's name in the package, resolved against the source part's folder. */
  readonly part: string;
  readonly external: boolean;
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels", "" → "_rels/.rels". */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The relationships a part declares, none when it has no relationships part. */
export function readRelationships(pkg: OoxmlPackage, sourcePart: string): Relationship[] {
  const relsPart = relationshipsPartOf(sourcePart);
  const bytes = partBytes(pkg, relsPart);
  if (bytes === undefined) return [];
  const folder = sourcePart.slice(0, sourcePart.lastIndexOf('/') + 1);
  const relationships: Relationship[] = [];
  streamXml(bytes, relsPart, {
    open(name, attributes) {
      if (name !== 'Relationship') return;
      const target = attributeOf(attributes, 'Target') ?? '';
      const external = attributeOf(attributes, 'TargetMode') === 'External';
      relationships.push({
        id: attributeOf(attributes, 'Id') ?? '',
        type: attributeOf(attributes, 'Type') ?? '',
        part: external ? target : resolvePartName(folder, target),
        external,
      });
    },
  });
  return relationships;
}

export function hasType(relationship: Relationship, lastSegment: string): boolean {
  return relationship.type.endsWith(`/${lastSegment}`);
}

/** "worksheets/sheet1.xml" from "xl/" → "xl/worksheets/sheet1.xml"; "/xl/x.xml" is from the root; ".." climbs. */
export function resolvePartName(folder: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : folder + target;
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/**
 * A part's bytes by name. Part names are case-insensitive in OOXML and a target may be
 * percent-encoded, while ZIP entry names are matched exactly; try those spellings too.
 */
export function partBytes(pkg: OoxmlPackage, part: string): Uint8Array | undefined {
  const exact = pkg.bytes(part);
  if (exact !== undefined) return exact;
  let decoded = part;
  try {
    decoded = decodeURIComponent(part);
  } catch {
    // not percent-encoded after all
  }
  const lower = decoded.toLowerCase();
  const name = pkg.names.find((candidate) => candidate.toLowerCase() === lower);
  return name === undefined ? undefined : pkg.bytes(name);
}
