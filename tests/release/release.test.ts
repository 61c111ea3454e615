import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../../hosts/cli/report-command.js';
import { CHROMIUM } from '../../bench/standalone-browser.js';
// @ts-expect-error: a plain .mjs script without types
import { buildRelease, checkBaseUrl, releaseManifest } from '../../scripts/release.mjs';
import { AS_OF, FIXTURE_NAMES, fixturePath } from '../helpers/fixture-plans.js';
import { dumpWorkbook } from '../helpers/report-workbook-dump.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * `npm run release` built in a test: the manifest under the base URL, the offline page alone from
 * file:// in headless Chromium, and the one-file command line in a folder without node_modules.
 */
const BASE = 'https://cchc.example.gov.vn/addin/';
/** The budget for the offline page. */
const OFFLINE_PAGE_BUDGET = 1.5 * 1024 * 1024;
const outdir = join(mkdtempSync(join(tmpdir(), 'cchc-release-')), 'release');
const scratch = mkdtempSync(join(tmpdir(), 'cchc-release-out-'));

let browser: BrowserContext;
beforeAll(async () => {
  await buildRelease({ baseUrl: BASE, outdir });
  browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cchc-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 180_000);
afterAll(() => browser?.close());

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)).map((name) => `${entry.name}/${name}`) : [entry.name]));

describe('release/excel', () => {
  it('puts every URL of the manifest under the base URL, its AppDomain the base’s origin, with the package version', () => {
    const manifest = readFileSync(join(outdir, 'excel/manifest.xml'), 'utf8');
    const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((match) => match[1]!);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect(url.startsWith(BASE), url).toBe(true);
    expect([...manifest.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((match) => match[1])).toEqual(['https://cchc.example.gov.vn']);
    expect(manifest).not.toContain('localhost');
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(manifest).toContain(`<Version>${version}.0</Version>`);
    for (const url of urls) expect(existsSync(join(outdir, 'excel', url.slice(BASE.length))), url).toBe(true);
  });

  it('ships the add-in’s static files without source maps', () => {
    const shipped = files(join(outdir, 'excel'));
    expect(shipped).toEqual(expect.arrayContaining(['taskpane.html', 'taskpane.js', 'commands.html', 'commands.js', 'standalone.js', 'manifest.xml', 'assets/icon-32.png']));
    expect(shipped.filter((name) => name.endsWith('.map'))).toEqual([]);
    for (const name of shipped.filter((file) => file.endsWith('.js'))) expect(readFileSync(join(outdir, 'excel', name), 'utf8')).not.toContain('sourceMappingURL');
  });

  it('refuses a base URL that is not https, and adds the trailing slash', () => {
    expect(() => checkBaseUrl('http://cchc.example.gov.vn/')).toThrow(/https/);
    expect(() => checkBaseUrl('cchc.example.gov.vn')).toThrow(/not a URL/);
    expect(checkBaseUrl('https://host.vn/a/b')).toBe('https://host.vn/a/b/');
    expect(releaseManifest(readFileSync('hosts/excel/manifest.xml', 'utf8'), 'https://host.vn/a', '1.2.3')).toContain('DefaultValue="https://host.vn/a/taskpane.html"');
  });
});

describe('release/apps-script', () => {
  it('holds the three files to paste into the Apps Script editor', () => {
    expect(files(join(outdir, 'apps-script')).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
    expect(readFileSync(join(outdir, 'apps-script/Code.js'), 'utf8')).toMatch(/^function onOpen\(/m);
  });
});

describe('release/cchc-offline.html', () => {
  const page = () => join(outdir, 'cchc-offline.html');

  it(`weighs at most 1.5 MB (${OFFLINE_PAGE_BUDGET} bytes)`, () => {
    const size = statSync(page()).size;
    console.log(`cchc-offline.html: ${size} bytes (budget ${OFFLINE_PAGE_BUDGET})`);
    expect(size).toBeLessThanOrEqual(OFFLINE_PAGE_BUDGET);
  });

  it('refers to no file beside it', () => {
    const html = readFileSync(page(), 'utf8').replace(/<script>[\s\S]*?<\/script>/g, '');
    expect(html).not.toMatch(/\b(?:src|href)="(?!data:|#)/);
  });

  for (const name of FIXTURE_NAMES) {
    it(`opened alone from file://, reads ${name} and downloads the report cchc report writes, with no request`, async () => {
      const alone = join(mkdtempSync(join(tmpdir(), 'cchc-mail-')), 'cchc-offline.html');
      copyFileSync(page(), alone);
      const tab = await browser.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      tab.on('request', (request) => requests.push(request.url()));
      tab.on('pageerror', (error) => errors.push(error.message));
      await tab.goto(pathToFileURL(alone).href);
      await tab.locator('main[data-standalone="ready"]').waitFor({ timeout: 30_000 });
      await tab.locator('#sa-file').setInputFiles(fixturePath(name));
      await tab.locator('#sa-plan:not([hidden])').waitFor();
      await tab.locator('#sa-as-of').fill(AS_OF.split('-').reverse().join('/'));
      await tab.locator('#sa-as-of').dispatchEvent('change');
      await tab.locator('#sa-period').selectOption('Quý I/2026');
      await tab.locator('#sa-judged', { hasText: '20/03/2026' }).waitFor();
      const download = tab.waitForEvent('download');
      await tab.getByRole('button', { name: 'Tải tệp báo cáo (.xlsx)' }).click();
      const fromPage = join(scratch, `${name}-offline.xlsx`);
      await (await download).saveAs(fromPage);

      const fromCli = join(scratch, `${name}-cli.xlsx`);
      expect((await reportCommand(fixturePath(name), { period: 'Quý I/2026', asOf: AS_OF, output: fromCli })).exitCode).toBe(0);
      expect(await dumpWorkbook(new Uint8Array(readFileSync(fromPage)))).toEqual(await dumpWorkbook(new Uint8Array(readFileSync(fromCli))));
      expect(requests.filter((url) => url !== pathToFileURL(alone).href && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
      expect(errors).toEqual([]);
      await tab.close();
    }, 120_000);
  }
});

describe('release/cchc.mjs', () => {
  it('runs inspect and report from an empty folder without node_modules', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cchc-anywhere-'));
    const cli = join(folder, 'cchc.mjs');
    copyFileSync(join(outdir, 'cchc.mjs'), cli);
    const plan = join(folder, basename(fixturePath('tran-hung-dao-2026')));
    copyFileSync(fixturePath('tran-hung-dao-2026'), plan);
    expect(readdirSync(folder).sort()).toEqual(['cchc.mjs', basename(plan)].sort());

    const inspected = await runCli(cli, 'inspect', plan, '--as-of', '20/03/2026', '--json');
    expect(inspected.code).toBe(0);
    expect(JSON.parse(inspected.stdout).tasks).toHaveLength(47);
    const output = join(folder, 'bao-cao.xlsx');
    const reported = await runCli(cli, 'report', plan, '--period', 'Quý I/2026', '--as-of', '20/03/2026', '-o', output);
    expect(reported.stderr).toBe('');
    expect(reported.stdout).toContain(`Đã ghi báo cáo: ${output}`);
    const fromCli = join(scratch, 'bundle-vs-source.xlsx');
    await reportCommand(plan, { period: 'Quý I/2026', asOf: '2026-03-20', output: fromCli });
    expect(await dumpWorkbook(new Uint8Array(readFileSync(output)))).toEqual(await dumpWorkbook(new Uint8Array(readFileSync(fromCli))));
    expect((await runCli(cli, '--help')).stdout).toMatch(/^Cách dùng: cchc/);
  }, 60_000);
});
