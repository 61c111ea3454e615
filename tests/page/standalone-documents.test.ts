import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGridFile } from '../../io/files/read-grid-file.js';
import { writeTemplateWorkbook } from '../../io/xlsx-report/write-template-workbook.js';
import { loadPlan } from '../../hosts/cli/load-plan.js';
import { todayInVietnam } from '../../src/dates/today-in-vietnam.js';
import { reportCommand } from '../../hosts/cli/report-command.js';
import { openStandalone, startHarness, type StandaloneHarness } from '../../bench/standalone-browser.js';
import { dumpWorkbook } from '../helpers/report-workbook-dump.js';
import { message, renderMessage, renderMessages } from '../../src/messages/catalogue.js';

/**
 * The standalone page given whole plans and Word documents: a whole plan chosen as a file or pasted
 * whole reads as its appendix; a .docx dropped reads as its table and downloads the report `cchc
 * report` writes from the same .docx; a plan without a task table says so and offers the blank
 * template, the same workbook `cchc template` writes.
 */
const shots = 'out/screenshots';
const scratch = mkdtempSync(join(tmpdir(), 'cchc-standalone-docs-'));
const seed = (name: string) => fileURLToPath(new URL(`../fixtures/seeds/ke-hoach-${name}.txt`, import.meta.url));
const docxPath = (name: string) => fileURLToPath(new URL(`../files/docx/${name}`, import.meta.url));

let harness: StandaloneHarness;
beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  harness = await startHarness();
}, 120_000);
afterAll(() => harness?.close());

const tasksShown = (page: Page) => page.locator('#sa-tasks tbody').innerText();
const factOf = async (page: Page, key: string) => (await page.locator(`[data-fact="${key}"] dd`).textContent()) ?? '';

async function setAsOf(page: Page, date: string) {
  await page.locator('#sa-as-of').fill(date);
  await page.locator('#sa-as-of').dispatchEvent('change');
}

async function cliTaskCount(path: string) {
  const loaded = await loadPlan(path, { today: '2026-01-01' });
  if (loaded.kind !== 'plan') throw new Error(renderMessages(loaded.messages));
  return loaded.plan.tasks.length;
}

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

describe('the standalone page with whole plans and Word documents', () => {
  it('reads a whole plan chosen as a file and the same plan pasted whole as the same tasks', async () => {
    const { page, errors } = await openStandalone(harness);
    expect(await page.locator('#sa-file').getAttribute('accept')).toContain('.docx');
    await page.locator('#sa-file').setInputFiles(seed('tran-hung-dao-2026'));
    await page.locator('#sa-plan:not([hidden])').waitFor();
    await setAsOf(page, '20/03/2026');
    await page.locator('#sa-judged', { hasText: '20/03/2026' }).waitFor();
    expect(Number(await factOf(page, 'tasks'))).toBe(await cliTaskCount(seed('tran-hung-dao-2026')));
    expect(Number(await factOf(page, 'tasks'))).toBe(48);
    const fromFile = await tasksShown(page);

    await page.locator('#sa-paste-box summary').click();
    await page.locator('#sa-paste').fill(readFileSync(seed('tran-hung-dao-2026'), 'utf8'));
    await page.getByRole('button', { name: 'Đọc bảng đã dán' }).click();
    await page.locator('[data-fact="file"] dd', { hasText: 'dan-tu-word.txt' }).waitFor();
    expect(await tasksShown(page)).toBe(fromFile);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('reads the other two whole plans pasted whole', async () => {
    const { page, errors } = await openStandalone(harness);
    await page.locator('#sa-paste-box summary').click();
    for (const [name, tasks] of [
      ['an-tuong-2026', 46],
      ['dong-da-2026-2030', 29],
    ] as const) {
      await page.locator('#sa-paste').fill(readFileSync(seed(name), 'utf8'));
      await page.getByRole('button', { name: 'Đọc bảng đã dán' }).click();
      await page.locator('#sa-file-status', { hasText: `${tasks} nhiệm vụ` }).waitFor();
      expect(Number(await factOf(page, 'tasks'))).toBe(tasks);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('reads a dropped .docx and downloads the report cchc report writes from it', async () => {
    const { page, errors, requests } = await openStandalone(harness);
    const file = docxPath('libreoffice-dong-da-2026-2030.docx');
    await dropFile(page, file);
    await page.locator('#sa-plan:not([hidden])').waitFor();
    await setAsOf(page, '20/03/2026');
    await page.locator('#sa-period').selectOption('Quý I/2026');
    await page.locator('#sa-judged', { hasText: '20/03/2026' }).waitFor();
    expect(Number(await factOf(page, 'tasks'))).toBe(28);
    expect(await page.locator('#sa-file-status').textContent()).toContain('đã đọc bảng 2 làm bảng nhiệm vụ');
    await page.screenshot({ path: `${shots}/standalone-docx.png`, fullPage: true });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải tệp báo cáo (.xlsx)' }).click();
    const fromPage = join(scratch, 'dong-da-trang.xlsx');
    await (await download).saveAs(fromPage);
    const fromCli = join(scratch, 'dong-da-cli.xlsx');
    expect((await reportCommand(file, { period: 'Quý I/2026', asOf: '2026-03-20', output: fromCli })).exitCode).toBe(0);
    expect(await dumpWorkbook(new Uint8Array(readFileSync(fromPage)))).toEqual(await dumpWorkbook(new Uint8Array(readFileSync(fromCli))));
    expect(requests.filter((url) => !url.startsWith(`${harness.base}/`) && !url.startsWith('blob:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('says the Hà Đông plan has no task table and offers the blank template cchc template writes', async () => {
    const { page, errors } = await openStandalone(harness);
    await page.locator('#sa-file').setInputFiles(seed('ha-dong-2026-2030'));
    const status = page.locator('#sa-file-status.message-error');
    await status.waitFor();
    expect(await status.textContent()).toBe(
      'Không tìm thấy bảng nhiệm vụ trong tệp “ke-hoach-ha-dong-2026-2030.txt”. Cần một dòng tiêu đề có các cột: STT, Nhiệm vụ (Nội dung), Cơ quan chủ trì, Thời gian hoàn thành. ' +
        renderMessage(message('PAGE_NO_TASK_TABLE_HINT', {})),
    );
    expect(await page.locator('#sa-plan').isHidden()).toBe(true);
    await page.screenshot({ path: `${shots}/standalone-no-table.png`, fullPage: true });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải bảng kế hoạch mẫu (.xlsx)' }).click();
    const file = await download;
    // The year of today, as `cchc template` without --year: the page has no plan to take it from.
    const year = Number(todayInVietnam().slice(0, 4));
    expect(file.suggestedFilename()).toBe(`ke-hoach-cchc-${year}.xlsx`);
    const path = join(scratch, 'mau.xlsx');
    await file.saveAs(path);
    const bytes = new Uint8Array(readFileSync(path));
    expect(await dumpWorkbook(bytes)).toEqual(await dumpWorkbook(await writeTemplateWorkbook({ year })));
    expect((await readGridFile(bytes, 'mau.xlsx')).grids.map((grid) => grid.sheet)[0]).toBe('Theo dõi CCHC');
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
