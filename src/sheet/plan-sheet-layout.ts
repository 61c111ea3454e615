import type { ColumnKey } from '../plan/plan.js';
import { COMPUTED_HEADERS, HELPER_HEADER_PREFIX } from '../table/own-columns.js';

export { HELPER_HEADER_PREFIX };

/** Columns the product computes; it writes them and reads past them, so re-running never doubles them. */
export type ComputedColumn = 'due' | 'status';

export interface PlanSheetColumn {
  readonly key: ColumnKey | ComputedColumn;
  readonly header: string;
  /** Width in characters, for the workbook and the print layout. */
  readonly width: number;
}

/**
 * The plan sheet the product writes (the report workbook, the blank template, the add-ins): the
 * appendix's columns in canonical order, then the clerk's tracking columns, then what the product
 * computes. The user's other columns follow these, then the hidden helper columns of the formulas.
 */
export const PLAN_SHEET_COLUMNS: readonly PlanSheetColumn[] = [
  ...columns(['stt', 'STT', 6], ['task', 'Nhiệm vụ', 50], ['deliverable', 'Sản phẩm', 24]),
  ...columns(['lead', 'Cơ quan chủ trì', 24], ['coUnits', 'Cơ quan phối hợp', 24], ['deadline', 'Thời gian hoàn thành', 22]),
  ...columns(['progress', 'Tình trạng', 16], ['completedOn', 'Ngày hoàn thành', 13], ['dueOverride', 'Hạn cụ thể', 13], ['eventDate', 'Ngày bắt đầu tính hạn', 13]),
  ...columns(['due', COMPUTED_HEADERS.due, 13], ['status', COMPUTED_HEADERS.status, 24]),
];

function columns(...specs: readonly (readonly [PlanSheetColumn['key'], string, number])[]): PlanSheetColumn[] {
  return specs.map(([key, header, width]) => ({ key, header, width }));
}

/** The choices of the "Tình trạng" dropdown. */
export const PROGRESS_CHOICES = ['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành'] as const;

/** 0-based index of a column of the plan sheet: `planSheetColumn('status')` → 11 (column L). */
export function planSheetColumn(key: PlanSheetColumn['key']): number {
  return PLAN_SHEET_COLUMNS.findIndex((column) => column.key === key);
}
