import { attr, child, childrenNamed, childrenOf, nameOf, parseXml, valOf, type XmlNode } from './docx-xml.js';

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
}

/** Gives each numbered or bulleted paragraph its marker as Word shows it: "1.", "a)", "-", "•". */
export interface Numbering {
  /** The marker for a paragraph's properties (`w:pPr`), counting on from earlier paragraphs; '' when it has none. */
  marker(paragraphProperties: XmlNode | undefined): string;
}

/** Bullets Word draws with a symbol font (U+F0B7 in Symbol) shown as what a reader sees. */
const KEPT_BULLETS = /^[-–—+•*·▪◦○●■□➢►✓]$/;

/**
 * Reads numbering.xml (and the list numbering paragraph styles carry, from styles.xml) so that list
 * markers are kept as text: a cell reading "a) Kế hoạch" in Word reads the same here.
 */
export function readNumbering(numberingXml: string | undefined, stylesXml: string | undefined): Numbering {
  const levels = new Map<string, Map<number, Level>>();
  const starts = new Map<string, Map<number, number>>();
  const root = numberingXml === undefined ? undefined : rootElement(parseXml(numberingXml), 'w:numbering');
  const abstract = new Map<string, Map<number, Level>>();
  for (const node of root ? childrenNamed(root, 'w:abstractNum') : []) {
    abstract.set(attr(node, 'w:abstractNumId') ?? '', readLevels(node));
  }
  for (const num of root ? childrenNamed(root, 'w:num') : []) {
    const id = attr(num, 'w:numId') ?? '';
    const base = new Map(abstract.get(valOf(num, 'w:abstractNumId') ?? '') ?? []);
    const overrides = new Map<number, number>();
    for (const override of childrenNamed(num, 'w:lvlOverride')) {
      const ilvl = Number(attr(override, 'w:ilvl') ?? 0);
      const lvl = child(override, 'w:lvl');
      if (lvl) base.set(ilvl, readLevel(lvl));
      const start = valOf(override, 'w:startOverride');
      if (start !== undefined) overrides.set(ilvl, Number(start));
    }
    levels.set(id, base);
    starts.set(id, overrides);
  }
  const styles = readStyleNumbering(stylesXml);
  const counters = new Map<string, number[]>();

  return {
    marker(pPr) {
      const numPr = pPr ? child(pPr, 'w:numPr') : undefined;
      const style = pPr ? valOf(pPr, 'w:pStyle') : undefined;
      const fromStyle = style !== undefined ? styles(style) : undefined;
      const numId = valOf(numPr, 'w:numId') ?? fromStyle?.numId;
      if (numId === undefined || numId === '0') return '';
      const ilvl = Number(valOf(numPr, 'w:ilvl') ?? fromStyle?.ilvl ?? 0);
      const list = levels.get(numId);
      const level = list?.get(ilvl);
      if (list === undefined || level === undefined) return '';
      const startOf = (lvl: number) => starts.get(numId)?.get(lvl) ?? list.get(lvl)?.start ?? 1;
      const counts = counters.get(numId) ?? [];
      counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl]! + 1;
      counts.length = ilvl + 1;
      counters.set(numId, counts);
      if (level.format === 'bullet') return bulletText(level.text);
      if (level.format === 'none') return level.text.replace(/%\d/g, '').trim();
      return level.text
        .replace(/%(\d)/g, (_, n: string) => {
          const lvl = Number(n) - 1;
          return formatNumber(counts[lvl] ?? startOf(lvl), list.get(lvl)?.format ?? 'decimal');
        })
        .trim();
    },
  };
}

function rootElement(nodes: readonly XmlNode[], name: string): XmlNode | undefined {
  return nodes.find((node) => nameOf(node) === name);
}

function readLevels(abstractNum: XmlNode): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childrenNamed(abstractNum, 'w:lvl')) levels.set(Number(attr(lvl, 'w:ilvl') ?? 0), readLevel(lvl));
  return levels;
}

function readLevel(lvl: XmlNode): Level {
  return {
    start: Number(valOf(lvl, 'w:start') ?? 1),
    format: valOf(lvl, 'w:numFmt') ?? 'decimal',
    text: valOf(lvl, 'w:lvlText') ?? '',
  };
}

function bulletText(text: string): string {
  const trimmed = text.trim();
  return KEPT_BULLETS.test(trimmed) ? trimmed : '•';
}

function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value).toLowerCase();
    case 'upperLetter':
      return letters(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperRoman':
      return roman(value);
    case 'decimalZero':
      return String(value).padStart(2, '0');
    default:
      return String(value);
  }
}

/** Word's letters: a … z, then aa … zz. */
function letters(value: number): string {
  if (value < 1) return String(value);
  const letter = String.fromCharCode(65 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  if (value < 1 || value > 3999) return String(value);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let text = '';
  for (const [size, symbol] of table)
    while (rest >= size) {
      text += symbol;
      rest -= size;
    }
  return text;
}

/** The list numbering a paragraph style gives (following `w:basedOn`), by style id. */
function readStyleNumbering(stylesXml: string | undefined): (styleId: string) => { numId: string; ilvl?: string } | undefined {
  const root = stylesXml === undefined ? undefined : rootElement(parseXml(stylesXml), 'w:styles');
  const byId = new Map<string, XmlNode>();
  for (const style of root ? childrenNamed(root, 'w:style') : []) byId.set(attr(style, 'w:styleId') ?? '', style);
  const lookup = (styleId: string, depth: number): { numId: string; ilvl?: string } | undefined => {
    const style = byId.get(styleId);
    if (style === undefined || depth > 10) return undefined;
    const numPr = childrenOf(style).find((node) => nameOf(node) === 'w:pPr');
    const pr = numPr ? child(numPr, 'w:numPr') : undefined;
    const numId = valOf(pr, 'w:numId');
    if (numId !== undefined) {
      const ilvl = valOf(pr, 'w:ilvl');
      return ilvl === undefined ? { numId } : { numId, ilvl };
    }
    const basedOn = valOf(style, 'w:basedOn');
    return basedOn === undefined ? undefined : lookup(basedOn, depth + 1);
  };
  return (styleId) => lookup(styleId, 0);
}
