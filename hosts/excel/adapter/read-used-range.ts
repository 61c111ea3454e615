/// <reference types="office-js" />
import { gridJsonBytes, isResponseTooLarge } from './payload-size.js';

/** What one read response may weigh: well under the 5 MB limit, since the next chunk is sized from the last one's density. */
export const READ_BUDGET_BYTES = 3_000_000;

/** Cells of the first chunk, before any density is known: about 1 MB for a typical plan's rows. */
const FIRST_CHUNK_CELLS = 25_000;

/** A rectangle of a sheet, 0-based. */
export interface SheetArea {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

export interface AreaCells {
  readonly values: unknown[][];
  readonly numberFormat: unknown[][];
  /** The UTF-8 size of each response, for the tests and the bench. */
  readonly responses: readonly number[];
}

/**
 * Reads an area's values and number formats in row chunks, one sync each, so that no response goes over
 * Excel on the web's 5 MB: each chunk is sized from the bytes per row of the one before, and a chunk the
 * host still refuses is read again in halves. Throws the host's error when a single row is over the limit.
 */
export async function readAreaInChunks(context: Excel.RequestContext, sheet: Excel.Worksheet, area: SheetArea, budget = READ_BUDGET_BYTES): Promise<AreaCells> {
  const values: unknown[][] = [];
  const numberFormat: unknown[][] = [];
  const responses: number[] = [];
  let rows = Math.max(1, Math.floor(FIRST_CHUNK_CELLS / Math.max(1, area.columns)));
  let start = 0;
  while (start < area.rows) {
    const count = Math.min(rows, area.rows - start);
    const range = sheet.getRangeByIndexes(area.top + start, area.left, count, area.columns);
    range.load('values,numberFormat');
    try {
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || count === 1) throw error;
      rows = Math.ceil(count / 2);
      continue;
    }
    const bytes = gridJsonBytes(range.values) + gridJsonBytes(range.numberFormat);
    responses.push(bytes);
    for (const row of range.values) values.push(row);
    for (const row of range.numberFormat) numberFormat.push(row);
    start += count;
    rows = Math.max(1, Math.floor((budget * count) / Math.max(1, bytes)));
  }
  return { values, numberFormat, responses };
}
