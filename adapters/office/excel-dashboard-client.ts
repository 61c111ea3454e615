/// <reference types="office-js" />
import { quoted } from '../../src/messages/define-messages.js';
import type { ActionOutcome, Dashboard, DashboardFinding, PlanSettings } from '../../src/use-cases/dashboard.js';
import { DASHBOARD_FINDINGS_MAX } from '../../src/use-cases/dashboard.js';
import type { DashboardAction, DashboardClient } from '../../src/use-cases/dashboard-client.js';
import { dashboardPeriods } from '../../src/use-cases/dashboard-periods.js';
import { todayInVietnam } from '../../src/dates/today-in-vietnam.js';
import { actionOptions, readAddinSettings, runExcel, writeAddinSettings } from '../../taskpane/excel-host.js';
import { DEFAULT_SETTINGS, type AddinSettings } from './addin-settings.js';
import { buildQuarterSummary, createTemplate, inspectPlan, saveDueSoonDays, selectCell, updateStatus } from './cchc-actions.js';
import { officeErrorMessage } from './office-errors.js';
import { periodChoices } from '../../src/summary/period-choices.js';

/**
 * The Excel pane's dashboard client over today's office.js actions (cchc-actions.ts). Temporary: the
 * use-case layer's client of the same name takes its place at merge.
 */
export function excelDashboardClient(onProgress: (done: number, total: number) => void): DashboardClient {
  let settings: AddinSettings | null = null;
  const current = () => (settings ??= safeSettings());
  const options = (withProgress = false) => actionOptions(current(), withProgress ? onProgress : undefined);
  const planSheet = () => current().planSheet ?? undefined;
  const outcome = (text: string, sheet: string | null = null): ActionOutcome => ({ ok: true, text, sheet });
  const failed = (error: unknown): ActionOutcome => ({ ok: false, text: officeErrorMessage(error), sheet: null });

  const load = async (): Promise<Dashboard> => {
    const today = todayInVietnam();
    const report = await runExcel((context) => inspectPlan(context, planSheet(), options())).catch((error: unknown) => {
      throw new Error(officeErrorMessage(error));
    });
    const year = current().planYear ?? (report.found ? report.year : Number(today.slice(0, 4)));
    const base = { today, sheets: report.sheets, settings: current(), ...dashboardPeriods(year, today, current().boundaries) };
    if (!report.found) return { ...base, plan: null, problem: `Trang ${quoted(report.sheet)}: ${report.message}` };
    const findings: DashboardFinding[] = report.findings.slice(0, DASHBOARD_FINDINGS_MAX).map((finding) => ({ sheet: report.sheet, cell: finding.cell, severity: finding.severity, text: finding.message }));
    const plan = { sheet: report.sheet, title: report.title, year: report.year, tasks: report.tasks, counts: report.counts, findings, moreFindings: report.findings.length - findings.length };
    return { ...base, plan, problem: '' };
  };

  const run = async (action: DashboardAction): Promise<ActionOutcome> => {
    try {
      if (action.kind === 'createTemplate') {
        const year = current().planYear ?? Number(todayInVietnam().slice(0, 4));
        const name = await runExcel((context) => createTemplate(context, year, options(true)));
        await remember(name);
        return outcome(`Đã tạo trang ${quoted(name)}: điền nhiệm vụ vào bảng rồi bấm “Cập nhật trạng thái”.`, name);
      }
      if (action.kind === 'updateStatus') {
        const report = await runExcel((context) => updateStatus(context, planSheet(), options(true)));
        await remember(report.sheet);
        return outcome(`Đã cập nhật cột trạng thái cho ${report.tasks} nhiệm vụ ở trang ${quoted(report.sheet)}.`, report.sheet);
      }
      const year = current().planYear ?? Number(todayInVietnam().slice(0, 4));
      const period = periodChoices(year, todayInVietnam(), current().boundaries).choices.find((choice) => choice.period.label === action.period)?.period;
      if (period === undefined) return { ok: false, text: 'Hãy chọn kỳ báo cáo.', sheet: null };
      const name = await runExcel((context) => buildQuarterSummary(context, planSheet(), period, options(true)));
      return outcome(`Đã lập trang ${quoted(name)} (${period.label}).`, name);
    } catch (error) {
      return failed(error);
    }
  };

  /** The sheet last used becomes the ribbon's plan sheet. */
  const remember = async (sheet: string) => {
    if (current().planSheet === sheet) return;
    settings = { ...current(), planSheet: sheet };
    await writeAddinSettings(settings);
  };

  return {
    actions: ['createTemplate', 'updateStatus', 'buildSummary'],
    load,
    run,
    async saveSettings(chosen: PlanSettings) {
      try {
        settings = { ...current(), ...chosen };
        await writeAddinSettings(settings);
        await runExcel((context) => saveDueSoonDays(context, chosen.dueSoonDays));
        return outcome('Đã lưu cài đặt vào sổ làm việc (đi theo tệp khi lưu tệp).');
      } catch (error) {
        return failed(error);
      }
    },
    async showCell(sheet, cell) {
      await runExcel((context) => selectCell(context, sheet, cell)).catch((error: unknown) => {
        throw new Error(officeErrorMessage(error));
      });
    },
  };
}

function safeSettings(): AddinSettings {
  try {
    return readAddinSettings();
  } catch {
    return DEFAULT_SETTINGS;
  }
}
