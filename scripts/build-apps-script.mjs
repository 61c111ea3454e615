// Builds the Google Sheets add-on into dist/apps-script/, the folder `clasp push` sends (see .clasp.test.json, .clasp.prod.json):
//   appsscript.json  the manifest, copied;
//   Code.js          the core and the SpreadsheetApp adapter bundled under the global BUNDLE_GLOBAL
//                    (hosts/sheets/entry-points.ts), then one top-level forwarding function per entry
//                    point (Apps Script has no modules: menu items, triggers and google.script.run
//                    can only reach top-level functions);
//   Sidebar.html     the sidebar with its script and styles (the one dashboard's, then its own) inlined
//                    (Apps Script serves no separate files).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Builds into `outdir` (dist/apps-script by default; tests may build their own copy); `dev` leaves Code.js unminified. Returns the files written. */
export async function buildAppsScript(outdir = 'dist/apps-script', { dev = false } = {}) {
  const entryPoints = await loadEntryPoints();
  const globalName = entryPoints.BUNDLE_GLOBAL;
  // Whitespace and syntax minified (zod alone is 0.8 MB unminified); names kept, for readable stack traces.
  const bundle = await bundleText({
    entryPoints: ['hosts/sheets/main.ts'],
    format: 'iife',
    globalName,
    platform: 'neutral',
    target: 'es2019',
    mainFields: ['module', 'main'],
    minifyWhitespace: !dev,
    minifySyntax: !dev,
  });
  const exported = Object.keys(new Function(`${bundle}\nreturn ${globalName};`)()).sort();
  const expected = [...entryPoints.GLOBAL_FUNCTIONS].sort();
  if (JSON.stringify(exported) !== JSON.stringify(expected)) {
    throw new Error(`hosts/sheets/main.ts exports [${exported}] but entry-points.ts lists [${expected}]`);
  }
  const wrappers = entryPoints.GLOBAL_FUNCTIONS.map((name) => `function ${name}() {\n  return ${globalName}.${name}.apply(this, arguments);\n}\n`).join('\n');
  const code = `${bundle}\n// Entry points Apps Script calls by name (menu items, triggers, google.script.run).\n${wrappers}`;

  const script = await bundleText({ entryPoints: ['hosts/sheets/sidebar/sidebar.ts'], format: 'iife', platform: 'browser', target: 'es2019', minifyWhitespace: true, minifySyntax: true });
  const dashboardCss = await readFile('ui/dashboard/dashboard.css', 'utf8');
  const css = await readFile('hosts/sheets/sidebar/sidebar.css', 'utf8');
  const page = await readFile('hosts/sheets/sidebar/sidebar.html', 'utf8');
  const styled = inline(inline(page, '/* inline:dashboard.css */', dashboardCss), '/* inline:sidebar.css */', css);
  const html = inline(styled, '/* inline:sidebar.js */', script.replace(/<\/(script)/gi, '<\\/$1'));

  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const files = {
    'appsscript.json': await readFile('hosts/sheets/appsscript.json', 'utf8'),
    'Code.js': code,
    [`${entryPoints.SIDEBAR_FILE}.html`]: html,
  };
  for (const [name, text] of Object.entries(files)) await writeFile(join(outdir, name), text);
  return Object.keys(files);
}

async function bundleText(options) {
  const result = await build({ ...options, bundle: true, write: false, charset: 'utf8', legalComments: 'none', logLevel: 'warning' });
  return result.outputFiles[0].text;
}

/** The entry-point lists of hosts/sheets/entry-points.ts, bundled on the fly (this script runs in plain Node). */
async function loadEntryPoints() {
  const module = await bundleText({ entryPoints: ['hosts/sheets/entry-points.ts'], format: 'esm', platform: 'neutral' });
  return import(`data:text/javascript;base64,${Buffer.from(module).toString('base64')}`);
}

function inline(page, marker, text) {
  if (!page.includes(marker)) throw new Error(`hosts/sheets/sidebar/sidebar.html lacks ${marker}`);
  return page.replace(marker, () => text);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = await buildAppsScript('dist/apps-script', { dev: process.argv.includes('--dev') });
  console.log(`dist/apps-script: ${files.join(', ')}`);
}
