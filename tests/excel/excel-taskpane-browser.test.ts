import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStandalone, startHarness, type StandaloneHarness } from '../../bench/standalone-browser.js';

/**
 * The built task pane page in Debian's headless Chromium, outside Excel: with office.js unreachable
 * (its CDN request aborted) or present but outside Office, it comes up in Vietnamese without a script
 * error, does not wait forever, and turns into the standalone steps; inside another Office host it
 * says it only runs in Excel. A screenshot at task pane width goes to out/screenshots/.
 */
let harness: StandaloneHarness;
beforeAll(async () => {
  harness = await startHarness();
}, 120_000);
afterAll(() => harness?.close());

const fakeOffice = (host: string) => `window.Office = { HostType: { Excel: "Excel" }, onReady: () => Promise.resolve({ host: ${host}, platform: null }) };`;

async function openWithOffice(script: string) {
  const page = await harness.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: script }));
  await page.goto(`${harness.base}/taskpane.html`);
  await page.locator('#host-status').waitFor({ state: 'visible', timeout: 10_000 });
  return { page, errors };
}

describe('the task pane outside Excel', () => {
  it('comes up in Vietnamese when office.js cannot load, and turns into the standalone steps', async () => {
    const started = Date.now();
    const { page, requests, errors } = await openStandalone(harness, `${harness.base}/taskpane.html`);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(requests).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(await page.locator('h1').textContent()).toBe('Theo dõi kế hoạch CCHC');
    expect(await page.locator('#host-status').textContent()).toContain('không cần Excel');
    for (const label of ['Tạo bảng mẫu', 'Cập nhật trạng thái', 'Tổng hợp quý']) expect(await page.getByRole('button', { name: label }).isVisible()).toBe(false);
    expect(await page.locator('#sa-step1').isVisible()).toBe(true);
    const periods = await page.locator('#sa-period option').allTextContents();
    expect(periods.length).toBeGreaterThanOrEqual(8);
    expect(periods.join('\n')).toMatch(/Quý I\/\d{4} – chốt 14\/03\/\d{4}/);
    expect(await page.locator('#sa-as-of').inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(await page.locator('#message').isHidden()).toBe(true);
    await page.setViewportSize({ width: 360, height: 900 });
    mkdirSync('out/screenshots', { recursive: true });
    await page.screenshot({ path: 'out/screenshots/excel-taskpane-outside-excel.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('also turns standalone with office.js present but outside Office (onReady with host null)', async () => {
    const { page, errors } = await openWithOffice(fakeOffice('null'));
    await page.locator('main[data-standalone="ready"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('#host-status').textContent()).toContain('không cần Excel');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('inside another Office application says it only runs in Excel, its buttons off', async () => {
    const { page, errors } = await openWithOffice(fakeOffice('"Word"'));
    expect(await page.locator('#host-status').textContent()).toContain('chỉ chạy trong Excel');
    expect(await page.getByRole('button', { name: 'Tổng hợp quý' }).isDisabled()).toBe(true);
    expect(await page.locator('#standalone').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
