import type { Grid } from '../../src/grid/grid.js';
import { readBody } from './docx-body.js';
import { documentGrids } from './docx-document-grids.js';
import { readNumbering } from './docx-numbering.js';
import { attr, findDeep, nameOf, parseXml, type XmlNode } from './docx-xml.js';
import { FileReadError, fileReadError } from './file-read-error.js';
import { message, type Message } from '../../src/messages/catalogue.js';
import { OoxmlPackageError, openOoxmlPackage, type OoxmlPackage } from './ooxml-package.js';

export interface DocumentGrids {
  readonly grids: Grid[];
  readonly notices: Message[];
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

/**
 * A Word document (.docx) as grids, in Node and in the browser: its task table first (the pieces
 * Word split it into joined, the heading paragraphs above it as rows on top), then its other tables.
 * A document without a table gives one grid of its paragraphs, so that the plan reader says it has
 * no task table. Throws `FileReadError` `CORRUPT_DOCUMENT` for a damaged package or broken XML.
 */
export function readDocx(bytes: Uint8Array | OoxmlPackage, fileName: string, sheet: string): DocumentGrids {
  let pkg: OoxmlPackage;
  try {
    pkg = bytes instanceof Uint8Array ? openOoxmlPackage(bytes) : bytes;
  } catch (error) {
    if (error instanceof OoxmlPackageError) throw fileReadError('CORRUPT_DOCUMENT', fileName, { detail: error.message });
    throw error;
  }
  let reading;
  try {
    const main = mainDocumentPart(pkg);
    const xml = pkg.text(main);
    const body = xml === undefined ? undefined : findDeep(parseXml(xml), 'w:body');
    if (body === undefined) throw fileReadError('CORRUPT_DOCUMENT', fileName, { detail: `no w:body in ${main}` });
    const related = relatedParts(pkg, main);
    const numbering = readNumbering(related.numbering && pkg.text(related.numbering), related.styles && pkg.text(related.styles));
    reading = readBody(body, numbering);
  } catch (error) {
    // Broken XML, or elements nested deeper than any real document (a hostile file).
    if (error instanceof FileReadError) throw error;
    throw fileReadError('CORRUPT_DOCUMENT', fileName, { detail: error instanceof Error ? error.message : String(error) });
  }
  const { blocks, trackedChanges } = reading;
  const { grids, tableCount, taskTable } = documentGrids(blocks, sheet);
  const notices: Message[] = [];
  if (taskTable !== null && (tableCount > 1 || taskTable.parts > 1)) {
    notices.push(message('FILE_DOCUMENT_TABLES', { file: fileName, tables: tableCount, first: taskTable.first, parts: taskTable.parts }));
  }
  if (trackedChanges) notices.push(message('FILE_TRACKED_CHANGES', { file: fileName }));
  return { grids, notices };
}

/** The main document part named by the package relationships, "word/document.xml" as a rule. */
function mainDocumentPart(pkg: OoxmlPackage): string {
  for (const rel of relationships(pkg, '_rels/.rels')) {
    if (OFFICE_DOCUMENT.test(rel.type)) return rel.target.replace(/^\//, '');
  }
  return 'word/document.xml';
}

function relatedParts(pkg: OoxmlPackage, main: string): { numbering?: string; styles?: string } {
  const folder = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
  const relsName = `${folder}_rels/${main.slice(folder.length)}.rels`;
  const found: { numbering?: string; styles?: string } = {};
  for (const rel of relationships(pkg, relsName)) {
    const target = rel.target.startsWith('/') ? rel.target.slice(1) : folder + rel.target;
    if (rel.type.endsWith('/numbering')) found.numbering = target;
    else if (rel.type.endsWith('/styles')) found.styles = target;
  }
  found.numbering ??= `${folder}numbering.xml`;
  found.styles ??= `${folder}styles.xml`;
  return found;
}

function relationships(pkg: OoxmlPackage, name: string): { type: string; target: string }[] {
  const xml = pkg.text(name);
  if (xml === undefined) return [];
  const list: { type: string; target: string }[] = [];
  const walk = (nodes: readonly XmlNode[]) => {
    for (const node of nodes) {
      if (nameOf(node) === 'Relationship') list.push({ type: attr(node, 'Type') ?? '', target: attr(node, 'Target') ?? '' });
      const children = node[nameOf(node)];
      if (Array.isArray(children)) walk(children as XmlNode[]);
    }
  };
  walk(parseXml(xml));
  return list;
}
