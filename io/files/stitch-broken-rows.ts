/**
 * Rejoins table rows that a copy out of Word broke at a line break inside a cell. Word writes a table
 * as plain text with every cell of a row (tabs between) but a cell's second paragraph on a new line,
 * so one row comes out as two or more records: "2 | Tổ chức tuyên truyền," then "quán triệt | Văn phòng
 * | … ". Records of fewer fields than the table's rows are joined, the cell they split getting its line
 * break back, when together they make exactly one row; a record starts such a run only if it has two
 * fields or more and comes after the table's first full-width row (the header), and a blank line ends it.
 * The records taken into a row become empty rows, so that every later row keeps its line number.
 */
export function stitchBrokenRows(records: string[][]): string[][] {
  const result = records.map((record) => record);
  for (const { from, to } of tableRegions(records)) {
    let width = 0;
    for (let index = from; index < to; index++) width = Math.max(width, records[index]!.length);
    if (width < 3) continue;
    const first = records.findIndex((record, index) => index >= from && record.length === width);
    for (let start = first + 1; start < to; start++) {
      const head = result[start]!;
      if (head.length < 2 || head.length >= width) continue;
      let total = head.length;
      let end = start;
      while (total < width && end + 1 < to) {
        const next = result[end + 1]!;
        if (isBlank(next) || next.length >= width) break;
        end++;
        total += next.length - 1;
      }
      if (total !== width || end === start) continue;
      const row = [...head];
      for (let index = start + 1; index <= end; index++) {
        const [joined, ...rest] = result[index]!;
        row[row.length - 1] = `${row[row.length - 1]}\n${joined ?? ''}`;
        row.push(...rest);
        result[index] = [];
      }
      result[start] = row;
      start = end;
    }
  }
  return result;
}

/**
 * The stretches of a document that may hold one table each: a line of prose after a blank line
 * (a heading such as "Phụ lục II") starts a new one, so that the targets table and the task table
 * are measured apart. A table's width is its widest row.
 */
function tableRegions(records: readonly (readonly string[])[]): { from: number; to: number }[] {
  const regions: { from: number; to: number }[] = [];
  let from = 0;
  for (let index = 1; index < records.length; index++) {
    const record = records[index]!;
    if (record.length === 1 && !isBlank(record) && isBlank(records[index - 1]!)) {
      regions.push({ from, to: index });
      from = index;
    }
  }
  regions.push({ from, to: records.length });
  return regions;
}

function isBlank(record: readonly string[]): boolean {
  return record.every((field) => field.trim() === '');
}
