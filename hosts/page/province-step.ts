import { judgeCommuneFile } from '../../io/consolidate/judge-commune-file.js';
import { writeProvinceWorkbook } from '../../io/xlsx-report/write-province-workbook.js';
import { ProvinceAccumulator } from '../../src/consolidate/consolidate.js';
import { provinceFileName } from '../../src/consolidate/province-file-name.js';
import type { IsoDate } from '../../src/dates/calendar-date.js';
import { formatViDate } from '../../src/dates/calendar-date.js';
import { todayInVietnam } from '../../src/dates/today-in-vietnam.js';
import { readDateCell } from '../../src/status/read-date-cell.js';
import { periodChoices } from '../../src/summary/period-choices.js';
import { DEFAULT_BOUNDARIES } from '../../src/summary/report-periods.js';
import type { ReportPeriod } from '../../src/summary/summary.js';
import { chosenFiles, droppedFiles, type ChosenFile } from './collect-dropped-files.js';
import { PROVINCE_MARKUP } from './province-markup.js';
import { showViDate } from './vi-date.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The province step of the standalone page: many communes' files (chosen, or a dropped folder),
 * read one after another in this page with a progress bar, into the province workbook
 * `cchc consolidate` writes for the same files, period and as-of date.
 */
export function startProvinceStep(container: HTMLElement): void {
  const step = document.createElement('section');
  step.className = 'step';
  step.id = 'sa-province';
  step.setAttribute('aria-labelledby', 'sa-province-title');
  step.innerHTML = PROVINCE_MARKUP;
  container.append(step);
  const get = <T extends HTMLElement = HTMLElement>(id: string) => step.querySelector<T>(`#${id}`)!;
  const today = todayInVietnam();
  const periodSelect = get<HTMLSelectElement>('sa-province-period');
  const asOfInput = get<HTMLInputElement>('sa-province-as-of');
  const button = get<HTMLButtonElement>('sa-province-download');
  const progress = get<HTMLProgressElement>('sa-province-progress');
  asOfInput.value = showViDate(today);
  let periods: ReportPeriod[] = [];
  let files: ChosenFile[] = [];
  let link: string | null = null;

  const asOf = (): IsoDate | null => readDateCell(asOfInput.value).date;
  const say = (kind: 'info' | 'success' | 'error', text: string, extra?: Node) => {
    const status = get('sa-province-status');
    status.className = `file-status message-${kind}`;
    status.replaceChildren(text, ...(extra === undefined ? [] : [extra]));
    status.hidden = text === '';
  };
  const showPeriods = () => {
    const day = asOf() ?? today;
    const { choices, chosen } = periodChoices(Number(day.slice(0, 4)), day, DEFAULT_BOUNDARIES);
    const current = periodSelect.value;
    periods = choices.map((choice) => choice.period);
    const keep = periods.some((period) => period.label === current) ? current : chosen;
    periodSelect.replaceChildren(...choices.map(({ period, text }) => new Option(text, period.label, false, period.label === keep)));
  };
  const ready = () => {
    const date = asOf();
    get('sa-province-as-of-hint').className = date === null ? 'hint hint-error' : 'hint';
    button.disabled = date === null || files.length === 0;
  };
  const choose = (chosen: ChosenFile[]) => {
    files = chosen;
    get('sa-province-chosen').textContent = files.length === 0 ? 'Không có tệp kế hoạch nào trong những gì đã chọn.' : `Đã chọn ${files.length} tệp.`;
    say('info', '');
    ready();
  };

  get<HTMLInputElement>('sa-province-files').addEventListener('change', (event) => choose(chosenFiles((event.target as HTMLInputElement).files)));
  get<HTMLInputElement>('sa-province-folder').addEventListener('change', (event) => choose(chosenFiles((event.target as HTMLInputElement).files)));
  const drop = get('sa-province-drop');
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    event.stopPropagation();
    drop.classList.add('dragging');
  });
  drop.addEventListener('drop', (event) => {
    // This drop is for many communes' files, not the single plan of step 1.
    event.preventDefault();
    event.stopPropagation();
    drop.classList.remove('dragging');
    if (event.dataTransfer !== null) void droppedFiles(event.dataTransfer).then(choose, (error: unknown) => say('error', `Có lỗi: ${String(error)}`));
  });
  asOfInput.addEventListener('change', () => {
    showPeriods();
    ready();
  });
  button.addEventListener('click', () => {
    const date = asOf();
    const period = periods.find((item) => item.label === periodSelect.value);
    if (date === null || period === undefined || files.length === 0) return;
    button.disabled = true;
    void consolidateFiles(files, period, date)
      .catch((error: unknown) => say('error', `Có lỗi: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        progress.hidden = true;
        ready();
      });
  });

  const consolidateFiles = async (chosen: readonly ChosenFile[], period: ReportPeriod, date: IsoDate) => {
    const province = new ProvinceAccumulator(period, date);
    progress.max = chosen.length;
    progress.value = 0;
    progress.hidden = false;
    for (const [index, { file, label }] of chosen.entries()) {
      say('info', `Đang đọc ${index + 1}/${chosen.length}: «${label}»…`);
      province.add(index, await judgeCommuneFile(new Uint8Array(await file.arrayBuffer()), label, { period, asOf: date }));
      progress.value = index + 1;
    }
    say('info', 'Đang lập bảng tổng hợp…');
    const result = province.done();
    const bytes = await writeProvinceWorkbook(result);
    if (link !== null) URL.revokeObjectURL(link);
    link = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
    const anchor = document.createElement('a');
    anchor.href = link;
    anchor.download = provinceFileName(period.shortTitle);
    anchor.textContent = anchor.download;
    anchor.id = 'sa-province-link';
    const problems = result.problems.length === 0 ? '' : ` ${result.problems.length} tệp không đọc được (xem trang «Tệp không đọc được»).`;
    say(
      'success',
      `Đã tổng hợp ${result.communes.length} xã, phường, ${result.totals.total} nhiệm vụ, ${result.overdue.length} quá hạn (${period.label}, đánh giá ngày ${formatViDate(result.judgedOn)}).${problems} Trình duyệt lưu tệp vào thư mục Tải về (Downloads). Không thấy tệp? Bấm vào đây: `,
      anchor,
    );
    anchor.click();
  };

  showPeriods();
  ready();
}
