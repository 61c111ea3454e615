/** The separators a text table comes with: tab (a copy out of Word or a PDF), ";" or "," (a CSV from Excel). */
export type Delimiter = '\t' | ';' | ',';

const CANDIDATES: readonly Delimiter[] = ['\t', ';', ','];
const SAMPLE_RECORDS = 200;

/**
 * The separator of a text table: the one that splits the most records into the same number of
 * fields (Excel writes every row of a CSV with all its columns, so a real separator repeats while
 * commas inside Vietnamese text vary). Separators inside quotes are not counted. Ties go to tab,
 * then ";", then ","; a text with none of them is read as tab-separated (one cell per line).
 * When the quotes in the sample do not pair up, they are ignored.
 */
export function detectDelimiter(text: string): Delimiter {
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

/** How many records have the most common non-zero count. */
function consistency(perRecord: readonly number[]): number {
  const frequency = new Map<number, number>();
  for (const count of perRecord) if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  return Math.max(0, ...frequency.values());
}

/** Separator counts per record of the sample; null when `honourQuotes` and a quote is left open. */
function countPerRecord(text: string, honourQuotes: boolean): Record<Delimiter, number>[] | null {
  const records: Record<Delimiter, number>[] = [];
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
