import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error: a plain .mjs script without types
import { buildAddin } from '../scripts/build-addin.mjs';

/**
 * The built add-in served on 127.0.0.1 and Debian's headless Chromium, for the standalone page's
 * tests and its benchmark. Every request a page makes is recorded; office.js' CDN request is aborted.
 */
/** Debian's Chromium, or the browser named by CHROMIUM_PATH on machines without apt. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = () => existsSync(CHROMIUM);
const MIME: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.map': 'application/json', '.xml': 'application/xml' };
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export interface StandaloneHarness {
  readonly outdir: string;
  readonly base: string;
  readonly browser: BrowserContext;
  close(): Promise<void>;
}

export async function startHarness(): Promise<StandaloneHarness> {
  const outdir = mkdtempSync(join(tmpdir(), 'cchc-standalone-'));
  await (buildAddin as (dir: string) => Promise<void>)(outdir);
  const server: Server = createServer((request, response) => {
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
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(join(tmpdir(), 'cchc-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1100, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    outdir,
    base,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(outdir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A page (standalone.html unless told) with its requests and script errors recorded, office.js' CDN aborted (as offline). */
export async function openStandalone(harness: StandaloneHarness, url = `${harness.base}/standalone.html`) {
  const page: Page = await harness.browser.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource|ERR_FAILED|ERR_INTERNET_DISCONNECTED|appsforoffice/.test(message.text())) errors.push(`console: ${message.text()}`);
  });
  await page.route('**/appsforoffice.microsoft.com/**', (route) => route.abort('internetdisconnected'));
  await page.goto(url);
  await page.locator('main[data-standalone="ready"]').waitFor({ timeout: 15_000 });
  return { page, requests, errors };
}
