import { judgeCommuneFile } from '../../io/consolidate/judge-commune-file.js';
import { writeProvinceWorkbook } from '../../io/xlsx-report/write-province-workbook.js';
import { ProvinceAccumulator } from '../../src/consolidate/consolidate.js';
import { provinceFileName } from '../../src/consolidate/province-file-name.js';
import type { IsoDate } from '../../src/dates/calendar-date.js';
import { message, renderMessage, type Message } from '../../src/messages/catalogue.js';
import { PROVINCE_SHEET_NAMES } from '../../src/sheet-model/province-sheet-models.js';
import { todayInVietnam } from '../../src/dates/today-in-vietnam.js';
import { readDateCell } from '../../src/status/read-date-cell.js';
import { periodChoices } from '../../src/summary/period-choices.js';
import { DEFAULT_BOUNDARIES } from '../../src/summary/report-periods.js';
import type { ReportPeriod } from '../../src/summary/summary.js';
import { chosenFiles, droppedFiles, type ChosenFile } from './collect-dropped-files.js';
import { PROVINCE_MARKUP } from './province-markup.js';
import { showStatus } from './show-status.js';
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
  const say = (kind: 'info' | 'success' | 'error', said: readonly Message[], link?: Node) => showStatus(get('sa-province-status'), kind, said, link);
  const failed = (error: unknown) => say('error', [message('PAGE_ERROR', { detail: error instanceof Error ? error.message : String(error) })]);
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
    get('sa-province-chosen').textContent = renderMessage(files.length === 0 ? message('PAGE_PROVINCE_NONE_CHOSEN', {}) : message('PAGE_PROVINCE_CHOSEN', { files: files.length }));
    say('info', []);
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
    if (event.dataTransfer !== null) void droppedFiles(event.dataTransfer).then(choose, failed);
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
      .catch(failed)
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
      say('info', [message('PAGE_PROVINCE_READING', { index: index + 1, total: chosen.length, label })]);
      province.add(index, await judgeCommuneFile(new Uint8Array(await file.arrayBuffer()), label, { period, asOf: date }));
      progress.value = index + 1;
    }
    say('info', [message('PAGE_PROVINCE_BUILDING', {})]);
    const result = province.done();
    const bytes = await writeProvinceWorkbook(result);
    if (link !== null) URL.revokeObjectURL(link);
    link = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
    const anchor = document.createElement('a');
    anchor.href = link;
    anchor.download = provinceFileName(period.shortTitle);
    anchor.textContent = anchor.download;
    anchor.id = 'sa-province-link';
    const outcome = message('PAGE_PROVINCE_READY', {
      communes: result.communes.length,
      tasks: result.totals.total,
      overdue: result.overdue.length,
      period: period.label,
      judgedOn: result.judgedOn,
      problems: result.problems.length,
      problemsSheet: PROVINCE_SHEET_NAMES.problems,
    });
    say('success', [outcome], anchor);
    anchor.click();
  };

  showPeriods();
  ready();
}
