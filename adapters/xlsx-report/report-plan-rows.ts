import type { CellValue } from '../../src/grid/cell-value.js';
import * as rows from '../../src/sheet-model/plan-sheet-rows.js';
import type { TrackingContent } from '../../src/sheet-model/plan-table-model.js';
import { dateValue } from './report-styles.js';

export { planSheetTitle } from '../../src/sheet-model/plan-sheet-rows.js';

/** A tracking cell as exceljs writes it: a date as a `Date` at midnight UTC. */
export type CellContent = string | number | Date | null;

/** A recognised progress mark as the dropdown's word (see `plan-sheet-rows.ts`), as exceljs writes it. */
export function progressValue(value: CellValue | undefined): CellContent {
  return exceljsContent(rows.progressValue(value));
}

/** A date cell's value as a real date; empty stays empty; text that is no date stays as it was. */
export function dateCellValue(value: CellValue | undefined): CellContent {
  return exceljsContent(rows.dateCellValue(value));
}

function exceljsContent(content: TrackingContent): CellContent {
  return content !== null && typeof content === 'object' ? dateValue(content.date) : content;
}
