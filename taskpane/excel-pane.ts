/// <reference types="office-js" />
import { renderMessage, message } from '../src/messages/catalogue.js';
import { todayInVietnam } from '../src/dates/today-in-vietnam.js';
import { periodChoices } from '../src/summary/period-choices.js';
import type { ActionOutcome, Dashboard, DashboardPlan, PlanSettings } from '../src/use-cases/dashboard.js';
import type { DashboardAction } from '../src/use-cases/dashboard-client.js';
import { DEFAULT_PLAN_SETTINGS, settingsPlanYear } from '../src/use-cases/plan-settings.js';
import { excelClient, writeAddinSettings } from './excel-host.js';
import { LAST_COMMAND_KEY } from './last-command.js';
import type { PaneReport, PaneView } from './pane-view.js';

/**
 * Connects the pane to Excel through the dashboard client: every click runs one use case, shows
 * progress while rows are written, and shows its outcome in Vietnamese.
 */
export function startExcelPane(view: PaneView): void {
  const { handlers, refresh } = bindHandlers(view);
  view.bind(handlers);
  view.showInsideExcel();
  void refresh().then(showLastCommand(view));
}

/** The ribbon's one-click summary has no window: its outcome, kept in the document, is shown here. */
function showLastCommand(view: PaneView) {
  return () => {
    try {
      const last = Office.context.document.settings.get(LAST_COMMAND_KEY) as { outcome?: unknown } | null;
      if (last !== null && typeof last.outcome === 'string') view.showMessage('info', `Lần bấm «Tổng hợp quý» gần nhất: ${last.outcome}`);
    } catch {
      // Nothing kept: nothing to show.
    }
  };
}

function paneReport(plan: DashboardPlan): PaneReport {
  return { ...plan, findings: plan.findings.map((finding) => ({ cell: finding.cell, severity: finding.severity, message: finding.text })) };
}

function bindHandlers(view: PaneView) {
  let label = '';
  const client = excelClient((done, total) => view.showProgress(done, total, label));
  let board: Dashboard | undefined;
  const settings = (): PlanSettings => board?.settings ?? DEFAULT_PLAN_SETTINGS;
  const choosePeriods = () => {
    const today = board?.today ?? todayInVietnam();
    const { choices, chosen } = periodChoices(board?.plan?.year ?? settingsPlanYear(settings(), today), today, settings().boundaries);
    view.showPeriods(choices, chosen);
  };
  const task = async (busyLabel: string, work: () => Promise<ActionOutcome | null>) => {
    view.setBusy(true);
    view.showMessage('info', `${busyLabel}…`);
    label = busyLabel;
    try {
      const outcome = await work();
      if (outcome !== null) view.showMessage(outcome.ok ? 'success' : 'error', outcome.text);
    } catch (error) {
      view.showMessage('error', error instanceof Error ? error.message : String(error));
    } finally {
      view.hideProgress();
      view.setBusy(false);
    }
  };
  /** Reads the plan and shows it; the sheet it was found on is kept for the ribbon's one-click summary. */
  const load = async (): Promise<ActionOutcome> => {
    board = await client.load();
    const plan = board.plan;
    view.showSheets(board.sheets, plan?.sheet ?? board.settings.planSheet ?? '');
    choosePeriods();
    view.showSettings({ planYear: board.settings.planYear, dueSoonDays: board.settings.dueSoonDays, ...board.settings.boundaries });
    if (plan === null) {
      view.showNoPlan(board.settings.planSheet ?? '', board.problem);
      return { ok: false, text: board.problem, sheet: null };
    }
    view.showReport(paneReport(plan));
    if (board.settings.planSheet !== plan.sheet) await writeAddinSettings({ ...board.settings, planSheet: plan.sheet });
    return { ok: true, text: renderMessage(message('PLAN_READ', { tasks: plan.tasks, sheet: plan.sheet })), sheet: plan.sheet };
  };
  const refresh = () => task('Đang đọc bảng kế hoạch', load);
  /** Runs an action; after one that wrote, the pane shows the plan as it is now, and the action's outcome. */
  const act = (busyLabel: string, action: DashboardAction) =>
    task(busyLabel, async () => {
      const outcome = await client.run(action);
      if (outcome.ok && action.kind !== 'createTemplate') await load();
      return outcome;
    });
  const handlers = {
    onSheetChosen: (sheet: string) =>
      void task('Đang đọc bảng kế hoạch', async () => {
        await writeAddinSettings({ ...settings(), planSheet: sheet });
        return load();
      }),
    onRefresh: () => void refresh(),
    onFindingClicked: (cell: string) =>
      void task(`Đang chọn ô ${cell}`, async () => {
        const sheet = board?.plan?.sheet;
        if (sheet === undefined) return null;
        await client.showCell(sheet, cell);
        return { ok: true, text: renderMessage(message('CELL_SHOWN', { sheet, cell })), sheet };
      }),
    onCreateTemplate: () => void act('Đang tạo bảng mẫu', { kind: 'createTemplate' }),
    onUpdateStatus: () => void act('Đang cập nhật trạng thái', { kind: 'updateStatus' }),
    onBuildSummary: (period: string) => void act('Đang lập tổng hợp', { kind: 'buildSummary', period }),
    onSettingsSaved: (pane: { planYear: number | null; dueSoonDays: number; dataStartDay: number; cutOffDay: number; reportDueDay: number }) =>
      void task('Đang lưu cài đặt', async () => {
        const { dataStartDay, cutOffDay, reportDueDay } = pane;
        const outcome = await client.saveSettings({ ...settings(), planYear: pane.planYear, dueSoonDays: pane.dueSoonDays, boundaries: { dataStartDay, cutOffDay, reportDueDay } });
        if (outcome.ok) await load();
        return outcome;
      }),
  };
  const initial = settings();
  view.showSettings({ planYear: initial.planYear, dueSoonDays: initial.dueSoonDays, ...initial.boundaries });
  choosePeriods();
  return { handlers, refresh };
}
