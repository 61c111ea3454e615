import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PLAN } from '../../hosts/cli/demo-command.js';
import { loadPlan } from '../../hosts/cli/load-plan.js';
import { reportCommand } from '../../hosts/cli/report-command.js';
import { assessPlan } from '../../src/plan/assess-plan.js';
import { STATUS_CODES } from '../../src/status/status-codes.js';
import { AS_OF, FIXTURE_NAMES, fixturePath, readFixturePlan } from '../helpers/fixture-plans.js';
import { dumpWorkbook } from '../helpers/report-workbook-dump.js';
import { pasteAppendixWithFinding } from '../helpers/paste-appendix-with-finding.js';
import { OFFICE_CDN, openStandalone, startHarness, type StandaloneHarness } from '../../bench/standalone-browser.js';
import { renderMessages } from '../../src/messages/catalogue.js';

/**
 * The standalone page (standalone.html: the task pane page without office.js) in headless Chromium:
 * it reads each fixture plan, shows its counts, and downloads the same report workbook `cchc report`
 * writes for the same file, period and as-of date, with no request leaving the page's own origin.
 * The task pane page itself, outside Office, turns into the same page. Screenshots of each step go to
 * out/screenshots/.
 */
const PERIOD = 'Quý I/2026';
const shots = 'out/screenshots';
const scratch = mkdtempSync(join(tmpdir(), 'cchc-standalone-report-'));

let harness: StandaloneHarness;
beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  harness = await startHarness();
}, 120_000);
afterAll(() => harness?.close());

async function chooseAsOfAndPeriod(page: Page, period = PERIOD, asOf = AS_OF) {
  await page.locator('#sa-as-of').fill(asOf.split('-').reverse().join('/'));
  await page.locator('#sa-as-of').dispatchEvent('change');
  await page.locator('#sa-period').selectOption(period);
}

async function shownCounts(page: Page) {
  const fact = async (key: string) => Number(await page.locator(`[data-fact="${key}"] dd`).textContent());
  const bars = await page.locator('#sa-chart [data-status]').evaluateAll((rows) => rows.map((row) => [(row as HTMLElement).dataset.status!, Number((row as HTMLElement).dataset.count)]));
  return { tasks: await fact('tasks'), sections: await fact('sections'), findings: await fact('findings'), year: await fact('year'), statuses: Object.fromEntries(bars) };
}

async function expectedCounts(name: (typeof FIXTURE_NAMES)[number]) {
  const plan = await readFixturePlan(name);
  const assessed = assessPlan({ ...plan, plan: { ...plan.plan } }, { asOf: AS_OF });
  const statuses = Object.fromEntries(STATUS_CODES.map((code) => [code, assessed.tasks.filter((task) => task.status.code === code).length]).filter(([, count]) => count !== 0));
  return { tasks: plan.tasks.length, sections: plan.sections.length, statuses };
}

async function downloadReport(page: Page, path: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải tệp báo cáo (.xlsx)' }).click();
  const file = await download;
  await file.saveAs(path);
  return file.suggestedFilename();
}

/** The report the page downloaded against the one `cchc report` writes for the same file, period and day. */
async function expectSameAsCli(fromPage: string, file: string, period: string, asOf: string) {
  const fromCli = join(scratch, `${basename(fromPage, '.xlsx')}-cli.xlsx`);
  const cli = await reportCommand(file, { period, asOf, output: fromCli });
  expect(cli.exitCode).toBe(0);
  expect(await dumpWorkbook(new Uint8Array(readFileSync(fromPage)))).toEqual(await dumpWorkbook(new Uint8Array(readFileSync(fromCli))));
  // One writer in both: the very same bytes.
  expect(readFileSync(fromPage).equals(readFileSync(fromCli))).toBe(true);
}

/** Drops a file on the page as a clerk drags it from a folder. */
async function dropFile(page: Page, path: string) {
  const transfer = await page.evaluateHandle(
    ({ bytes, name }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name));
      return data;
    },
    { bytes: [...readFileSync(path)], name: basename(path) },
  );
  await page.dispatchEvent('#sa-drop', 'drop', { dataTransfer: transfer });
}

