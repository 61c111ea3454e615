import { readFileSync } from 'node:fs';

/**
 * The plan every corpus workbook carries on its first sheet, so that `cchc report` can run on each:
 * the title rows, the header and tasks 1–5 and 11–13 (with the heading of section II) of the real
 * appendix in tests/fixtures/plans/tran-hung-dao-2026.txt, cell for cell as pasted.
 */
export function planRows(): string[][] {
  const lines = readFileSync(new URL('../../fixtures/plans/tran-hung-dao-2026.txt', import.meta.url), 'utf8').split(/\r?\n/);
  const picked = [...lines.slice(0, 13), lines[20]!, ...lines.slice(23, 26)];
  return picked.map((line) => (line === '' ? [] : line.split('\t').map((cell) => cell.trim())));
}

export const PLAN_SHEET = 'Phụ lục';
