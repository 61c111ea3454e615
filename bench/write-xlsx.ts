import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';

/** The rows as an .xlsx workbook in memory, written by exceljs' streaming writer (shared strings, as Excel saves). */
export async function writeXlsx(rows: readonly (readonly string[])[]): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Tổng hợp');
  for (const row of rows) sheet.addRow([...row]).commit();
  sheet.commit();
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
