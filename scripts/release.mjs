// `npm run release -- --base-url https://HOST/PATH/` writes release/, what an office's IT person ships:
//   excel/             the add-in's static files, no source maps, manifest.xml pointing under the base URL;
//   cchc-offline.html  the standalone page as one file (scripts, styles, icon inlined), works from file://;
//   cchc.mjs           the command line as one file with its packages inside: `node cchc.mjs …` anywhere;
//   apps-script/       Code.js, Sidebar.html, appsscript.json to paste into the Apps Script editor.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { addinOptions, copyStatic } from './build-addin.mjs';
import { buildAppsScript } from './build-apps-script.mjs';

const DEV_ORIGIN = 'https://localhost:3000';

/** The base URL the add-in is hosted under, with one trailing slash; refused unless https (Office loads add-ins only over https). */
export function checkBaseUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`--base-url "${text}" is not a URL (example: https://cchc.example.gov.vn/addin/)`);
  }
  if (url.protocol !== 'https:') throw new Error(`--base-url must be https (Office loads add-ins only over HTTPS), not "${text}"`);
  if (url.search !== '' || url.hash !== '') throw new Error(`--base-url must not carry a query or a fragment: "${text}"`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Office wants four numbers: package version 0.1.0 → 0.1.0.0. */
export function manifestVersion(version) {
  const parts = version.split(/[.+-]/).slice(0, 3).map(Number);
  if (parts.length !== 3 || parts.some((part) => !Number.isInteger(part))) throw new Error(`package.json version "${version}" is not x.y.z`);
  return `${parts.join('.')}.0`;
}

/** manifest.xml with every dev-server URL moved under the base URL, the AppDomain its origin, and the package version. */
export function releaseManifest(manifest, baseUrl, version) {
  const base = checkBaseUrl(baseUrl);
  const origin = new URL(base).origin;
  const out = manifest
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .replaceAll(`${DEV_ORIGIN}/`, base)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  if (out.includes('localhost')) throw new Error('manifest.xml still names localhost after the rewrite: update releaseManifest()');
  return out;
}

/** The Excel add-in's files, minified, without source maps. */
async function buildExcel(outdir, baseUrl, version) {
  copyStatic(outdir);
  await build({ ...addinOptions(outdir), sourcemap: false, legalComments: 'none' });
  writeFileSync(join(outdir, 'manifest.xml'), releaseManifest(readFileSync('hosts/excel/manifest.xml', 'utf8'), baseUrl, version));
}

const scriptText = (text) => text.replace(/<\/(script)/gi, '<\\/$1');

/**
 * The standalone page as one file: standalone.html with its three stylesheets and the standalone bundle
 * inlined, and its icon as a data: URL. taskpane.js is left out: outside Office its only work is to load
 * standalone.js from beside the page, which a file sent by email does not have; the standalone bundle
 * starts the page by itself.
 */
export function offlinePage(excelDir) {
  const read = (name) => readFileSync(join(excelDir, name), 'utf8');
  let page = read('standalone.html');
  const replace = (pattern, text) => {
    if (!pattern.test(page)) throw new Error(`standalone.html no longer has ${pattern}: update offlinePage()`);
    page = page.replace(pattern, () => text);
  };
  replace(/\s*<link rel="stylesheet" href="dashboard\.css"\s*\/?>/, '');
  replace(/<link rel="stylesheet" href="taskpane\.css"\s*\/?>/, `<style>\n${read('dashboard.css')}\n${read('taskpane.css')}\n${read('standalone.css')}\n</style>`);
  replace(/<script src="old-engine-guard\.js"><\/script>/, `<script>${scriptText(read('old-engine-guard.js'))}</script>`);
  replace(/\s*<script defer src="taskpane\.js"><\/script>/, '');
  for (const icon of page.match(/assets\/[\w-]+\.png/g) ?? []) {
    page = page.replaceAll(icon, `data:image/png;base64,${readFileSync(join(excelDir, icon)).toString('base64')}`);
  }
  // Checked on the page's own markup, before the bundle (whose strings may hold such text) goes in.
  const outside = /\b(?:src|href)="(?!data:|#)[^"]*"/.exec(page);
  if (outside) throw new Error(`the offline page still refers to a file beside it: ${outside[0]}`);
  replace(/<\/body>/, `<script>${scriptText(read('standalone.js'))}</script>\n</body>`);
  return page;
}

/** The command line as one ES module, its npm packages inside, for `node cchc.mjs` in any folder. */
async function buildCli(outfile) {
  await build({
    entryPoints: ['hosts/cli/main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    // CommonJS packages inside an ES module still call require() for Node's own modules.
    banner: { js: "import { createRequire as __cchcRequire } from 'node:module'; const require = __cchcRequire(import.meta.url);" },
  });
}

export async function buildRelease({ baseUrl, outdir = 'release' }) {
  const base = checkBaseUrl(baseUrl);
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await buildExcel(join(outdir, 'excel'), base, version);
  writeFileSync(join(outdir, 'cchc-offline.html'), offlinePage(join(outdir, 'excel')));
  await buildCli(join(outdir, 'cchc.mjs'));
  await buildAppsScript(join(outdir, 'apps-script'));
  return { outdir, base, version };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { 'base-url': { type: 'string' }, out: { type: 'string' } } });
  if (values['base-url'] === undefined) {
    console.error('Usage: npm run release -- --base-url https://HOST/PATH/');
    process.exit(1);
  }
  try {
    const { outdir, base, version } = await buildRelease({ baseUrl: values['base-url'], outdir: values.out });
    console.log(`${outdir}/ written for ${base} (version ${version})`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
