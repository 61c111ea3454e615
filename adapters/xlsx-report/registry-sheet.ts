import type ExcelJS from 'exceljs';
import { OWN_SHEETS_REGISTRY, registryRows, type OwnSheet } from '../../src/sheet-model/own-sheets.js';
import { finishSheet } from './sheet-setup.js';

/**
 * The registry sheet, "very hidden" (Excel's Unhide does not list it): the sheets the product made,
 * one a row under a header, so that rebuilding the report replaces those and only those.
 */
export function writeRegistrySheet(workbook: ExcelJS.Workbook, sheets: readonly OwnSheet[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(OWN_SHEETS_REGISTRY, { state: 'veryHidden' });
  sheet.columns = [{ width: 34 }, { width: 10 }, { width: 10 }, { width: 16 }];
  for (const values of registryRows(sheets)) sheet.addRow(values).commit();
  finishSheet(sheet);
  return sheet;
}
