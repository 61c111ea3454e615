/** Column letters for a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(column: number): string {
  let letters = '';
  let n = column + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The A1 address of a 0-based row and column: (11, 5) → "F12". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** The 1-based row number of an A1 address: "F12" → 12. */
export function rowOfCell(cell: string): number {
  return Number(/\d+$/.exec(cell)?.[0] ?? 0);
}

/** The address used for a finding about a whole row: its first cell, 11 → "A12". */
export function rowAddress(row: number): string {
  return cellAddress(row, 0);
}
