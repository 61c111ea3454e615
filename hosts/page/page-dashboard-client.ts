import { fileSnapshot } from '../../io/files/file-snapshot.js';
import { FileReadError } from '../../io/files/file-read-error.js';
import { readGridFile, type GridFile } from '../../io/files/read-grid-file.js';
import { writeReport } from '../../io/xlsx-report/write-report-workbook.js';
import type { IsoDate } from '../../src/dates/calendar-date.js';
import { message, renderMessage } from '../../src/messages/catalogue.js';
import { reportFileName } from '../../src/summary/report-file-name.js';
import type { ActionOutcome, Dashboard, PlanSettings } from '../../src/use-cases/dashboard.js';
import type { DashboardAction, DashboardClient } from '../../src/use-cases/dashboard-client.js';
import { inspectPlan } from '../../src/use-cases/inspect-plan.js';
import { periodReport } from '../../src/use-cases/period-report.js';
import { DEFAULT_PLAN_SETTINGS } from '../../src/use-cases/plan-settings.js';
import { saveSettings } from '../../src/use-cases/save-settings.js';
import { showCell } from '../../src/use-cases/show-cell.js';
import { actionOutcome } from '../../src/use-cases/use-case-result.js';
import type { WorkbookSnapshot } from '../../src/use-cases/workbook-port.js';

/** A file the user chose, dropped or pasted; `opened` when the page has read it already. */
export interface DroppedFile {
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly opened?: GridFile;
}

/** What the page gives its client: its clock, a download, and a way to show a finding's row. */
export interface PageHost {
  today(): IsoDate;
  download(bytes: Uint8Array, fileName: string, macroEnabled: boolean): void;
  showCell(sheet: string, cell: string): void;
}

const WORKBOOK_WITH_MACROS = /\.xlsx$/;

/**
 * The standalone page's client, over one file read once: the page judges it in place and offers
 * the report workbook as a download; it has no sheet to write a template or status columns into.
 * Settings live in the page (nothing is stored: the file is the user's).
 */
export function pageDashboardClient(file: DroppedFile, host: PageHost): DashboardClient {
  let settings: PlanSettings = DEFAULT_PLAN_SETTINGS;
  let read: Promise<GridFile | FileReadError> | undefined;
  const grids = () =>
    (read ??= (file.opened === undefined ? readGridFile(file.bytes, file.name) : Promise.resolve(file.opened)).catch((error: unknown) => {
      if (error instanceof FileReadError) return error;
      throw error;
    }));
  const snapshot = async (): Promise<{ file: GridFile | FileReadError; snapshot: WorkbookSnapshot }> => {
    const opened = await grids();
    return { file: opened, snapshot: fileSnapshot(opened instanceof FileReadError ? [] : opened.grids, host.today(), settings) };
  };
  const unavailable = (action: string): ActionOutcome => ({ ok: false, text: renderMessage(message('ACTION_UNAVAILABLE', { action })), sheet: null });
  return {
    actions: ['buildSummary'],
    load: async (): Promise<Dashboard> => {
      const { file: opened, snapshot: read } = await snapshot();
      const board = inspectPlan(read);
      return opened instanceof FileReadError ? { ...board, problem: opened.message } : board;
    },
    run: async (action: DashboardAction): Promise<ActionOutcome> => {
      if (action.kind !== 'buildSummary') return unavailable(action.kind);
      const { file: opened, snapshot: read } = await snapshot();
      if (opened instanceof FileReadError) return { ok: false, text: opened.message, sheet: null };
      const report = periodReport(read, action.period);
      if (!report.ok) return { ok: false, text: renderMessage(report.message), sheet: null };
      const source = opened.format === 'workbook' ? { source: opened.package ?? file.bytes } : {};
      const { dueSoonDays } = read.settings;
      const written = writeReport({ ...source, assessed: report.assess(), summary: report.summary, dueSoonDays });
      const fileName = reportFileName(file.name, report.summary.period.shortTitle);
      host.download(written.bytes, written.macroEnabled ? fileName.replace(WORKBOOK_WITH_MACROS, '.xlsm') : fileName, written.macroEnabled);
      return { ok: true, text: renderMessage(report.message), sheet: null };
    },
    saveSettings: async (input: PlanSettings): Promise<ActionOutcome> => {
      const result = saveSettings((await snapshot()).snapshot, input);
      if (result.ok && result.writes.settings !== null) settings = result.writes.settings;
      return actionOutcome(result);
    },
    showCell: async (sheet: string, cell: string): Promise<void> => {
      const result = showCell((await snapshot()).snapshot, sheet, cell);
      if (!result.ok) throw new Error(renderMessage(result.message));
      host.showCell(sheet, cell);
    },
  };
}
