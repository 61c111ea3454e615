import type ExcelJS from 'exceljs';
import { createRequire } from 'node:module';

/** A4 paper, as exceljs and Excel number it. */
export const A4 = 9;

/**
 * Print setup of a sheet the product writes: A4, fitted to one page wide (as many pages tall as
 * needed), narrow margins, page numbers in the footer, the given rows repeated on every page. (Not
 * centred: exceljs' streaming writer leaves out the print options that would say so.)
 */
export function printSetup(orientation: 'portrait' | 'landscape', printTitlesRow?: string): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: A4,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.55, bottom: 0.55, header: 0.3, footer: 0.3 },
    ...(printTitlesRow === undefined ? {} : { printTitlesRow }),
  };
}

/** "Trang 2/5" at the foot of each printed page. */
export const PAGE_FOOTER: Partial<ExcelJS.HeaderFooter> = { oddFooter: '&C&"Times New Roman,Regular"&10Trang &P/&N' };

/** A view with the rows above `ySplit` + 1 frozen (the header stays on screen when scrolling). */
export function frozenRows(ySplit: number): Partial<ExcelJS.WorksheetView>[] {
  return [{ state: 'frozen', xSplit: 0, ySplit, topLeftCell: `A${ySplit + 1}`, activeCell: `A${ySplit + 1}` }];
}

/**
 * A worksheet's data validations by range. exceljs has them on both its in-memory and streaming
 * worksheets but leaves them out of its typings; a range key ("G5:G90") is written as one rule.
 */
export function dataValidations(sheet: ExcelJS.Worksheet): { add(range: string, validation: ExcelJS.DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
}

/** Ends a sheet: a streaming worksheet is written out and freed; an in-memory one has nothing to do. */
export function finishSheet(sheet: ExcelJS.Worksheet): void {
  const streaming = sheet as unknown as { commit?: unknown };
  if (typeof streaming.commit === 'function') sheet.commit();
}

/** The part of exceljs' streaming worksheet writer that `writeDataBarExtensions` works with. */
interface StreamingSheetInternals {
  conditionalFormatting: unknown[];
  _writeConditionalFormatting(): void;
  _writeCloseWorksheet(): void;
  _write(text: string): void;
}

interface ExtListXform {
  prepare(model: { conditionalFormattings: unknown[] }, options: object): void;
  toXml(model: { conditionalFormattings: unknown[] }): string;
}

/**
 * Makes exceljs' streaming writer write a data bar as its in-memory writer does. A data bar rule
 * points at its Excel 2010 extension (solid fill, bar from zero) by an id; the in-memory writer
 * gives the id and writes the extension at the end of the sheet, the streaming writer does neither
 * and leaves an empty id that Excel may take for damage. This gives the ids before the rules are
 * written and the extension list before the sheet closes, with exceljs' own code for both. Nothing
 * to do on an in-memory worksheet.
 */
export function writeDataBarExtensions(sheet: ExcelJS.Worksheet): void {
  const writer = sheet as unknown as Partial<StreamingSheetInternals>;
  if (typeof writer._writeCloseWorksheet !== 'function' || typeof writer._writeConditionalFormatting !== 'function') return;
  const streaming = writer as StreamingSheetInternals;
  const ExtLstXform = createRequire(import.meta.url)('exceljs/lib/xlsx/xform/sheet/ext-lst-xform.js') as new () => ExtListXform;
  const extensions = new ExtLstXform();
  const writeRules = streaming._writeConditionalFormatting.bind(streaming);
  streaming._writeConditionalFormatting = () => {
    extensions.prepare({ conditionalFormattings: streaming.conditionalFormatting }, {});
    writeRules();
  };
  const close = streaming._writeCloseWorksheet.bind(streaming);
  streaming._writeCloseWorksheet = () => {
    streaming._write(extensions.toXml({ conditionalFormattings: streaming.conditionalFormatting }));
    close();
  };
}
