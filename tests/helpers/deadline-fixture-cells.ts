import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One task row's deadline cell in a fixture, as copied out of Word or a PDF converter. */
export interface FixtureDeadlineCell {
  readonly stt: string;
  readonly text: string;
}

export interface FixtureDeadlineColumn {
  /** File name in tests/fixtures/plans. */
  readonly file: string;
  /** 0-based column of the deadline. */
  readonly column: number;
  /** Start reading after the line that begins with this text (the title of the task table), if any. */
  readonly after?: string;
}

const PLANS = new URL('../fixtures/plans/', import.meta.url);

/**
 * The deadline cells of a fixture's task table: the rows numbered 1, 2, … in the first column.
 * Header rows (STT, TT), section rows (I, II CẢI CÁCH THỂ CHẾ, "I. Chỉ đạo …"), continuation rows
 * (empty STT) and rows with an empty deadline are skipped. The fixture is read as it is.
 */
export function fixtureDeadlineCells({ file, column, after }: FixtureDeadlineColumn): FixtureDeadlineCell[] {
  const lines = readFileSync(fileURLToPath(new URL(file, PLANS)), 'utf8').split(/\r?\n/);
  const from = after === undefined ? 0 : lines.findIndex((line) => line.startsWith(after)) + 1;
  if (from === 0 && after !== undefined) throw new Error(`${file}: no line starts with ${after}`);
  return lines
    .slice(from)
    .map((line) => line.split('\t'))
    .filter((cells) => /^\d+$/.test(cells[0]?.trim() ?? '') && (cells[column]?.trim() ?? '') !== '')
    .map((cells) => ({ stt: cells[0]?.trim() ?? '', text: cells[column]?.trim() ?? '' }));
}
