import { formatViDate } from '../dates/calendar-date.js';
import { message } from '../messages/catalogue.js';
import { countByStatus } from '../plan/count-by-status.js';
import { statusColumnsUpdate } from '../sheet-model/status-columns-update.js';
import { findPlanSheet } from './find-plan-sheet.js';
import { missingSettingsSheet, registryAfter, takenNames } from './own-sheet-writes.js';
import { judgeToday } from './plan-judging.js';
import { failed, type UseCaseResult } from './use-case-result.js';
import { NO_WRITES } from './workbook-port.js';
import type { WorkbookSnapshot } from './workbook-port.js';

/**
 * "Cập nhật trạng thái": the product's columns on the user's own plan sheet (tracking columns when
 * missing, due date and live status, hidden helpers, dropdowns, date checks, status colours), and
 * the settings sheet when missing (an older one gets its done-words cell). The plan sheet is shown.
 */
export function updateStatus(snapshot: WorkbookSnapshot): UseCaseResult {
  const search = findPlanSheet(snapshot);
  if (!search.found) return failed(search.message);
  const assessed = judgeToday(snapshot, search.plan);
  const settings = missingSettingsSheet(snapshot, takenNames(snapshot), search.plan.plan.year);
  const own = settings === null ? [] : [settings];
  const tally = countByStatus(assessed);
  return {
    ok: true,
    sheet: search.sheet,
    message: message('STATUS_UPDATED', {
      tasks: assessed.tasks.length,
      sheet: search.sheet,
      today: formatViDate(snapshot.today),
      overdue: tally.OVERDUE,
      dueSoon: tally.DUE_SOON,
      done: tally.DONE_ON_TIME + tally.DONE_LATE + tally.DONE,
      errors: assessed.issues.filter((issue) => issue.severity === 'error').length,
    }),
    writes: {
      ...NO_WRITES,
      statusColumns: { sheet: search.sheet, grid: search.grid, update: statusColumnsUpdate(search.grid, assessed) },
      sheets: own,
      registry: registryAfter(snapshot, own),
      doneWordsCell: settings === null && !snapshot.settingsSheet.hasDoneWords,
      activate: search.sheet,
    },
  };
}
