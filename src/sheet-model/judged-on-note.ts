import { formatViDate, type IsoDate } from '../dates/calendar-date.js';
import { DEFAULT_SETTINGS_NAMES } from '../sheet/row-formulas.js';
import { viDateFormula } from '../sheet/vi-date-formula.js';
import { JUDGED_ON_NOTE_PREFIX } from '../table/own-columns.js';
import { SETTINGS_SHEET_NAME } from './own-sheet-names.js';
import type { CellContent } from './sheet-model.js';

/** What the note says after the day. */
const NOTE_REST =
  ` (“Ngày đánh giá” ở trang “${SETTINGS_SHEET_NAME}”; để =TODAY() thì luôn là hôm nay). ` +
  'Các trang “Tổng hợp …” là báo cáo đã chốt số liệu tại ngày cắt kỳ báo cáo, không đổi theo ngày, nên số liệu có thể khác trang này.';

/**
 * The line at the top of the plan sheet that says on which day its statuses are judged — the
 * settings' as-of date, live (TODAY() unless the user pins a day) — and that the summary sheets are
 * the report frozen at its cut-off, so that the clerk knows why the two may differ. A formula over
 * the as-of name; `judgedOn` is its result cached for viewers that do not recalculate.
 *
 * @example judgedOnNote('2026-12-04').result → "Trạng thái (tự tính) ở trang này được đánh giá tại ngày 04/12/2026 (“Ngày đánh giá” …"
 */
export function judgedOnNote(judgedOn: IsoDate | null): CellContent {
  const formula = `${literal(`${JUDGED_ON_NOTE_PREFIX} `)}&${viDateFormula(DEFAULT_SETTINGS_NAMES.asOf)}&${literal(NOTE_REST)}`;
  return judgedOn === null ? { formula } : { formula, result: judgedOnNoteText(judgedOn) };
}

/** The note's text on a day. */
export function judgedOnNoteText(judgedOn: IsoDate): string {
  return `${JUDGED_ON_NOTE_PREFIX} ${formatViDate(judgedOn)}${NOTE_REST}`;
}

function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
