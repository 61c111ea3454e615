/**
 * The separators a text table comes with: tab (a copy out of Word or a PDF, Word's "plain text"),
 * ";" or "," (a CSV from Excel), "|" (a markdown table, as converters write a Word table).
 */
export type Delimiter = '\t' | ';' | ',' | '|';

const CANDIDATES: readonly ('\t' | ';' | ',')[] = ['\t', ';', ','];
const SAMPLE_RECORDS = 200;
/** Lines of three or more tab-separated cells that make a whole document's table, wherever it is. */
const TABLE_LINES = 3;
const MARKDOWN_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;
const MARKDOWN_ROW = /^\s*\|.*\|\s*$/;

/**
 * The separator of a text table. A whole document (a plan saved as text, pasted whole) is prose with
 * the table somewhere inside, so its table decides first: a markdown table (a "|---|---|" rule under a
 * "| … |" row) gives "|"; three lines of three or more tab-separated cells give tab. Otherwise, the
 * one that splits the most of the first records into the same number of fields (Excel writes every row
 * of a CSV with all its columns, so a real separator repeats while commas inside Vietnamese text vary).
 * Separators inside quotes are not counted. Ties go to tab, then ";", then ","; a text with none of
 * them is read as tab-separated (one cell per line). When the quotes in the sample do not pair up,
 * they are ignored.
 */
export function detectDelimiter(text: string): Delimiter {
  if (hasMarkdownTable(text)) return '|';
  if (hasTabTable(text)) return '\t';
  const counts = countPerRecord(text, true) ?? countPerRecord(text, false) ?? [];
  let best: Delimiter = '\t';
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const score = consistency(counts.map((record) => record[delimiter]));
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function hasMarkdownTable(text: string): boolean {
  if (!text.includes('|')) return false;
  const lines = text.split('\n');
  return lines.some((line, i) => i > 0 && MARKDOWN_RULE.test(line) && MARKDOWN_ROW.test(lines[i - 1]!));
}

function hasTabTable(text: string): boolean {
  let lines = 0;
  let tabs = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 9) tabs++;
    else if (code === 10) {
      if (tabs >= 2 && ++lines >= TABLE_LINES) return true;
      tabs = 0;
    }
  }
  return tabs >= 2 && lines + 1 >= TABLE_LINES;
}

/** How many records have the most common non-zero count. */
function consistency(perRecord: readonly number[]): number {
  const frequency = new Map<number, number>();
  for (const count of perRecord) if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  return Math.max(0, ...frequency.values());
}

/** Separator counts per record of the sample; null when `honourQuotes` and a quote is left open. */
function countPerRecord(text: string, honourQuotes: boolean): Record<'\t' | ';' | ',', number>[] | null {
  const records: Record<'\t' | ';' | ',', number>[] = [];
  let current = { '\t': 0, ';': 0, ',': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && records.length < SAMPLE_RECORDS; i++) {
    const char = text[i];
    if (char === '"' && honourQuotes) quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\t' || char === ';' || char === ',') current[char]++;
    else if (char === '\n') {
      records.push(current);
      current = { '\t': 0, ';': 0, ',': 0 };
    }
  }
  records.push(current);
  return quoted && records.length < SAMPLE_RECORDS ? null : records;
}
