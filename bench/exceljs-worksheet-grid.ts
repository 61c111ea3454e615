import ExcelJS from 'exceljs';
import type { CellValue } from '../src/grid/cell-value.js';
import type { Grid, MergedRange } from '../src/grid/grid.js';
import { exceljsCellValue } from './exceljs-cell-value.js';

interface Extent {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One worksheet as a grid. Grid row r, column c is the sheet's cell at row r + 1, column c + 1
 * (grid row 11, column 5 is F12), so addresses stay true: empty cells are `null`, empty cells at the
 * end of a row are left out, unused rows are empty arrays, empty rows at the end are left out.
 * A merged range keeps its value in its top-left cell only and is listed in `merges` (0-based,
 * inclusive), found from the merged cells, each of which names its top-left cell.
 */
export function worksheetGrid(worksheet: ExcelJS.Worksheet): Grid {
  const rows: CellValue[][] = [];
  const merges = new Map<string, Extent>();
  worksheet.eachRow((row, rowNumber) => {
    const r = rowNumber - 1;
    const cells: CellValue[] = [];
    row.eachCell((cell, columnNumber) => {
      const c = columnNumber - 1;
      if (cell.type === ExcelJS.ValueType.Merge) {
        const master = cell.master;
        const range = merges.get(master.address) ?? { top: Number(master.row) - 1, left: Number(master.col) - 1, bottom: r, right: c };
        range.bottom = Math.max(range.bottom, r);
        range.right = Math.max(range.right, c);
        merges.set(master.address, range);
        return;
      }
      const value = exceljsCellValue(cell);
      if (value === null) return;
      while (cells.length < c) cells.push(null);
      cells[c] = value;
    });
    while (rows.length < r) rows.push([]);
    rows[r] = cells;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return { sheet: worksheet.name, rows, merges: sortRanges([...merges.values()]) };
}

function sortRanges(ranges: MergedRange[]): MergedRange[] {
  return ranges.sort((a, b) => a.top - b.top || a.left - b.left);
}
