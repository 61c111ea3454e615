import type { FindingCode } from '../messages/findings-messages.js';
import type { Severity } from './finding.js';

/** How bad each finding is: an error makes the task's status "Lỗi dữ liệu", a warning does not. */
export const FINDING_SEVERITY: Readonly<Record<FindingCode, Severity>> = {
  NO_TASK_TABLE: 'error',
  PLAN_YEAR_GUESSED: 'warning',
  COLUMN_MISSING: 'error',
  DELIVERABLE_COLUMN_MISSING: 'warning',
  COLUMN_DUPLICATE: 'warning',
  ROW_NOT_UNDERSTOOD: 'warning',
  SECTION_ROW_TEXT_JOINED: 'warning',
  SECTION_ROW_TEXT_IGNORED: 'warning',
  STT_MISSING: 'error',
  TASK_MISSING: 'error',
  LEAD_MISSING: 'error',
  DEADLINE_MISSING: 'error',
  DELIVERABLE_MISSING: 'warning',
  STT_DUPLICATE: 'warning',
  STT_SKIPPED: 'warning',
  CELL_ERROR: 'warning',
  DEADLINE_UNREADABLE: 'error',
  PROGRESS_UNREADABLE: 'warning',
  DATE_UNREADABLE: 'error',
};
