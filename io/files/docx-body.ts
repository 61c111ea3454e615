import type { CellValue } from '../../src/grid/cell-value.js';
import type { MergedRange } from '../../src/grid/grid.js';
import type { Numbering } from './docx-numbering.js';
import { attr, child, childrenOf, nameOf, textOf, valOf, type XmlNode } from './docx-xml.js';

/** A Word table read as rows of cells, each cell's paragraphs as its lines. */
export interface DocxTable {
  readonly rows: CellValue[][];
  readonly merges: MergedRange[];
  /** Columns of the table's grid (`w:tblGrid`), or of its widest row. */
  readonly width: number;
}

/** The document body in order: paragraphs (as their text) and tables. */
export type DocxBlock = { readonly kind: 'paragraph'; readonly text: string } | { readonly kind: 'table'; readonly table: DocxTable };

export interface BodyReading {
  readonly blocks: DocxBlock[];
  /** Whether the document holds tracked changes not yet accepted (they are read as accepted). */
  readonly trackedChanges: boolean;
}

/** Inline and block wrappers whose content is read as if they were not there. */
const TRANSPARENT = new Set(['w:ins', 'w:moveTo', 'w:hyperlink', 'w:smartTag', 'w:customXml', 'w:fldSimple', 'w:sdtContent', 'w:bdo', 'w:dir']);
/** Tracked deletions: dropped, as Word shows the document once the changes are accepted. */
const DELETED = new Set(['w:del', 'w:moveFrom']);

/**
 * Walks `w:body`: paragraphs with their list markers, tables with merged cells (`w:gridSpan`,
 * `w:vMerge`), content controls (`w:sdt`) read through, tracked insertions kept and deletions dropped,
 * hidden text (`w:vanish`) and drawings left out. A table nested in a cell is flattened into that
 * cell's lines, one line per nested row, its cells joined by "; ".
 */
