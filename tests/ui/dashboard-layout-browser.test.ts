import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/use-cases/dashboard.js';
import { DEFAULT_BOUNDARIES } from '../../src/summary/report-periods.js';
import { SERVER_FUNCTIONS } from '../../hosts/sheets/entry-points.js';
import { STATUS_CODES, type StatusCode } from '../../src/status/status-codes.js';
import { openStandalone, startHarness, type StandaloneHarness } from '../../bench/standalone-browser.js';
import { measureLayout } from '../helpers/layout-in-page.js';
import { pasteAppendixWithFinding } from '../helpers/paste-appendix-with-finding.js';
import { buildOnce } from '../helpers/sheets-load.js';

/**
 * The one dashboard at a task pane's width and wider, in Debian's headless Chromium: the Excel pane
 * (inside another Office host, its controls off), the Sheets sidebar (its built HTML with a fake
 * google.script.run answering a plan with findings) and the standalone page (a plan read, step 2 and
 * the summary preview shown). At 320, 360 and 1280 px nothing passes the viewport, no line breaks
 * inside a word, and the chart's labels are at least 11 px. Screenshots go to out/screenshots/.
 */
const WIDTHS = [320, 360, 1280] as const;
const shots = 'out/screenshots';

let harness: StandaloneHarness;
let sidebarFile: string;
beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  harness = await startHarness();
  sidebarFile = join(await buildOnce(), 'Sidebar.html');
}, 180_000);
afterAll(() => harness?.close());

/** A plan of 47 tasks with every status and more findings than the sidebar is sent. */
const PLAN_SHEET = 'Kế hoạch CCHC năm 2026 của UBND phường Trần Hưng Đạo';
const BOARD: Dashboard = {
  today: '2026-03-20',
  sheets: [PLAN_SHEET, 'Ghi chú'],
  settings: { planYear: null, dueSoonDays: 7, planSheet: null, boundaries: DEFAULT_BOUNDARIES },
  plan: {
    sheet: PLAN_SHEET,
    title: 'KẾ HOẠCH Cải cách hành chính năm 2026 của Ủy ban nhân dân phường Trần Hưng Đạo',
    year: 2026,
    tasks: STATUS_CODES.length * 4 + 7,
    counts: Object.fromEntries(STATUS_CODES.map((code, index) => [code, index === 0 ? 11 : 4])) as Record<StatusCode, number>,
    findings: Array.from({ length: 30 }, (_, index) => ({
      sheet: PLAN_SHEET,
      cell: `F${index + 12}`,
      severity: index % 3 === 0 ? ('error' as const) : ('warning' as const),
      text: `Thời hạn “Trước ngày 15/${(index % 12) + 1} hằng năm, Phòng Văn hóa – Xã hội chủ trì” không đọc được thành ngày cụ thể.`,
    })),
    moreFindings: 41,
  },
  problem: '',
  periods: [
    { label: 'Quý I/2026', title: 'Quý I/2026 – chốt 14/03/2026' },
    { label: '6 tháng/2026', title: '6 tháng/2026 – chốt 14/06/2026' },
  ],
  defaultPeriod: 'Quý I/2026',
};

/**
 * google.script.run as the sidebar sees it, answering from `board`; every other call succeeds with a
 * sentence. Each call is recorded in `window.calls` as [name, ...arguments].
 */
function fakeScriptRun({ board, names }: { board: Dashboard; names: readonly string[] }) {
  const calls: unknown[][] = [];
  const make = (ok: ((value: unknown) => void) | null): Record<string, unknown> => {
    const runner: Record<string, unknown> = { withSuccessHandler: (handler: (value: unknown) => void) => make(handler), withFailureHandler: () => make(ok) };
    for (const name of names) {
      runner[name] = (...args: unknown[]) => {
        calls.push([name, ...args]);
        setTimeout(() => ok?.(name === 'sidebarDashboard' ? board : { ok: true, text: 'Đã xong.', sheet: null }), 0);
      };
    }
    return runner;
  };
  Object.assign(window, { google: { script: { run: make(null) } }, calls });
}

async function openSidebar() {
  const { page, errors } = await pageWithErrors();
  await page.addInitScript(fakeScriptRun, { board: BOARD, names: [...SERVER_FUNCTIONS] });
  const file = join(harness.outdir, 'sidebar-under-test.html');
  writeFileSync(file, readFileSync(sidebarFile, 'utf8'));
  await page.goto(`file://${file}`);
  await page.locator('.dash-chart-row').first().waitFor({ timeout: 10_000 });
  const calls = () => page.evaluate(() => (window as unknown as { calls: unknown[][] }).calls.filter((call) => call[0] !== 'sidebarDashboard'));
  return { page, errors, calls };
}

