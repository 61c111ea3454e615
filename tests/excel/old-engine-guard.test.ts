import { readFileSync } from 'node:fs';
import { parse } from 'acorn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type StandaloneHarness } from '../../bench/standalone-browser.js';
import { OFFICE_TIMEOUT_MS } from '../../hosts/excel/office-host.js';

/**
 * Old webviews and slow Office starts. The guard before the bundle is ES5 (acorn, ecmaVersion 5) and,
 * in a page whose engine cannot run the bundle, shows its Vietnamese way out; a fake office.js that
 * becomes ready after the timeout leaves the pane in its Excel view.
 */
const GUARD = readFileSync('hosts/excel/old-engine-guard.js', 'utf8');

describe('the old-engine guard', () => {
  it('parses as ES5', () => {
    expect(() => parse(GUARD, { ecmaVersion: 5 })).not.toThrow();
  });

  it('the ES5 parser does refuse the bundle’s syntax (the check can fail)', () => {
    expect(() => parse('var o = {}; o?.a ?? 1;', { ecmaVersion: 5 })).toThrow();
  });

  it.each(['hosts/excel/taskpane.html', 'hosts/excel/commands.html'])('runs in %s before the bundle', (page) => {
    const html = readFileSync(page, 'utf8');
    const guard = html.indexOf('<script src="old-engine-guard.js"></script>');
    expect(guard).toBeGreaterThan(0);
    expect(guard).toBeLessThan(html.search(/<script defer src="(taskpane|commands)\.js">/));
  });
});

let harness: StandaloneHarness;
beforeAll(async () => {
  harness = await startHarness();
}, 120_000);
afterAll(() => harness?.close());

describe('in headless Chromium', () => {
  it('shows the Vietnamese way out where the bundle cannot run', async () => {
    const page = await harness.browser.newPage();
    // An engine without ES2020 syntax: new Function refuses `?.` and `??`, and the bundle does not parse.
    await page.addInitScript(() => {
      const real = Function;
      (window as unknown as { Function: unknown }).Function = function (...args: string[]) {
        if (/\?\.|\?\?/.test(args[args.length - 1] ?? '')) throw new SyntaxError('Expected identifier');
        return real(...args);
      };
    });
    await page.route('**/appsforoffice.microsoft.com/**', (route) => route.abort('internetdisconnected'));
    await page.route('**/taskpane.js', (route) => route.fulfill({ contentType: 'text/javascript', body: 'var x = { a: 1 }?.a ?? ;' }));
    await page.goto(`${harness.base}/taskpane.html`);
    const status = page.locator('#host-status[data-old-engine="true"]');
    await status.waitFor({ state: 'visible', timeout: 10_000 });
    const text = await status.textContent();
    for (const way of ['Internet Explorer', 'Excel trên web', 'WebView2', 'cchc-offline.html']) expect(text).toContain(way);
    await page.close();
  }, 60_000);

  it('stays silent in an engine that runs the bundle', async () => {
    const page = await harness.browser.newPage();
    await page.route('**/appsforoffice.microsoft.com/**', (route) => route.abort('internetdisconnected'));
    await page.goto(`${harness.base}/taskpane.html`);
    await page.locator('main[data-standalone="ready"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-old-engine]').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('becomes the Excel pane when Office.onReady resolves after the timeout', async () => {
    const late = OFFICE_TIMEOUT_MS + 1500;
    const office = `window.Office = { HostType: { Excel: "Excel" }, onReady: () => new Promise((resolve) => setTimeout(() => resolve({ host: "Excel", platform: "PC" }), ${late})) };
      window.Excel = { run: () => new Promise(() => {}) };`;
    const page = await harness.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: office }));
    await page.goto(`${harness.base}/taskpane.html`);
    await page.locator('main[data-host="none"]').waitFor({ timeout: late });
    expect(await page.locator('.dash-message').textContent()).toContain('Excel khởi động chậm');
    expect(await page.locator('#standalone').count()).toBe(0);
    await page.locator('main[data-host="excel"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('#host-status').isHidden()).toBe(true);
    expect(await page.getByRole('button', { name: 'Tổng hợp quý' }).isVisible()).toBe(true);
    expect(await page.locator('main[data-standalone]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
