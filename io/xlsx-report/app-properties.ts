import { escapeXml, unescapeXml } from './xml-text.js';

/**
 * docProps/app.xml with its list of worksheets (HeadingPairs' count and the names in TitlesOfParts)
 * made the workbook's new sheet list. The block of worksheet names is found as the one that lists the
 * old sheets in order (its heading is in the producer's language: "Worksheets", "Trang tính"…); the
 * named ranges and everything else stay as written. Unchanged when no such block is found.
 */
export function editAppProperties(xml: string, oldSheets: readonly string[], newSheets: readonly string[]): string {
  const titles = /(<(?:\w+:)?TitlesOfParts>\s*<(\w+:)vector\b[^>]*>)([\s\S]*?)(<\/\2vector>)/.exec(xml);
  const pairs = /(<(?:\w+:)?HeadingPairs>\s*<(\w+:)vector\b[^>]*>)([\s\S]*?)(<\/\2vector>)/.exec(xml);
  if (titles === null || pairs === null) return xml;
  const v = titles[2]!;
  const names = [...titles[3]!.matchAll(new RegExp(`<${v}lpstr>([\\s\\S]*?)</${v}lpstr>|<${v}lpstr\\s*/>`, 'g'))].map((match) => unescapeXml(match[1] ?? ''));
  const counts = [...pairs[3]!.matchAll(/<(?:\w+:)?i4>(\d+)<\/(?:\w+:)?i4>/g)];
  let start = 0;
  for (const [index, match] of counts.entries()) {
    const count = Number(match[1]);
    const block = names.slice(start, start + count);
    if (count === oldSheets.length && block.every((name, at) => name === oldSheets[at])) {
      const kept = [...names.slice(0, start), ...newSheets, ...names.slice(start + count)];
      const vector = titles[1]!.replace(/\ssize="\d+"/, ` size="${kept.length}"`);
      const items = kept.map((name) => `<${v}lpstr>${escapeXml(name)}</${v}lpstr>`).join('');
      let result = xml.slice(0, titles.index) + vector + items + titles[4] + xml.slice(titles.index + titles[0].length);
      // The count of the same heading pair.
      let seen = -1;
      result = result.replace(/(<(?:\w+:)?HeadingPairs>[\s\S]*?<\/(?:\w+:)?HeadingPairs>)/, (headings) =>
        headings.replace(/(<(?:\w+:)?i4>)(\d+)(<\/(?:\w+:)?i4>)/g, (whole, open: string, _n: string, close: string) => (++seen === index ? `${open}${newSheets.length}${close}` : whole)),
      );
      return result;
    }
    start += count;
  }
  return xml;
}
