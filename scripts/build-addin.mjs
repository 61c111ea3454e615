// Bundles the Excel add-in into dist/addin/: taskpane.html/js/css, dashboard.css (the one dashboard's, ui/dashboard/), commands.html/js, standalone.html/js/css, assets/ and a
// copy of manifest.xml. ES2020 IIFE bundles; office.js itself comes from Microsoft's CDN. Outside
// Office the page loads standalone.js/.css (the standalone mode: plan in, report workbook out, in the
// browser); classic IIFE scripts, so that the page works from disk (file://) too.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build, context } from 'esbuild';

export const ADDIN_DIR = 'dist/addin';

/** esbuild options of the two bundles, shared by the build, the dev server and the watcher; `dev` keeps them unminified. */
export function addinOptions(outdir = ADDIN_DIR, { dev = false } = {}) {
  return {
    entryPoints: { taskpane: 'hosts/excel/taskpane.ts', commands: 'hosts/excel/commands.ts', standalone: 'hosts/page/standalone.ts' },
    outdir,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    minify: !dev,
    sourcemap: true,
    logLevel: 'warning',
  };
}

/** The static files next to the bundles. */
export function copyStatic(outdir = ADDIN_DIR) {
  mkdirSync(outdir, { recursive: true });
  for (const file of ['taskpane.html', 'taskpane.css', 'commands.html', 'old-engine-guard.js']) cpSync(`hosts/excel/${file}`, `${outdir}/${file}`);
  writeFileSync(`${outdir}/standalone.html`, standalonePage(readFileSync('hosts/excel/taskpane.html', 'utf8')));
  cpSync('hosts/page/standalone.css', `${outdir}/standalone.css`);
  cpSync('ui/dashboard/dashboard.css', `${outdir}/dashboard.css`);
  cpSync('assets', `${outdir}/assets`, { recursive: true });
  cpSync('hosts/excel/manifest.xml', `${outdir}/manifest.xml`);
}

/**
 * standalone.html: the task pane page without office.js, for computers without the add-in. It goes
 * straight to the standalone mode and asks nothing of any server but its own (not even Microsoft's CDN).
 */
export function standalonePage(taskpaneHtml) {
  const office = /\s*<script src="https:\/\/appsforoffice\.microsoft\.com\/[^"]+"><\/script>/;
  if (!office.test(taskpaneHtml)) throw new Error('taskpane.html no longer loads office.js from its CDN: update standalonePage()');
  return taskpaneHtml.replace(office, '').replace(/<title>[^<]*<\/title>/, '<title>CCHC – Lập báo cáo (không cần cài đặt)</title>');
}

export async function buildAddin(outdir = ADDIN_DIR, { dev = false } = {}) {
  copyStatic(outdir);
  await build(addinOptions(outdir, { dev }));
}

/** esbuild serving dist/addin on https://localhost:3000 with office-addin-dev-certs' certificates. */
export async function serveAddin({ port = 3000, keyfile, certfile } = {}) {
  copyStatic();
  const ctx = await context(addinOptions());
  await ctx.watch();
  const server = await ctx.serve({ servedir: ADDIN_DIR, port, host: 'localhost', keyfile, certfile });
  return { ctx, server };
}

if (import.meta.url === `file://${process.argv[1]}`) await buildAddin(ADDIN_DIR, { dev: process.argv.includes('--dev') });
