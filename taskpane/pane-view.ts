import { STATUS_CODES, STATUS_LABELS, type StatusCode } from '../src/status/status-codes.js';
import type { PeriodChoice } from '../src/summary/period-choices.js';

/** A finding as the pane lists it. */
export interface PaneFinding {
  readonly cell: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
}

/** What the pane shows of a plan. */
export interface PaneReport {
  readonly sheet: string;
  readonly title: string;
  readonly year: number;
  readonly tasks: number;
  readonly counts: Readonly<Record<StatusCode, number>>;
  readonly findings: readonly PaneFinding[];
}

/** The settings the pane edits. */
export interface PaneSettings {
  readonly planYear: number | null;
  readonly dueSoonDays: number;
  readonly dataStartDay: number;
  readonly cutOffDay: number;
  readonly reportDueDay: number;
}

/** What the user asks for; the host side (office.js, later a standalone mode) answers. */
export interface PaneHandlers {
  readonly onSheetChosen: (sheet: string) => void;
  readonly onRefresh: () => void;
  readonly onFindingClicked: (cell: string) => void;
  readonly onCreateTemplate: () => void;
  readonly onUpdateStatus: () => void;
  readonly onBuildSummary: (periodLabel: string) => void;
  readonly onSettingsSaved: (settings: PaneSettings) => void;
}

export type MessageKind = 'info' | 'success' | 'error' | '';

const SEVERITY_TEXT = { error: 'Lỗi', warning: 'Cần xem', info: 'Ghi chú' } as const;

const byId = <T extends HTMLElement>(root: ParentNode, id: string): T => {
  const element = root.querySelector<T>(`#${id}`);
  if (element === null) throw new Error(`taskpane.html has no #${id}`);
  return element;
};

/**
 * The task pane's interface, plain DOM and no office.js: the elements are in taskpane.html, this
 * fills them and reports the user's clicks to the handlers. Reusable by any host.
 */
export class PaneView {
  private readonly sheetSelect: HTMLSelectElement;
  private readonly periodSelect: HTMLSelectElement;
  private readonly buttons: HTMLButtonElement[];
  private readonly message: HTMLElement;
  private readonly progress: HTMLProgressElement;
  private readonly progressText: HTMLElement;

