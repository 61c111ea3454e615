import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { buildAddin } from '../scripts/build-addin.mjs';

/**
 * The built task pane in Debian's headless Chromium with office.js unreachable (its CDN request
 * aborted): the Vietnamese interface appears, without a script error, and says it is not inside
 * Excel instead of waiting forever. A screenshot goes to out/screenshots/.
 */
const CHROMIUM = '/usr/bin/chromium';
const MIME: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.map': 'application/json', '.xml': 'application/xml' };

let outdir: string;
let server: Server;
let base: string;
let browser: BrowserContext;
let profile: string;

beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), 'cchc-addin-'));
  await (buildAddin as (dir: string) => Promise<void>)(outdir);
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = readFileSync(join(outdir, path === '/' ? 'taskpane.html' : path));
      response.writeHead(200, { 'content-type': MIME[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  profile = mkdtempSync(join(tmpdir(), 'cchc-chromium-'));
  // A fresh user-data-dir (playwright passes it as --user-data-dir).
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 360, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(outdir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

describe('the task pane outside Excel', () => {
  it('renders in Vietnamese, without script errors, and says it is not inside Excel when office.js cannot load', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/Failed to load resource|ERR_FAILED|ERR_BLOCKED|appsforoffice/.test(message.text())) errors.push(`console: ${message.text()}`);
    });
    let officeRequested = false;
    await page.route('**/appsforoffice.microsoft.com/**', (route) => {
      officeRequested = true;
      return route.abort('internetdisconnected');
    });
    const started = Date.now();
    await page.goto(`${base}/taskpane.html`);
    const status = page.locator('#host-status');
    await status.waitFor({ state: 'visible', timeout: 10_000 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(officeRequested).toBe(true);
    expect(await status.textContent()).toContain('không chạy bên trong Excel');
    expect(await page.locator('h1').textContent()).toBe('Theo dõi kế hoạch CCHC');
    for (const label of ['Tạo bảng mẫu', 'Cập nhật trạng thái', 'Tổng hợp quý']) {
      const button = page.getByRole('button', { name: label });
      expect(await button.isVisible()).toBe(true);
      expect(await button.isDisabled()).toBe(true);
    }
    const periods = await page.locator('#period-select option').allTextContents();
    expect(periods.length).toBeGreaterThanOrEqual(8);
    expect(periods.join('\n')).toMatch(/Quý I\/\d{4} – chốt 14\/03\/\d{4}/);
    expect(await page.locator('#period-detail').textContent()).toMatch(/^Số liệu từ \d{2}\/\d{2}\/\d{4} đến \d{2}\/\d{2}\/\d{4}; nộp báo cáo trước \d{2}\/\d{2}\/\d{4}\.$/);
    expect(await page.locator('#due-soon').inputValue()).toBe('7');
    expect(await page.locator('#message').isHidden()).toBe(true);
    mkdirSync('out/screenshots', { recursive: true });
    await page.screenshot({ path: 'out/screenshots/excel-taskpane-outside-excel.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('also copes with office.js present but outside Office (onReady with host null)', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'window.Office = { HostType: { Excel: "Excel" }, onReady: () => Promise.resolve({ host: null, platform: null }) };' }),
    );
    await page.goto(`${base}/taskpane.html`);
    await page.locator('#host-status').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.locator('#host-status').textContent()).toContain('không chạy bên trong Excel');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
