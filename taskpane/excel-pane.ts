/// <reference types="office-js" />
import { DEFAULT_SETTINGS, type AddinSettings } from '../adapters/office/addin-settings.js';
import { buildQuarterSummary, createTemplate, inspectPlan, saveDueSoonDays, selectCell, updateStatus, type FoundPlanReport } from '../adapters/office/cchc-actions.js';
import { officeErrorMessage, UserFacingError } from '../adapters/office/office-errors.js';
import { LAST_COMMAND_KEY } from './last-command.js';
import { actionOptions, readAddinSettings, runExcel, writeAddinSettings } from './excel-host.js';
import { todayInVietnam } from '../src/dates/today-in-vietnam.js';
import { periodChoices } from '../src/summary/period-choices.js';
import type { PaneView } from './pane-view.js';

/**
 * Connects the pane to Excel: every click runs one action of the office.js adapter, shows progress
 * while rows are written, and tells any error in Vietnamese.
 */
export function startExcelPane(view: PaneView): void {
  const { handlers, refresh } = bindHandlers(view, {});
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

interface State {
  sheet?: string;
  year?: number;
  settings?: AddinSettings;
}

function bindHandlers(view: PaneView, state: State) {
  const settings = () => (state.settings ??= safeSettings());
  const choosePeriods = () => {
    const year = settings().planYear ?? state.year ?? Number(todayInVietnam().slice(0, 4));
    const { choices, chosen } = periodChoices(year, todayInVietnam(), settings().boundaries);
    view.showPeriods(choices, chosen);
    return choices;
  };
  const task = async (label: string, work: () => Promise<string | void>) => {
    view.setBusy(true);
    view.showMessage('info', `${label}…`);
    try {
      const done = await work();
      view.showMessage('success', done ?? '');
    } catch (error) {
      view.showMessage('error', officeErrorMessage(error));
    } finally {
      view.hideProgress();
      view.setBusy(false);
    }
  };
  const progress = (label: string) => (done: number, total: number) => view.showProgress(done, total, label);
  /** Shows a plan found, and keeps its sheet as the ribbon's plan sheet. */
  const showPlan = async (report: FoundPlanReport) => {
    state.sheet = report.sheet;
    view.showSheets(report.sheets, report.sheet);
    state.year = report.year;
    choosePeriods();
    view.showReport(report);
    if (settings().planSheet !== report.sheet) {
      state.settings = { ...settings(), planSheet: report.sheet };
      await writeAddinSettings(state.settings);
    }
  };
  const refresh = () =>
    task('Đang đọc bảng kế hoạch', async () => {
      const report = await runExcel((context) => inspectPlan(context, state.sheet, actionOptions(settings())));
      if (!report.found) {
        state.sheet = report.sheet;
        view.showSheets(report.sheets, report.sheet);
        view.showNoPlan(report.sheet, report.message);
        throw new UserFacingError(`Trang «${report.sheet}»: ${report.message}`);
      }
      await showPlan(report);
      return `Đã đọc ${report.tasks} nhiệm vụ ở trang «${report.sheet}».`;
    });
  const handlers = {
    onSheetChosen: (sheet: string) => {
      state.sheet = sheet;
      void refresh();
    },
    onRefresh: () => void refresh(),
    onFindingClicked: (cell: string) =>
      void task(`Đang chọn ô ${cell}`, async () => {
        const sheet = state.sheet;
        if (sheet === undefined) return;
        await runExcel((context) => selectCell(context, sheet, cell));
        return `Đã chọn ô ${cell} ở trang «${sheet}».`;
      }),
    onCreateTemplate: () =>
      void task('Đang tạo bảng mẫu', async () => {
        const year = settings().planYear ?? Number(todayInVietnam().slice(0, 4));
        const name = await runExcel((context) => createTemplate(context, year, actionOptions(settings(), progress('Đang ghi bảng mẫu'))));
        state.sheet = name;
        return `Đã tạo trang «${name}»: điền nhiệm vụ vào bảng rồi bấm «Cập nhật trạng thái».`;
      }),
    onUpdateStatus: () =>
      void task('Đang cập nhật trạng thái', async () => {
        const report = await runExcel((context) => updateStatus(context, state.sheet, actionOptions(settings(), progress('Đang ghi các cột trạng thái'))));
        await showPlan(report);
        return `Đã cập nhật cột trạng thái cho ${report.tasks} nhiệm vụ ở trang «${report.sheet}».`;
      }),
    onBuildSummary: (label: string) =>
      void task('Đang lập tổng hợp', async () => {
        const period = choosePeriods().find((choice) => choice.period.label === label)?.period;
        if (period === undefined) throw new UserFacingError('Hãy chọn kỳ báo cáo.');
        const name = await runExcel((context) => buildQuarterSummary(context, state.sheet, period, actionOptions(settings(), progress('Đang ghi trang tổng hợp'))));
        return `Đã lập trang «${name}» (${period.label}).`;
      }),
    onSettingsSaved: (pane: { planYear: number | null; dueSoonDays: number; dataStartDay: number; cutOffDay: number; reportDueDay: number }) =>
      void task('Đang lưu cài đặt', async () => {
        state.settings = {
          ...settings(),
          planYear: pane.planYear,
          dueSoonDays: pane.dueSoonDays,
          boundaries: { dataStartDay: pane.dataStartDay, cutOffDay: pane.cutOffDay, reportDueDay: pane.reportDueDay },
        };
        await writeAddinSettings(state.settings);
        await runExcel((context) => saveDueSoonDays(context, pane.dueSoonDays));
        choosePeriods();
        return 'Đã lưu cài đặt vào sổ làm việc (đi theo tệp khi lưu tệp).';
      }),
  };
  const initial = settings();
  view.showSettings({ planYear: initial.planYear, dueSoonDays: initial.dueSoonDays, ...initial.boundaries });
  choosePeriods();
  return { handlers, refresh };
}

function safeSettings(): AddinSettings {
  try {
    return readAddinSettings();
  } catch {
    return DEFAULT_SETTINGS;
  }
}