  constructor(private readonly root: HTMLElement) {
    this.sheetSelect = byId(root, 'sheet-select');
    this.periodSelect = byId(root, 'period-select');
    this.message = byId(root, 'message');
    this.progress = byId(root, 'progress');
    this.progressText = byId(root, 'progress-text');
    this.buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-needs-excel]')];
  }

  /** Reports the user's clicks to the host side. */
  bind(handlers: PaneHandlers): void {
    const root = this.root;
    this.sheetSelect.addEventListener('change', () => handlers.onSheetChosen(this.sheetSelect.value));
    byId(root, 'refresh').addEventListener('click', () => handlers.onRefresh());
    byId(root, 'create-template').addEventListener('click', () => handlers.onCreateTemplate());
    byId(root, 'update-status').addEventListener('click', () => handlers.onUpdateStatus());
    byId(root, 'build-summary').addEventListener('click', () => handlers.onBuildSummary(this.periodSelect.value));
    byId(root, 'findings').addEventListener('click', (event) => {
      const item = (event.target as HTMLElement).closest<HTMLElement>('[data-cell]');
      if (item !== null) handlers.onFindingClicked(item.dataset.cell!);
    });
    byId<HTMLFormElement>(root, 'settings-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const settings = this.readSettings();
      if (settings !== null) handlers.onSettingsSaved(settings);
    });
  }

  /** Outside Excel: says so, and the buttons that need Excel are disabled. */
  showOutsideExcel(reason: 'none' | 'other-office'): void {
    this.root.dataset.host = 'none';
    byId(this.root, 'host-status').textContent =
      reason === 'other-office'
        ? 'Phần bổ trợ này chỉ chạy trong Excel. Hãy mở sổ làm việc kế hoạch bằng Excel.'
        : 'Trang này không chạy bên trong Excel (hoặc không tải được thư viện Office từ Internet), nên chưa đọc được bảng tính. Hãy mở Excel, vào Trang đầu (Home) › nhóm CCHC › Bảng điều khiển.';
    byId(this.root, 'host-status').hidden = false;
    this.setBusy(false);
    for (const button of this.buttons) button.disabled = true;
  }

  showInsideExcel(): void {
    this.root.dataset.host = 'excel';
    byId(this.root, 'host-status').hidden = true;
    this.setBusy(false);
  }

  setBusy(busy: boolean): void {
    this.root.dataset.busy = String(busy);
    for (const button of this.buttons) button.disabled = busy;
    this.sheetSelect.disabled = busy;
  }

  showSheets(sheets: readonly string[], chosen: string): void {
    this.sheetSelect.replaceChildren(...sheets.map((name) => new Option(name, name, false, name === chosen)));
    if (!sheets.includes(chosen)) this.sheetSelect.add(new Option(chosen, chosen, true, true), 0);
  }

  showPeriods(choices: readonly PeriodChoice[], chosen: string): void {
    this.periodSelect.replaceChildren(...choices.map(({ period, text }) => new Option(text, period.label, false, period.label === chosen)));
    const detail = byId(this.root, 'period-detail');
    const show = () => {
      detail.textContent = choices.find((choice) => choice.period.label === this.periodSelect.value)?.detail ?? '';
    };
    this.periodSelect.onchange = show;
    show();
  }

  showSettings(settings: PaneSettings): void {
    const set = (id: string, value: number | null) => {
      byId<HTMLInputElement>(this.root, id).value = value === null ? '' : String(value);
    };
    set('plan-year', settings.planYear);
    set('due-soon', settings.dueSoonDays);
    set('data-start-day', settings.dataStartDay);
    set('cut-off-day', settings.cutOffDay);
    set('report-due-day', settings.reportDueDay);
  }

  private readSettings(): PaneSettings | null {
    const read = (id: string, min: number, max: number, label: string, optional = false): number | null | undefined => {
      const text = byId<HTMLInputElement>(this.root, id).value.trim();
      if (text === '' && optional) return null;
      const value = Number(text);
      if (!Number.isInteger(value) || value < min || value > max) {
        this.showMessage('error', `${label}: cần một số nguyên từ ${min} đến ${max}.`);
        return undefined;
      }
      return value;
    };
    const planYear = read('plan-year', 2000, 2100, 'Năm kế hoạch', true);
    const dueSoonDays = read('due-soon', 0, 365, 'Số ngày báo trước');
    const dataStartDay = read('data-start-day', 1, 31, 'Ngày bắt đầu lấy số liệu');
    const cutOffDay = read('cut-off-day', 1, 31, 'Ngày chốt số liệu');
    const reportDueDay = read('report-due-day', 1, 31, 'Hạn nộp báo cáo');
    if ([planYear, dueSoonDays, dataStartDay, cutOffDay, reportDueDay].includes(undefined)) return null;
    return { planYear: planYear ?? null, dueSoonDays: dueSoonDays!, dataStartDay: dataStartDay!, cutOffDay: cutOffDay!, reportDueDay: reportDueDay! };
  }

  /** The plan found: its title, counts by status and findings (each a button that selects its cell). */
  showReport(report: PaneReport): void {
    byId(this.root, 'plan-title').textContent = `${report.title || '(Kế hoạch chưa có tiêu đề)'} — năm ${report.year}, ${report.tasks} nhiệm vụ (trang «${report.sheet}»)`;
    const counts = byId(this.root, 'counts');
    counts.replaceChildren(
      ...STATUS_CODES.filter((code) => report.counts[code] > 0).map((code) => {
        const row = document.createElement('tr');
        row.className = `status-${code.toLowerCase().replace(/_/g, '-')}`;
        const label = document.createElement('td');
        label.textContent = STATUS_LABELS[code];
        const count = document.createElement('td');
        count.textContent = String(report.counts[code]);
        count.className = 'count';
        row.append(label, count);
        return row;
      }),
    );
    const list = byId(this.root, 'findings');
    const shown = report.findings.slice(0, 500);
    list.replaceChildren(
      ...shown.map((finding) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = `finding finding-${finding.severity}`;
        button.dataset.cell = finding.cell;
        button.title = `Chọn ô ${finding.cell}`;
        const where = document.createElement('span');
        where.className = 'finding-cell';
        where.textContent = `${SEVERITY_TEXT[finding.severity]} · ${finding.cell}`;
        const text = document.createElement('span');
        text.textContent = finding.message;
        button.append(where, text);
        item.append(button);
        return item;
      }),
    );
    byId(this.root, 'findings-count').textContent =
      report.findings.length === 0
        ? 'Không thấy lỗi dữ liệu.'
        : `${report.findings.length} điểm cần xem${report.findings.length > shown.length ? ` (hiện ${shown.length} điểm đầu)` : ''}. Bấm vào một dòng để chọn ô đó.`;
    byId(this.root, 'plan-section').hidden = false;
  }

  /** No plan on the chosen sheet: says why (which columns are needed). */
  showNoPlan(sheet: string, message: string): void {
    byId(this.root, 'plan-section').hidden = true;
    this.showMessage('info', `Trang «${sheet}»: ${message}`);
  }

  showMessage(kind: MessageKind, text: string): void {
    this.message.textContent = text;
    this.message.className = `message message-${kind}`;
    this.message.hidden = text === '';
  }

  /** The progress bar of a long write: rows written of all rows. */
  showProgress(done: number, total: number, label: string): void {
    const bar = this.progress.parentElement!;
    bar.hidden = false;
    this.progress.max = Math.max(total, 1);
    this.progress.value = done;
    this.progressText.textContent = `${label}: ${done.toLocaleString('vi-VN')}/${total.toLocaleString('vi-VN')} dòng`;
  }

  hideProgress(): void {
    this.progress.parentElement!.hidden = true;
  }
}