export function readBody(body: XmlNode, numbering: Numbering): BodyReading {
  let trackedChanges = false;

  const blocksOf = (nodes: readonly XmlNode[], into: DocxBlock[]): DocxBlock[] => {
    for (const node of nodes) {
      const name = nameOf(node);
      if (name === 'w:p') into.push({ kind: 'paragraph', text: paragraphText(node) });
      else if (name === 'w:tbl') into.push({ kind: 'table', table: tableOf(node) });
      else if (name === 'w:sdt') blocksOf(childrenOf(child(node, 'w:sdtContent') ?? {}), into);
      else if (DELETED.has(name)) trackedChanges = true;
      else if (TRANSPARENT.has(name)) {
        if (name === 'w:ins' || name === 'w:moveTo') trackedChanges = true;
        blocksOf(childrenOf(node), into);
      }
    }
    return into;
  };

  const paragraphText = (p: XmlNode): string => {
    const marker = numbering.marker(child(p, 'w:pPr'));
    const text = inlineText(childrenOf(p));
    return marker === '' ? text : text === '' ? marker : `${marker} ${text}`;
  };

  const inlineText = (nodes: readonly XmlNode[]): string => {
    let text = '';
    for (const node of nodes) {
      const name = nameOf(node);
      if (name === 'w:r') text += runText(node);
      else if (name === 'w:sdt') text += inlineText(childrenOf(child(node, 'w:sdtContent') ?? {}));
      else if (DELETED.has(name)) trackedChanges = true;
      else if (TRANSPARENT.has(name)) {
        if (name === 'w:ins' || name === 'w:moveTo') trackedChanges = true;
        text += inlineText(childrenOf(node));
      }
    }
    return text;
  };

  const runText = (run: XmlNode): string => {
    const properties = child(run, 'w:rPr');
    if (properties && child(properties, 'w:vanish') && valOf(properties, 'w:vanish') !== '0') return '';
    let text = '';
    for (const node of childrenOf(run)) {
      switch (nameOf(node)) {
        case 'w:t':
          text += childrenOf(node).map(textOf).join('');
          break;
        case 'w:tab':
        case 'w:ptab':
          text += ' ';
          break;
        case 'w:br':
        case 'w:cr':
          text += '\n';
          break;
        case 'w:noBreakHyphen':
          text += '-';
          break;
        case 'w:sym':
          text += symbolText(attr(node, 'w:char'));
          break;
      }
    }
    return text;
  };

  const tableOf = (tbl: XmlNode): DocxTable => {
    const gridColumns = childrenOf(child(tbl, 'w:tblGrid') ?? {}).filter((node) => nameOf(node) === 'w:gridCol').length;
    const rows: CellValue[][] = [];
    const merges: MergedRange[] = [];
    const open = new Map<number, { top: number; left: number; right: number; bottom: number }>();
    const close = (left: number) => {
      const range = open.get(left);
      if (range && (range.bottom > range.top || range.right > range.left)) merges.push(range);
      open.delete(left);
    };
    let width = gridColumns;
    for (const tr of unwrap(childrenOf(tbl), 'w:tr')) {
      const trPr = child(tr, 'w:trPr');
      if (trPr && child(trPr, 'w:del')) {
        trackedChanges = true;
        continue;
      }
      const r = rows.length;
      const row: CellValue[] = [];
      let column = Number(valOf(trPr, 'w:gridBefore') ?? 0);
      const continued = new Set<number>();
      for (const tc of unwrap(childrenOf(tr), 'w:tc')) {
        const tcPr = child(tc, 'w:tcPr');
        const span = Math.max(1, Number(valOf(tcPr, 'w:gridSpan') ?? 1) || 1);
        const vMergeNode = tcPr ? child(tcPr, 'w:vMerge') : undefined;
        const vMerge = vMergeNode === undefined ? null : (attr(vMergeNode, 'w:val') ?? 'continue');
        const right = column + span - 1;
        if (vMerge === 'continue' && open.has(column)) {
          open.get(column)!.bottom = r;
          continued.add(column);
        } else {
          close(column);
          const value = cellText(tc);
          row[column] = value === '' ? null : value;
          if (vMerge === 'restart' || span > 1) {
            open.set(column, { top: r, left: column, right, bottom: r });
            if (vMerge === 'restart') continued.add(column);
          }
        }
        for (let c = column; c <= right; c++) if (row[c] === undefined) row[c] = null;
        column = right + 1;
      }
      for (const left of [...open.keys()]) if (!continued.has(left)) close(left);
      let end = row.length;
      while (end > 0 && row[end - 1] === null) end--;
      row.length = end;
      width = Math.max(width, column);
      rows.push(row);
    }
    for (const left of [...open.keys()]) close(left);
    return { rows, merges: merges.sort((a, b) => a.top - b.top || a.left - b.left), width };
  };

  /** A cell's lines: its paragraphs, and each row of a table nested in it. */
  const cellText = (tc: XmlNode): string => {
    const lines: string[] = [];
    for (const block of blocksOf(childrenOf(tc), [])) {
      if (block.kind === 'paragraph') lines.push(block.text);
      else {
        for (const row of block.table.rows) {
          const cells = row.filter((value): value is string => typeof value === 'string').map((value) => value.replace(/\n/g, ' '));
          if (cells.length > 0) lines.push(cells.join('; '));
        }
      }
    }
    while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
    while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
    return lines.join('\n');
  };

  const blocks = blocksOf(childrenOf(body), []);
  return { blocks, trackedChanges };
}

/** The rows of a table (or the cells of a row), through content controls and custom XML around them. */
function unwrap(nodes: readonly XmlNode[], name: string): XmlNode[] {
  const found: XmlNode[] = [];
  for (const node of nodes) {
    const nodeName = nameOf(node);
    if (nodeName === name) found.push(node);
    else if (nodeName === 'w:sdt') found.push(...unwrap(childrenOf(child(node, 'w:sdtContent') ?? {}), name));
    else if (nodeName === 'w:customXml' || nodeName === 'w:ins' || nodeName === 'w:moveTo') found.push(...unwrap(childrenOf(node), name));
  }
  return found;
}

/** A `w:sym` character: Symbol-font bullets (F0B7…) as "•", others as the character. */
function symbolText(code: string | undefined): string {
  if (code === undefined) return '';
  const value = Number.parseInt(code, 16);
  if (Number.isNaN(value)) return '';
  if (value >= 0xf000 && value <= 0xf0ff) return '•';
  return String.fromCodePoint(value);
}
