import { readPlanFile, type LoadedPlan } from '../../io/files/read-plan-file.js';
import { writeReport } from '../../io/xlsx-report/write-report-workbook.js';
import { writeTemplateWorkbook } from '../../io/xlsx-report/write-template-workbook.js';
import type { IsoDate } from '../../src/dates/calendar-date.js';
import { message, renderMessage, type Message } from '../../src/messages/catalogue.js';
import type { AssessedPlan } from '../../src/plan/assess-plan.js';
import { summarySheetName } from '../../src/sheet-model/own-sheet-names.js';
import { summarySheetModel } from '../../src/sheet-model/summary-sheet-model.js';
import { readDateCell } from '../../src/status/read-date-cell.js';
import { periodReport } from '../../src/use-cases/period-report.js';
import { DEFAULT_PLAN_SETTINGS } from '../../src/use-cases/plan-settings.js';
import { judgeToday } from '../../src/use-cases/plan-judging.js';
import { reportFileName } from '../../src/summary/report-file-name.js';
import type { PlanSummary, ReportPeriod } from '../../src/summary/summary.js';
import { todayInVietnam } from '../../src/dates/today-in-vietnam.js';
import { periodChoices, periodDetail } from '../../src/summary/period-choices.js';
import type { PlanSettings } from '../../src/use-cases/dashboard.js';
import { rowOfCell } from '../../src/grid/address.js';
import { messageLine } from '../../ui/dashboard/message-line.js';
import { applyPalette } from '../../ui/dashboard/palette-properties.js';
import { periodPicker } from '../../ui/dashboard/period-picker.js';
import { settingsForm } from '../../ui/dashboard/settings-form.js';
import type { DashboardClient } from '../../src/use-cases/dashboard-client.js';
import type { WorkbookSnapshot } from '../../src/use-cases/workbook-port.js';
import { pageDashboardClient, type DroppedFile } from './page-dashboard-client.js';
import { showPlan, showRow } from './plan-view.js';
import { showStatus } from './show-status.js';
import { startProvinceStep } from './province-step.js';
import { STANDALONE_MARKUP } from './standalone-markup.js';
import { sheetModelPages } from './sheet-model-pages.js';
import { showViDate } from './vi-date.js';

type Plan = Extract<LoadedPlan, { kind: 'plan' }>;
const PASTED_FILE_NAME = 'dan-tu-word.txt';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSM_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.12';

/**
 * The standalone page: the task pane opened in a browser outside Office. Choose, drop or paste a plan,
 * see it, pick the period and the as-of date, download the report workbook `cchc report` writes —
 * all in this page, nothing sent anywhere.
 */