/** A new page whose script errors are recorded. */
async function pageWithErrors() {
  const page = await harness.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

async function expectReadable(page: Page, name: string, width: number, withChart: boolean) {
  await page.setViewportSize({ width, height: 900 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.screenshot({ path: `${shots}/dashboard-${name}-${width}.png`, fullPage: true });
  const layout = await measureLayout(page);
  expect(layout.viewport).toBe(width);
  expect(layout.tooWide, `${name} at ${width} px`).toEqual([]);
  expect(layout.scrollWidth).toBeLessThanOrEqual(width);
  expect(layout.splitWords, `${name} at ${width} px`).toEqual([]);
  if (withChart) expect(layout.chartLabelSizes.length).toBeGreaterThan(0);
  for (const size of layout.chartLabelSizes) expect(size).toBeGreaterThanOrEqual(11);
}

describe('the one dashboard at 320, 360 and 1280 px', () => {
  it('is measured by a check that does catch a word split inside and a box wider than the viewport', async () => {
    const page = await harness.browser.newPage();
    await page.setViewportSize({ width: 320, height: 400 });
    await page.setContent(
      '<p style="width:61px;word-break:break-all;font-size:14px">Phòng Văn hóa Trước ngày</p><div style="width:400px">x</div><div style="width:200px;overflow-x:auto"><div style="width:900px">cuộn</div></div><div class="dash-chart-label" style="font-size:6px">Quá hạn</div>',
    );
    const layout = await measureLayout(page);
    expect(layout.splitWords).toContain('Phòng Vă|n hóa Trước ');
    // The 400-px box after the body's 8-px margin; the 900-px one scrolls inside its 200-px box.
    expect(layout.tooWide).toEqual(['div.: 408 / 320']);
    expect(layout.chartLabelSizes).toEqual([6]);
    await page.close();
  }, 30_000);

  it('the Excel pane (inside another Office host): nothing wider than the pane, no word split', async () => {
    const { page, errors } = await pageWithErrors();
    await page.route('**/appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'window.Office = { HostType: { Excel: "Excel" }, onReady: () => Promise.resolve({ host: "Word", platform: null }) };' }),
    );
    await page.goto(`${harness.base}/taskpane.html`);
    await page.locator('#host-status', { hasText: 'chỉ chạy trong Excel' }).waitFor({ timeout: 10_000 });
    await page.locator('.dash-settings summary').click();
    expect(await page.locator('#dash-period option').count()).toBeGreaterThanOrEqual(8);
    for (const width of WIDTHS) await expectReadable(page, 'excel-pane', width, false);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('the Sheets sidebar (its built HTML, a fake google.script.run): counts, chart and capped findings readable', async () => {
    const { page, errors } = await openSidebar();
    expect(await page.locator('.dash-chart-row').count()).toBe(STATUS_CODES.length);
    expect(await page.locator('.dash-finding').count()).toBe(30);
    expect(await page.locator('.dash-findings-more').textContent()).toBe('và 41 ghi chú khác');
    await page.locator('.dash-settings summary').click();
    for (const width of WIDTHS) await expectReadable(page, 'sheets-sidebar', width, true);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('the standalone page with a plan read: steps, chart, findings and the summary preview readable', async () => {
    const { page, errors } = await openStandalone(harness);
    await pasteAppendixWithFinding(page);
    await page.locator('#sa-as-of').fill('20/03/2026');
    await page.locator('#sa-as-of').dispatchEvent('change');
    await page.locator('#sa-judged', { hasText: '20/03/2026' }).waitFor();
    await page.locator('#sa-summary table.sheet-model').first().waitFor();
    await page.locator('#sa-tasks-summary').click();
    for (const width of WIDTHS) await expectReadable(page, 'standalone-page', width, true);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('asks the client for each control: the cell of a finding, the summary of the period chosen, settings within their limits', async () => {
    const { page, errors, calls } = await openSidebar();
    await page.locator('.dash-finding').nth(1).click();
    await page.locator('.dash-message', { hasText: 'Xem ô F13' }).waitFor({ state: 'hidden' });
    expect(await calls()).toEqual([['sidebarShowCell', PLAN_SHEET, 'F13']]);

    await page.locator('#dash-period').selectOption('6 tháng/2026');
    await page.getByRole('button', { name: 'Tổng hợp quý' }).click();
    await page.locator('.dash-message-success', { hasText: 'Đã xong.' }).waitFor();
    expect((await calls()).at(-1)).toEqual(['sidebarRun', { kind: 'buildSummary', period: '6 tháng/2026' }]);

    await page.locator('.dash-settings summary').click();
    await page.locator('input[name="dueSoonDays"]').fill('400');
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    expect(await page.locator('.dash-message-error').textContent()).toBe('Số ngày báo “sắp đến hạn”: cần một số nguyên từ 0 đến 365.');
    expect((await calls()).length).toBe(2);
    await page.locator('input[name="dueSoonDays"]').fill('14');
    await page.locator('input[name="planYear"]').fill('2027');
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await page.locator('.dash-message-success', { hasText: 'Đã xong.' }).waitFor();
    expect((await calls()).at(-1)).toEqual(['sidebarSaveSettings', { planYear: 2027, dueSoonDays: 14, planSheet: null, boundaries: DEFAULT_BOUNDARIES }]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