/** The print view's rows as text, cell texts joined by "|", empty cells dropped. */
const printRows = (page: Page) =>
  page.locator('#sa-summary table.sheet-model tr').evaluateAll((rows) =>
    rows.map((row) =>
      Array.from((row as HTMLTableRowElement).cells, (cell) => cell.textContent)
        .filter((text) => text !== '')
        .join('|'),
    ),
  );

describe('the standalone page', () => {
  for (const name of FIXTURE_NAMES) {
    it(`reads ${name}, shows its counts and downloads the report cchc report writes`, async () => {
      const { page, requests, errors } = await openStandalone(harness, `${harness.base}/standalone.html`);
      expect(await page.locator('#host-status').textContent()).toContain('không cần Excel');
      expect(await page.locator('#sa-privacy').textContent()).toContain('không gửi dữ liệu qua mạng');
      if (name === FIXTURE_NAMES[0]) await page.screenshot({ path: `${shots}/standalone-1-open.png`, fullPage: true });
      await page.locator('#sa-file').setInputFiles(fixturePath(name));
      await page.locator('#sa-plan:not([hidden])').waitFor();
      await chooseAsOfAndPeriod(page);
      await page.locator('#sa-judged', { hasText: '20/03/2026' }).waitFor();

      const shown = await shownCounts(page);
      const expected = await expectedCounts(name);
      expect({ tasks: shown.tasks, sections: shown.sections, statuses: shown.statuses }).toEqual(expected);
      const dueCells = await page.locator('#sa-tasks td.date').allTextContents();
      expect(dueCells.every((text) => /^\d{2}\/\d{2}\/\d{4}$|^—$/.test(text))).toBe(true);
      if (name === 'tran-hung-dao-2026') await page.screenshot({ path: `${shots}/standalone-2-plan.png`, fullPage: true });

      const fromPage = join(scratch, `${name}-trang.xlsx`);
      const suggested = await downloadReport(page, fromPage);
      expect(suggested).toBe(`${name}-bao-cao-quy-i-2026.xlsx`);
      await page.locator('#sa-report-link').waitFor();
      if (name === 'tran-hung-dao-2026') await page.screenshot({ path: `${shots}/standalone-4-downloaded.png`, fullPage: true });

      await expectSameAsCli(fromPage, fixturePath(name), PERIOD, AS_OF);

      expect(requests.filter((url) => !url.startsWith(`${harness.base}/`) && !url.startsWith('blob:'))).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }, 90_000);
  }

  it('reads the bundled .xlsx sample with its progress and keeps its sheets in the report, as cchc report does', async () => {
    const { page, errors } = await openStandalone(harness);
    await page.locator('#sa-file').setInputFiles(SAMPLE_PLAN);
    await page.locator('#sa-plan:not([hidden])').waitFor();
    await chooseAsOfAndPeriod(page, '6 tháng/2026', '2026-06-14');
    await page.locator('#sa-judged', { hasText: '14/06/2026' }).waitFor();
    const shown = await shownCounts(page);
    const loaded = await loadPlan(SAMPLE_PLAN, { today: '2026-01-01' });
    if (loaded.kind !== 'plan') throw new Error(renderMessages(loaded.messages));
    const done = assessPlan(loaded.plan, { asOf: '2026-06-14' }).tasks.filter(({ status }) => status.code === 'DONE_ON_TIME').length;
    expect(shown.tasks).toBe(47);
    expect(done).toBeGreaterThan(0);
    expect(shown.statuses.DONE_ON_TIME).toBe(done);

    const fromPage = join(scratch, 'ke-hoach-cchc-mau-trang.xlsx');
    expect(await downloadReport(page, fromPage)).toBe('ke-hoach-cchc-mau-bao-cao-6-thang-2026.xlsx');
    await expectSameAsCli(fromPage, SAMPLE_PLAN, '6 tháng/2026', '2026-06-14');
    const { sheets } = await dumpWorkbook(new Uint8Array(readFileSync(fromPage)));
    const { sheets: userSheets } = await dumpWorkbook(new Uint8Array(readFileSync(SAMPLE_PLAN)));
    expect(sheets).toEqual(expect.arrayContaining([...userSheets]));
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('reads the Trần Hưng Đạo appendix pasted from Word as the same plan as the file', async () => {
    const { page, errors } = await openStandalone(harness);
    await page.locator('#sa-file').setInputFiles(fixturePath('tran-hung-dao-2026'));
    await page.locator('#sa-plan:not([hidden])').waitFor();
    await chooseAsOfAndPeriod(page);
    const tasksOf = () => page.locator('#sa-tasks tbody').innerText();
    const fromFile = await tasksOf();
    const fileCounts = await shownCounts(page);

    await page.locator('#sa-paste-box summary').click();
    await page.locator('#sa-paste').fill(readFileSync(fixturePath('tran-hung-dao-2026'), 'utf8'));
    await page.screenshot({ path: `${shots}/standalone-1b-paste.png`, fullPage: true });
    await page.getByRole('button', { name: 'Đọc bảng đã dán' }).click();
    await page.locator('[data-fact="file"] dd', { hasText: 'dan-tu-word.txt' }).waitFor();
    expect(await tasksOf()).toBe(fromFile);
    expect({ ...(await shownCounts(page)) }).toEqual(fileCounts);
    expect(fileCounts.tasks).toBe(47);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('links each finding to its row, and prints only the summary', async () => {
    const { page, errors } = await openStandalone(harness);
    await pasteAppendixWithFinding(page);
    expect(await page.locator('[data-fact="findings"] dd').textContent()).toBe('1');
    const finding = page.locator('#sa-findings button').first();
    const row = await finding.getAttribute('data-row');
    expect(await finding.textContent()).toContain(`dòng ${row}`);
    expect(await finding.textContent()).toContain('qwerty 99');
    await finding.click();
    expect(await page.locator('#sa-tasks-box').getAttribute('open')).not.toBeNull();
    expect(await page.locator('#sa-tasks tr.marked').getAttribute('data-row')).toBe(row);
    await page.screenshot({ path: `${shots}/standalone-3-finding.png`, fullPage: true });
    await page.emulateMedia({ media: 'print' });
    const printed = await printRows(page);
    expect(printed[0]).toBe('TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CCHC – Năm 2026');
    for (const band of ['I. TỔNG HỢP CHUNG', 'II. THEO MỤC CỦA KẾ HOẠCH', 'III. THEO ĐƠN VỊ CHỦ TRÌ']) expect(printed).toContain(band);
    expect(printed).toContain('Tổng số nhiệm vụ|47|100,0%');
    expect(printed.some((row) => row.startsWith('IV. NHIỆM VỤ QUÁ HẠN'))).toBe(true);
    expect(await page.locator('#sa-summary table.sheet-model').first().isVisible()).toBe(true);
    expect(await page.locator('#sa-step1').isVisible()).toBe(false);
    expect(await page.locator('#sa-chart').isVisible()).toBe(false);
    await page.screenshot({ path: `${shots}/standalone-5-print.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('works opened from disk (file://) with a dropped file, asking nothing of any server', async () => {
    const { page, errors, requests } = await openStandalone(harness, `file://${harness.outdir}/standalone.html`);
    await dropFile(page, fixturePath('an-tuong-2026'));
    await page.locator('#sa-plan:not([hidden])').waitFor();
    expect(Number(await page.locator('[data-fact="tasks"] dd').textContent())).toBe(45);
    await downloadReport(page, join(scratch, 'an-tuong-tu-dia.xlsx'));
    await page.screenshot({ path: `${shots}/standalone-6-file-url.png`, fullPage: true });
    expect(requests.filter((url) => !url.startsWith('file://') && !url.startsWith('blob:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('is also what the Excel task pane page becomes outside Office: office.js is its only request elsewhere', async () => {
    const { page, errors, requests } = await openStandalone(harness, `${harness.base}/taskpane.html`);
    expect(requests.filter((url) => !url.startsWith(`${harness.base}/`))).toEqual([OFFICE_CDN]);
    await page.locator('#sa-file').setInputFiles(fixturePath('dong-da-2026-2030'));
    await page.locator('#sa-plan:not([hidden])').waitFor();
    expect(Number(await page.locator('[data-fact="tasks"] dd').textContent())).toBe(28);
    await downloadReport(page, join(scratch, 'dong-da-tu-taskpane.xlsx'));
    expect(requests.filter((url) => !url.startsWith(`${harness.base}/`) && !url.startsWith('blob:'))).toEqual([OFFICE_CDN]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
