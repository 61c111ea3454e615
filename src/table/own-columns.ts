/**
 * What the product writes into the plan sheet that is none of the plan's own: the reader passes over
 * it, so that reading a sheet the product wrote and writing it again never doubles anything. The
 * plan sheet's layout (src/sheet/plan-sheet-layout.ts) writes these very texts.
 */

/** Headers of the columns the product computes: the due date and the status. */
export const COMPUTED_HEADERS = { due: 'Hạn (tự tính)', status: 'Trạng thái (tự tính)' } as const;

/**
 * Headers of the hidden helper columns that the live formulas read start with this mark; the user
 * is told not to edit them.
 */
export const HELPER_HEADER_PREFIX = 'CCHC·';

/** The line above the plan sheet's table that says on which day its statuses are judged starts with this: it is no title. */
export const JUDGED_ON_NOTE_PREFIX = 'Trạng thái (tự tính) ở trang này được đánh giá tại ngày';
