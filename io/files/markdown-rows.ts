const RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;
const ROW = /^\s*\|.*\|\s*$/;

/**
 * A text holding markdown tables ("| STT | Nhiệm vụ |", as pandoc and other converters write a Word
 * table) as records, one per line so that row r is still line r + 1: a table line gives its cells
 * (spaces around them trimmed, `\|` read as "|"), the "|---|" rule under the header an empty record,
 * any other line one field holding the line.
 */
export function markdownRecords(text: string): string[][] {
  return text.split('\n').map((line) => {
    if (RULE.test(line) && line.includes('|')) return [];
    if (!ROW.test(line)) return [line];
    const inner = line.trim().slice(1, -1);
    return inner.split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|').trim());
  });
}
