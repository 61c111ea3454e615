import { unzipSync } from 'fflate';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStandalone, startHarness, type StandaloneHarness } from '../../bench/standalone-browser.js';
import { buildNode } from '../../scripts/build.mjs';
import { AS_OF, communeFolder, PERIOD, type CommuneFolder } from '../helpers/consolidate-inputs.js';
import { dumpWorkbook } from '../helpers/report-workbook-dump.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * The standalone page with many communes' files — a chosen folder, and files dropped on it — in
 * headless Chromium: it reads them with a progress bar and downloads the province workbook
 * `cchc consolidate` writes for the same files, period and as-of date: the same sheets and cells,
 * every part of the package, and the file itself, byte for byte.
 */
const CLI = '.test-build-province/cchc.js';
const shots = 'out/screenshots';
const scratch = mkdtempSync(join(tmpdir(), 'cchc-province-page-'));
let harness: StandaloneHarness;
let folder: CommuneFolder;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  await buildNode('.test-build-province');
  folder = await communeFolder();
  harness = await startHarness();
}, 180_000);
afterAll(() => harness?.close());

async function choosePeriod(page: Page) {
  await page.locator('#sa-province-as-of').fill(AS_OF.split('-').reverse().join('/'));
  await page.locator('#sa-province-as-of').dispatchEvent('change');
  await page.locator('#sa-province-period').selectOption(PERIOD);
}

async function download(page: Page, path: string) {
  const file = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lập và tải bảng tổng hợp (.xlsx)' }).click();
  await (await file).saveAs(path);
  await page.locator('#sa-province-link').waitFor();
  return (await file).suggestedFilename();
}

async function expectSameAsCli(fromPage: string, dir: string) {
  const fromCli = join(scratch, `${basename(fromPage, '.xlsx')}-cli.xlsx`);
  const cli = await runCli(CLI, 'consolidate', dir, '--period', PERIOD, '--as-of', AS_OF, '-o', fromCli);
  expect(cli.code).toBe(0);
  const [page, command] = [new Uint8Array(readFileSync(fromPage)), new Uint8Array(readFileSync(fromCli))];
  expect(await dumpWorkbook(page)).toEqual(await dumpWorkbook(command));
  const parts = (bytes: Uint8Array) => Object.entries(unzipSync(bytes)).map(([name, data]) => [name, Buffer.from(data).toString('base64')]);
  expect(parts(page)).toEqual(parts(command));
  expect(Buffer.from(page).equals(Buffer.from(command))).toBe(true);
}

describe('the standalone page with many files', () => {
  it('reads a chosen folder and downloads the workbook cchc consolidate writes for it', async () => {
    const { page, errors, requests } = await openStandalone(harness);
    await choosePeriod(page);
    await page.locator('#sa-province-folder').setInputFiles(folder.dir);
    await page.locator('#sa-province-chosen', { hasText: 'Đã chọn 6 tệp.' }).waitFor();
    const fromPage = join(scratch, 'thu-muc.xlsx');
    expect(await download(page, fromPage)).toBe('tong-hop-cchc-quy-i-2026.xlsx');
    const status = await page.locator('#sa-province-status').textContent();
    expect(status).toContain('Đã tổng hợp 4 xã, phường');
    expect(status).toContain('2 tệp không đọc được');
    expect(status).toContain('đánh giá ngày 14/03/2026');
    expect(await page.locator('#sa-province-progress').evaluate((bar) => [(bar as HTMLProgressElement).value, (bar as HTMLProgressElement).max])).toEqual([6, 6]);
    await page.locator('#sa-province').screenshot({ path: `${shots}/standalone-province.png` });
    await expectSameAsCli(fromPage, folder.dir);
    expect(requests.filter((url) => !url.startsWith(`${harness.base}/`) && !url.startsWith('blob:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('takes files dropped on it together, not as the single plan of step 1', async () => {
    const top = ['cong-van.txt', 'hong.xlsx', 'tran-hung-dao-2026.txt', 'xa-hoa-binh.csv'];
    const dir = mkdtempSync(join(tmpdir(), 'cchc-tinh-tha-'));
    for (const name of top) copyFileSync(join(folder.dir, name), join(dir, name));
    const { page, errors } = await openStandalone(harness);
    await choosePeriod(page);
    const transfer = await page.evaluateHandle(
      (files) => {
        const data = new DataTransfer();
        for (const { name, bytes } of files) data.items.add(new File([new Uint8Array(bytes)], name));
        return data;
      },
      top.reverse().map((name) => ({ name, bytes: [...readFileSync(join(dir, name))] })),
    );
    await page.dispatchEvent('#sa-province-drop', 'drop', { dataTransfer: transfer });
    await page.locator('#sa-province-chosen', { hasText: 'Đã chọn 4 tệp.' }).waitFor();
    expect(await page.locator('#sa-plan').isHidden()).toBe(true);
    const fromPage = join(scratch, 'tha.xlsx');
    await download(page, fromPage);
    await expectSameAsCli(fromPage, dir);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
