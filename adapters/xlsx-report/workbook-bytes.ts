import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';

/**
 * Runs `write` against exceljs' streaming workbook writer and gives the .xlsx bytes. The writer keeps
 * only uncommitted rows in memory, so a plan sheet of 165,000 tasks costs a few hundred megabytes
 * instead of gigabytes; in exchange it can only append (sheets in the order they are added, each row
 * committed once), and it cannot start from an existing workbook.
 */
export async function streamWorkbook(write: (workbook: ExcelJS.stream.xlsx.WorkbookWriter) => void): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: true });
  write(workbook);
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

/** An in-memory workbook's .xlsx bytes. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
