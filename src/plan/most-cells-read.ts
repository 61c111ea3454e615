/** How many filled cells of a column are looked at. */
const SAMPLE = 200;
/** The share of them that must read for the column to count. */
const MOST = 0.6;

/**
 * Whether most (60%) of a column's filled cells below the header read as `reads` says, of the
 * first 200 filled ones; an empty column reads as nothing.
 */
export function mostCellsRead(texts: readonly (readonly string[])[], column: number, firstDataRow: number, reads: (text: string) => boolean): boolean {
  let filled = 0;
  let read = 0;
  for (let row = firstDataRow; row < texts.length && filled < SAMPLE; row++) {
    const text = texts[row]?.[column] ?? '';
    if (text === '') continue;
    filled++;
    if (reads(text)) read++;
  }
  return filled > 0 && read / filled >= MOST;
}
