import type { CellValue } from '../../src/grid/cell-value.js';
import { unescapeXml } from './xml-text.js';

/**
 * The first rows of a worksheet part as plain values, enough to recognise a sheet the product wrote
 * (its registry, its title cell, its header row) without reading the rest of a possibly huge sheet:
 * only the part's first `prefixBytes` are decoded. Inline strings, formula results and shared strings
 * (a sheet of ours the user saved again in Excel) are read.
 */
export function firstRows(part: Uint8Array, rows: number, sharedString: (index: number) => string, prefixBytes = 1 << 20): CellValue[][] {
  const xml = new TextDecoder('utf-8').decode(part.subarray(0, prefixBytes));
  const result: CellValue[][] = [];
  const rowPattern = /<(?:\w+:)?row(?=[\s>])([^>]*)>([\s\S]*?)<\/(?:\w+:)?row>/g;
  let fallback = 0;
  for (const row of xml.matchAll(rowPattern)) {
    const number = Number(/\sr="(\d+)"/.exec(row[1]!)?.[1] ?? fallback + 1);
    fallback = number;
    if (number > rows) break;
    const cells: CellValue[] = [];
    for (const cell of row[2]!.matchAll(/<(?:\w+:)?c(?=[\s>/])([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const attributes = cell[1]!;
      const reference = /\sr="([A-Z]+)\d+"/.exec(attributes)?.[1];
      const column = reference === undefined ? cells.length : columnIndex(reference);
      const type = /\st="(\w+)"/.exec(attributes)?.[1];
      const body = cell[2] ?? '';
      const value = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
      let content: CellValue = null;
      if (type === 'inlineStr') content = texts(body);
      else if (type === 's' && value !== undefined) content = sharedString(Number(value));
      else if ((type === 'str' || type === 'e') && value !== undefined) content = unescapeXml(value);
      else if (type === 'b' && value !== undefined) content = value === '1';
      else if (value !== undefined && value.trim() !== '') content = Number(value);
      cells[column] = content;
    }
    for (let index = 0; index < cells.length; index++) cells[index] ??= null;
    result[number - 1] = cells;
  }
  for (let index = 0; index < result.length; index++) result[index] ??= [];
  return result;
}

/** The text of a string item (<si> or <is>): its <t> runs, without phonetic hints. */
export function texts(item: string): string {
  const withoutPhonetic = item.replace(/<(?:\w+:)?rPh(?=[\s>])[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let text = '';
  for (const match of withoutPhonetic.matchAll(/<(?:\w+:)?t(?=[\s>])[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)) text += unescapeXml(match[1]!);
  return text;
}

/** Shared strings read only as far as asked, from the part's text. */
export function lazySharedStrings(xml: string | undefined): (index: number) => string {
  const items: string[] = [];
  const pattern = /<(?:\w+:)?si(?=[\s>])[^>]*>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\s*\/>/g;
  return (index) => {
    if (xml === undefined) return '';
    while (items.length <= index) {
      const match = pattern.exec(xml);
      if (match === null) return '';
      items.push(texts(match[1] ?? ''));
    }
    return items[index]!;
  };
}

/** "A" → 0, "AB" → 27. */
function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + letter.charCodeAt(0) - 64;
  return index - 1;
}
