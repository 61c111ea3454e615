import { message } from '../messages/catalogue.js';
import { failed, type UseCaseResult } from './use-case-result.js';
import { NO_WRITES, type WorkbookSnapshot } from './workbook-port.js';

const CELL = /^[A-Z]{1,3}[1-9]\d*$/;

/** Shows the user a finding's cell: its sheet activated, the cell selected. */
export function showCell(snapshot: Pick<WorkbookSnapshot, 'sheets'>, sheet: string, cell: string): UseCaseResult {
  if (!snapshot.sheets.some((info) => info.name === sheet)) return failed(message('SHEET_GONE', { sheet }));
  if (!CELL.test(cell)) return failed(message('CELL_INVALID', { cell }));
  return { ok: true, sheet, message: message('CELL_SHOWN', { sheet, cell }), writes: { ...NO_WRITES, activate: sheet, select: { sheet, cell } } };
}