function startStandalone(root: HTMLElement): void {
  const get = <T extends HTMLElement = HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
  switchLayout(root);
  startProvinceStep(get('standalone'));
  const today = todayInVietnam();
  applyPalette();
  const picker = periodPicker('sa-period');
  get('sa-period-box').append(picker.element);
  const periodSelect = picker.select;
  let settings: PlanSettings = DEFAULT_PLAN_SETTINGS;
  /** The file as the use cases see it, judged on `date` with the page's settings. */
  const snapshotOn = (plan: Plan, date: IsoDate): WorkbookSnapshot => ({
    ...plan.snapshot,
    today: date,
    settings: { ...plan.snapshot.settings, planYear: settings.planYear, dueSoonDays: settings.dueSoonDays },
  });
  const asOfInput = get<HTMLInputElement>('sa-as-of');
  asOfInput.value = showViDate(today);
  let periods: ReportPeriod[] = [];
  let loaded: (Plan & { fileName: string }) | null = null;
  /** The plan judged on the as-of date, and summed up for the period: what step 2 and 4 show and the report holds. */
  let assessed: AssessedPlan | null = null;
  let summary: PlanSummary | null = null;
  let link: string | null = null;
  /** The last file read, kept to read it again when the plan year is set. */
  let lastRead: { bytes: Uint8Array; fileName: string } | null = null;
  /**
   * The dashboard's client over the file read last (none yet: an empty one), through the use cases;
   * the page keeps the settings across files and reads the file again when the plan year changes.
   */
  const clientOf = (file: DroppedFile | null): DashboardClient => {
    const host = { today: () => asOf() ?? today, download: () => undefined, showCell: (_sheet: string, cell: string) => showRow(root, rowOfCell(cell)) };
    const base = pageDashboardClient(file ?? { bytes: new Uint8Array(), name: '' }, host);
    return {
      ...base,
      load: () => base.saveSettings(settings).then(() => base.load()),
      saveSettings: async (chosen) => {
        const outcome = await base.saveSettings(chosen);
        if (!outcome.ok) return outcome;
        const reread = chosen.planYear !== settings.planYear && lastRead !== null;
        settings = chosen;
        if (reread) void read(lastRead!.bytes, lastRead!.fileName).catch(failed('sa-file-status'));
        else refresh();
        return outcome;
      },
    };
  };
  let client = clientOf(null);
  const settingsLine = messageLine();
  const form = settingsForm(
    (chosen) => void client.saveSettings(chosen).then((outcome) => settingsLine.show(outcome.ok ? 'success' : 'error', outcome.text)),
    (text) => settingsLine.show('error', text),
  );
  form.show(settings);
  get('sa-settings').append(form.element, settingsLine.element);

  const say = (id: string, kind: 'info' | 'success' | 'error', said: readonly Message[], link?: Node) => showStatus(get(id), kind, said, link);
  /** The periods of a plan year under the settings' boundaries; the picker lists those the client answers. */
  const showPeriods = (year: number) => {
    periods = periodChoices(year, today, settings.boundaries).choices.map((choice) => choice.period);
  };
  const chosenPeriod = () => periods.find((period) => period.label === periodSelect.value) ?? periods[0]!;
  /** The as-of date as the clerk typed it: “14/3/2026”, “14-03-2026”, “ngày 14 tháng 3 năm 2026”… */
  const asOf = (): IsoDate | null => readDateCell(asOfInput.value).date;

  /** Steps 2 to 4 again, for the plan and as-of date chosen now. */
  const refresh = () => {
    if (loaded === null) return;
    showPeriods(settings.planYear ?? loaded.plan.plan.year);
    const date = asOf();
    get('sa-as-of-hint').className = date === null ? 'hint hint-error' : 'hint';
    get('sa-as-of-hint').textContent = renderMessage(date === null ? message('PAGE_AS_OF_UNREADABLE', {}) : message('PAGE_AS_OF_DEFAULT', {}));
    get<HTMLButtonElement>('sa-download').disabled = date === null;
    get<HTMLButtonElement>('sa-print').disabled = date === null;
    assessed = null;
    summary = null;
    if (date === null) return;
    const judged = judgeToday(snapshotOn(loaded, date), loaded.plan);
    assessed = judged;
    const fileName = loaded.fileName;
    void client.load().then((dashboard) => {
      if (assessed !== judged || dashboard.plan === null) return;
      picker.show(dashboard.periods, dashboard.defaultPeriod);
      form.show(dashboard.settings);
      showPlan(root, judged, fileName, dashboard.plan, (finding) => void client.showCell(finding.sheet, finding.cell));
      summarize();
      get('sa-plan').hidden = false;
    });
  };
  /** Step 4's summary for the period chosen now; the plan's judgement stays as it is. */
  const summarize = () => {
    if (loaded === null || assessed === null) return;
    const period = chosenPeriod();
    get('sa-period-detail').textContent = periodDetail(period);
    const report = periodReport(snapshotOn(loaded, assessed.asOf), period);
    summary = report.ok ? report.summary : null;
    if (summary === null) return;
    const model = summarySheetModel(summary, { name: summarySheetName(period.shortTitle), planTitle: loaded.plan.plan.title });
    get('sa-summary').replaceChildren(sheetModelPages(model));
  };

  const read = async (bytes: Uint8Array, fileName: string) => {
    say('sa-file-status', 'info', [message('PAGE_READING_FILE', { fileName })]);
    get('sa-download-status').hidden = true;
    lastRead = { bytes, fileName };
    const result = await readPlanFile(bytes, fileName, { today: asOf() ?? today, ...(settings.planYear === null ? {} : { year: settings.planYear }) });
    if (result.kind !== 'plan') {
      loaded = null;
      client = clientOf({ bytes, name: fileName });
      get('sa-plan').hidden = true;
      const hint = result.kind === 'no-table' ? [message('PAGE_NO_TASK_TABLE_HINT', {})] : [];
      say('sa-file-status', 'error', [...result.messages, ...hint]);
      return;
    }
    loaded = { ...result, fileName };
    client = clientOf({ bytes, name: fileName, opened: result.opened });
    const { plan, notices } = result;
    say('sa-file-status', 'success', [message('PAGE_FILE_READ', { fileName, tasks: plan.tasks.length, sections: plan.sections.length }), ...notices]);
    refresh();
  };
  const readFile = (file: File) =>
    void file
      .arrayBuffer()
      .then((buffer) => read(new Uint8Array(buffer), file.name))
      .catch(failed('sa-file-status'));
  const failed = (id: string) => (error: unknown) => say(id, 'error', [message('PAGE_ERROR', { detail: error instanceof Error ? error.message : String(error) })]);

  get<HTMLInputElement>('sa-file').addEventListener('change', (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file !== undefined) readFile(file);
  });
  const drop = get('sa-drop');
  document.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('dragging');
  });
  document.addEventListener('dragleave', (event) => {
    if (event.relatedTarget === null) drop.classList.remove('dragging');
  });
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('dragging');
    const file = event.dataTransfer?.files[0];
    if (file !== undefined) readFile(file);
  });
  get('sa-paste-read').addEventListener('click', () => {
    const text = get<HTMLTextAreaElement>('sa-paste').value;
    if (text.trim() === '') return say('sa-file-status', 'error', [message('PAGE_PASTE_EMPTY', {})]);
    void read(new TextEncoder().encode(text), PASTED_FILE_NAME).catch(failed('sa-file-status'));
  });
  asOfInput.addEventListener('change', refresh);
  periodSelect.addEventListener('change', summarize);
  get('sa-print').addEventListener('click', () => window.print());
  get('sa-template').addEventListener('click', () => {
    const year = Number((asOf() ?? today).slice(0, 4));
    writeTemplateWorkbook({ year })
      .then((bytes) => save(bytes, `ke-hoach-cchc-${year}.xlsx`))
      .catch(failed('sa-file-status'));
  });
  /** Hands bytes to the browser as a download (the template; the report keeps its own link). */
  const save = (bytes: Uint8Array, name: string) => {
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = name;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  get('sa-download').addEventListener('click', () => {
    if (loaded === null || assessed === null || summary === null) return;
    const button = get<HTMLButtonElement>('sa-download');
    button.disabled = true;
    say('sa-download-status', 'info', [message('PAGE_WRITING_REPORT', {})]);
    const plan = loaded;
    const judged = assessed;
    const summed = summary;
    const period = summary.period;
    // The report is written on the next turn, so that the status above is shown first.
    const source = plan.workbook === undefined ? {} : { source: plan.workbook };
    new Promise<ReturnType<typeof writeReport>>((done, fail) =>
      setTimeout(() => {
        try {
          done(writeReport({ ...source, assessed: judged, summary: summed, dueSoonDays: settings.dueSoonDays }));
        } catch (error) {
          fail(error);
        }
      }, 0),
    )
      .then(({ bytes, macroEnabled, cutCells }) => {
        if (link !== null) URL.revokeObjectURL(link);
        link = URL.createObjectURL(new Blob([bytes as BlobPart], { type: macroEnabled ? XLSM_TYPE : XLSX_TYPE }));
        const anchor = document.createElement('a');
        anchor.href = link;
        const name = reportFileName(plan.fileName, period.shortTitle);
        anchor.download = macroEnabled ? name.replace(/\.xlsx$/, '.xlsm') : name;
        anchor.textContent = anchor.download;
        anchor.id = 'sa-report-link';
        say('sa-download-status', 'success', [message('PAGE_REPORT_READY', { period: period.label, kilobytes: Math.ceil(bytes.length / 1024), cutCells })], anchor);
        anchor.click();
      })
      .catch(failed('sa-download-status'))
      .finally(() => {
        button.disabled = false;
      });
  });
  showPeriods(Number(today.slice(0, 4)));
  void client.load().then((dashboard) => {
    picker.show(dashboard.periods, dashboard.defaultPeriod);
    root.dataset.standalone = 'ready';
  });
}

/**
 * The steps take the place of the page's parts for Excel: those only work on an open workbook, and
 * greyed-out buttons a clerk cannot use would only confuse; the footer says what Excel adds.
 */
function switchLayout(root: HTMLElement): void {
  root.dataset.host = 'standalone';
  const status = root.querySelector<HTMLElement>('#host-status')!;
  status.textContent = renderMessage(message('PAGE_STANDALONE_STATUS', {}));
  status.hidden = false;
  const excelParts = [...root.querySelectorAll<HTMLElement>(':scope > section')];
  for (const part of excelParts) part.hidden = true;
  const steps = document.createElement('div');
  steps.id = 'standalone';
  steps.innerHTML = STANDALONE_MARKUP;
  const footer = root.querySelector('footer');
  root.insertBefore(steps, footer);
  if (footer !== null) footer.textContent = renderMessage(message('PAGE_OFFLINE_FOOTER', {}));
}

const app = document.getElementById('app');
if (app !== null && app.dataset.standalone === undefined) startStandalone(app);
