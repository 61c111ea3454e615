import type ExcelJS from 'exceljs';
import { RULE_STYLES, STYLES } from './report-styles.js';
import { attribute, escapeXml } from './xml-text.js';
import type { RuleLook } from '../../src/sheet-model/sheet-model.js';

type Style = Partial<ExcelJS.Style>;

/** Number formats Excel knows by number without a <numFmt> (ECMA-376 part 1, 18.8.30). */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = { General: 0, '0': 1, '0.00': 2, '0%': 9, '0.00%': 10 };

/** Where the product's formats landed in a workbook's styles.xml: a cell format index per style, a dxf per status look. */
export interface OwnStyleIndexes {
  /** The cellXfs index of one of `STYLES` (by identity). */
  xf(style: Style): number;
  dxf(look: RuleLook): number;
}

/**
 * The workbook's styles part with the product's formats appended after the user's: number formats
 * under fresh ids (above every id the file uses; an identical format code of the user's is reused),
 * fonts, fills, borders, cell formats and differential formats after the last of theirs, so that no
 * index of theirs moves. Everything else in the part (cellStyles, colors, tableStyles, extLst,
 * namespaces) is left as it was.
 */
export function appendOwnStyles(stylesXml: string): { xml: string; indexes: OwnStyleIndexes } {
  const p = /<(\w+:)?styleSheet[\s>]/.exec(stylesXml)?.[1] ?? '';
  let xml = stylesXml;

  // Number formats.
  const userFormats = blockChildren(xml, `${p}numFmts`, `${p}numFmt`);
  const codeToId = new Map<string, number>();
  let maxId = 163;
  for (const tag of userFormats) {
    const id = Number(attribute(tag, 'numFmtId'));
    const code = attribute(tag, 'formatCode');
    if (Number.isFinite(id)) maxId = Math.max(maxId, id);
    if (code !== undefined && Number.isFinite(id) && !codeToId.has(code)) codeToId.set(code, id);
  }
  const newFormats: string[] = [];
  const formatId = (code: string | undefined): number => {
    if (code === undefined) return 0;
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = codeToId.get(code);
    if (id === undefined) {
      id = ++maxId;
      codeToId.set(code, id);
      newFormats.push(`<${p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  };

  // A format identical to one already in the part (ours from an earlier run) is used again, so that
  // rebuilding a report appends nothing and gives the same bytes.
  const fonts = new Pool(blockElements(xml, `${p}fonts`, `${p}font`));
  const fills = new Pool(blockElements(xml, `${p}fills`, `${p}fill`));
  const borders = new Pool(blockElements(xml, `${p}borders`, `${p}border`));
  const cellXfs = new Pool(blockElements(xml, `${p}cellXfs`, `${p}xf`));
  const dxfPool = new Pool(blockElements(xml, `${p}dxfs`, `${p}dxf`));
  const hasStyleXfs = blockChildren(xml, `${p}cellStyleXfs`, `${p}xf`).length > 0;

  const styles = Object.values(STYLES) as Style[];
  const xfIndex = new Map<Style, number>();
  for (const style of styles) {
    const numFmtId = formatId(style.numFmt);
    const fontId = style.font === undefined ? 0 : fonts.id(fontXml(p, style.font));
    const fillId = style.fill === undefined ? 0 : fills.id(fillXml(p, style.fill, false));
    const borderId = style.border === undefined ? 0 : borders.id(borderXml(p, style.border));
    const applied = [
      numFmtId !== 0 ? ' applyNumberFormat="1"' : '',
      style.font !== undefined ? ' applyFont="1"' : '',
      style.fill !== undefined ? ' applyFill="1"' : '',
      style.border !== undefined ? ' applyBorder="1"' : '',
      style.alignment !== undefined ? ' applyAlignment="1"' : '',
    ].join('');
    const head = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"${hasStyleXfs ? ' xfId="0"' : ''}${applied}`;
    xfIndex.set(style, cellXfs.id(style.alignment === undefined ? `${head}/>` : `${head}>${alignmentXml(p, style.alignment)}</${p}xf>`));
  }
  const looks = Object.keys(RULE_STYLES) as RuleLook[];
  const dxfIds = looks.map((look) => dxfPool.id(dxfXml(p, RULE_STYLES[look] as Style)));

  xml = appendChildren(xml, p, 'numFmts', newFormats, []);
  xml = appendChildren(xml, p, 'fonts', fonts.added, ['numFmts']);
  xml = appendChildren(xml, p, 'fills', fills.added, ['fonts', 'numFmts']);
  xml = appendChildren(xml, p, 'borders', borders.added, ['fills', 'fonts', 'numFmts']);
  xml = appendChildren(xml, p, 'cellXfs', cellXfs.added, ['cellStyleXfs', 'borders', 'fills', 'fonts', 'numFmts']);
  xml = appendChildren(xml, p, 'dxfs', dxfPool.added, ['cellStyles', 'cellXfs', 'cellStyleXfs', 'borders', 'fills', 'fonts', 'numFmts']);
  return {
    xml,
    indexes: {
      xf(style) {
        const index = xfIndex.get(style);
        if (index === undefined) throw new Error('A style outside STYLES');
        return index;
      },
      dxf: (look) => dxfIds[looks.indexOf(look)]!,
    },
  };
}

const CHILD: Readonly<Record<string, string>> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', dxfs: 'dxf' };

/** A list of the part: the entries there (by their XML, first of equals), then those appended, each distinct XML once. */
class Pool {
  readonly added: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly first: number;
  constructor(existing: readonly string[]) {
    this.first = existing.length;
    existing.forEach((xml, index) => {
      if (!this.ids.has(xml)) this.ids.set(xml, index);
    });
  }
  id(xml: string): number {
    let id = this.ids.get(xml);
    if (id === undefined) {
      id = this.first + this.added.length;
      this.ids.set(xml, id);
      this.added.push(xml);
    }
    return id;
  }
}

/** The whole child elements of a list (`<font>…</font>` in `<fonts>`), as written. */
function blockElements(xml: string, list: string, child: string): string[] {
  const block = findBlock(xml, list);
  if (block === null || block.selfClosing) return [];
  const q = child.replace(':', '\\:');
  const inner = xml.slice(block.innerStart, block.innerEnd);
  return [...inner.matchAll(new RegExp(`<${q}(?=[\\s/>])[^>]*?/>|<${q}(?=[\\s>])[^>]*>[\\s\\S]*?</${q}>`, 'g'))].map((match) => match[0]);
}

/** The start tags of a list's children (`<font …>` in `<fonts>`), in order; none when the list is absent. */
function blockChildren(xml: string, list: string, child: string): string[] {
  const block = findBlock(xml, list);
  if (block === null || block.selfClosing) return [];
  const inner = xml.slice(block.innerStart, block.innerEnd);
  return [...inner.matchAll(new RegExp(`<${child.replace(':', '\\:')}(?=[\\s/>])[^>]*>`, 'g'))].map((match) => match[0]);
}

interface Block {
  start: number;
  /** Index after the start tag. */
  innerStart: number;
  /** Index of the end tag (or of the self-closing tag's end). */
  innerEnd: number;
  end: number;
  startTag: string;
  selfClosing: boolean;
}

/** The first element of a name directly in the part (the style lists are never nested). */
export function findBlock(xml: string, name: string): Block | null {
  const open = new RegExp(`<${name.replace(':', '\\:')}(?=[\\s/>])[^>]*>`).exec(xml);
  if (open === null) return null;
  const startTag = open[0];
  const start = open.index;
  if (startTag.endsWith('/>')) return { start, innerStart: start + startTag.length, innerEnd: start + startTag.length, end: start + startTag.length, startTag, selfClosing: true };
  const close = xml.indexOf(`</${name}>`, start);
  if (close === -1) return null;
  return { start, innerStart: start + startTag.length, innerEnd: close, end: close + name.length + 3, startTag, selfClosing: false };
}

/**
 * Appends children to a list of the part, fixing its count; a list the part lacks is made, after the
 * first of `after` that the part has (or right after the root's start tag).
 */
function appendChildren(xml: string, p: string, list: string, children: readonly string[], after: readonly string[]): string {
  if (children.length === 0) return xml;
  const name = `${p}${list}`;
  const block = findBlock(xml, name);
  const childName = `${p}${CHILD[list]}`;
  if (block === null) {
    const content = `<${name} count="${children.length}">${children.join('')}</${name}>`;
    for (const previous of after) {
      const before = findBlock(xml, `${p}${previous}`);
      if (before !== null) return xml.slice(0, before.end) + content + xml.slice(before.end);
    }
    const root = /<(\w+:)?styleSheet(?=[\s>])[^>]*>/.exec(xml)!;
    const at = root.index + root[0].length;
    return xml.slice(0, at) + content + xml.slice(at);
  }
  const existing = blockChildren(xml, name, childName).length;
  const count = existing + children.length;
  const hasCount = attribute(block.startTag, 'count') !== undefined;
  const startTag = hasCount ? block.startTag.replace(/(\scount\s*=\s*)("[^"]*"|'[^']*')/, `$1"${count}"`) : block.startTag;
  if (block.selfClosing) {
    const openTag = startTag.replace(/\s*\/>$/, '>');
    return xml.slice(0, block.start) + openTag + children.join('') + `</${name}>` + xml.slice(block.end);
  }
  return xml.slice(0, block.start) + startTag + xml.slice(block.innerStart, block.innerEnd) + children.join('') + xml.slice(block.innerEnd);
}

const colour = (p: string, tag: string, value: { argb?: string } | undefined) => (value?.argb === undefined ? '' : `<${p}${tag} rgb="${value.argb}"/>`);

function fontXml(p: string, font: Partial<ExcelJS.Font>): string {
  return (
    `<${p}font>${font.bold ? `<${p}b/>` : ''}${font.italic ? `<${p}i/>` : ''}` +
    `${font.size === undefined ? '' : `<${p}sz val="${font.size}"/>`}${colour(p, 'color', font.color)}` +
    `${font.name === undefined ? '' : `<${p}name val="${escapeXml(font.name)}"/><${p}family val="1"/>`}</${p}font>`
  );
}

/** A fill; in a differential format a solid fill's colour is its background (ECMA-376 18.8.17). */
function fillXml(p: string, fill: ExcelJS.Fill, differential: boolean): string {
  const pattern = fill as ExcelJS.FillPattern;
  if (differential) return `<${p}fill><${p}patternFill patternType="solid">${colour(p, 'bgColor', pattern.bgColor ?? pattern.fgColor)}</${p}patternFill></${p}fill>`;
  return `<${p}fill><${p}patternFill patternType="${pattern.pattern}">${colour(p, 'fgColor', pattern.fgColor)}<${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
}

function borderXml(p: string, border: Partial<ExcelJS.Borders>): string {
  const side = (name: 'left' | 'right' | 'top' | 'bottom') => {
    const value = border[name];
    if (value?.style === undefined) return `<${p}${name}/>`;
    return `<${p}${name} style="${value.style}">${colour(p, 'color', value.color)}</${p}${name}>`;
  };
  return `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`;
}

function alignmentXml(p: string, alignment: Partial<ExcelJS.Alignment>): string {
  const parts = [
    alignment.horizontal === undefined ? '' : ` horizontal="${alignment.horizontal}"`,
    alignment.vertical === undefined ? '' : ` vertical="${alignment.vertical}"`,
    alignment.wrapText ? ' wrapText="1"' : '',
  ];
  return `<${p}alignment${parts.join('')}/>`;
}

function dxfXml(p: string, style: Style): string {
  const font = style.font === undefined ? '' : `<${p}font>${style.font.bold ? `<${p}b/>` : ''}${colour(p, 'color', style.font.color)}</${p}font>`;
  const fill = style.fill === undefined ? '' : fillXml(p, style.fill, true);
  const border = style.border === undefined ? '' : borderXml(p, style.border);
  return `<${p}dxf>${font}${fill}${border}</${p}dxf>`;
}
