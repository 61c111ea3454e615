// Bundles the Excel add-in into dist/addin/: taskpane.html/js/css, commands.html/js, assets/ and a
// copy of manifest.xml. ES2020 IIFE bundles; office.js itself comes from Microsoft's CDN.
import { cpSync, mkdirSync } from 'node:fs';
import { build, context } from 'esbuild';

export const ADDIN_DIR = 'dist/addin';

/** esbuild options of the two bundles, shared by the build and the dev server. */
export function addinOptions(outdir = ADDIN_DIR) {
  return {
    entryPoints: { taskpane: 'taskpane/taskpane.ts', commands: 'taskpane/commands.ts' },
    outdir,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    minify: true,
    sourcemap: true,
    logLevel: 'warning',
  };
}

/** The static files next to the bundles. */
export function copyStatic(outdir = ADDIN_DIR) {
  mkdirSync(outdir, { recursive: true });
  for (const file of ['taskpane.html', 'taskpane.css', 'commands.html']) cpSync(`taskpane/${file}`, `${outdir}/${file}`);
  cpSync('assets', `${outdir}/assets`, { recursive: true });
  cpSync('manifest.xml', `${outdir}/manifest.xml`);
}

export async function buildAddin(outdir = ADDIN_DIR) {
  copyStatic(outdir);
  await build(addinOptions(outdir));
}

/** esbuild serving dist/addin on https://localhost:3000 with office-addin-dev-certs' certificates. */
export async function serveAddin({ port = 3000, keyfile, certfile } = {}) {
  copyStatic();
  const ctx = await context(addinOptions());
  await ctx.watch();
  const server = await ctx.serve({ servedir: ADDIN_DIR, port, host: 'localhost', keyfile, certfile });
  return { ctx, server };
}

if (import.meta.url === `file://${process.argv[1]}`) await buildAddin();
