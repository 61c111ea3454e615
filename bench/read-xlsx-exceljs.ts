import ExcelJS from 'exceljs';
import type { Grid } from '../src/grid/grid.js';
import { worksheetGrid } from './exceljs-worksheet-grid.js';

/**
 * The reader the package reader replaced, kept here as the benchmark's reference: the whole workbook
 * loaded into exceljs (drop-down lists skipped, as it did), each worksheet turned into a grid.
 */
export async function readXlsxWithExceljs(bytes: Uint8Array): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, { ignoreNodes: ['dataValidations'] });
  return workbook.worksheets.map(worksheetGrid);
}
