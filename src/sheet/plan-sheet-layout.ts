import type { ColumnKey } from '../plan/plan.js';

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
  { key: 'stt', header: 'STT', width: 6 },
  { key: 'task', header: 'Nhiệm vụ', width: 50 },
  { key: 'deliverable', header: 'Sản phẩm', width: 24 },
  { key: 'lead', header: 'Cơ quan chủ trì', width: 24 },
  { key: 'coUnits', header: 'Cơ quan phối hợp', width: 24 },
  { key: 'deadline', header: 'Thời gian hoàn thành', width: 22 },
  { key: 'progress', header: 'Tình trạng', width: 16 },
  { key: 'completedOn', header: 'Ngày hoàn thành', width: 13 },
  { key: 'dueOverride', header: 'Hạn cụ thể', width: 13 },
  { key: 'eventDate', header: 'Ngày bắt đầu tính hạn', width: 13 },
  { key: 'due', header: 'Hạn (tự tính)', width: 13 },
  { key: 'status', header: 'Trạng thái (tự tính)', width: 24 },
];

/** The choices of the "Tình trạng" dropdown. */
export const PROGRESS_CHOICES = ['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành'] as const;

/** Headers of the computed columns, which the reader skips when it reads a sheet the product wrote. */
export const COMPUTED_HEADERS: readonly string[] = PLAN_SHEET_COLUMNS.filter(
  (column) => column.key === 'due' || column.key === 'status',
).map((column) => column.header);

/** 0-based index of a column of the plan sheet: `planSheetColumn('status')` → 11 (column L). */
export function planSheetColumn(key: PlanSheetColumn['key']): number {
  return PLAN_SHEET_COLUMNS.findIndex((column) => column.key === key);
}

/**
 * Headers of the hidden helper columns that the live formulas read start with this mark; the reader
 * skips such columns, and the user is told not to edit them.
 */
export const HELPER_HEADER_PREFIX = 'CCHC·';
