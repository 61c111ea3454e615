// Rebuilds on every save, unminified: the task pane and the standalone page into dist/addin/, the
// Google Sheets add-on into dist/apps-script/. Stop with Ctrl+C.
import { context } from 'esbuild';
import { ADDIN_DIR, addinOptions, copyStatic } from './build-addin.mjs';
import { buildAppsScript } from './build-apps-script.mjs';

copyStatic();
const addin = await context(addinOptions(ADDIN_DIR, { dev: true }));

// The add-on's Code.js and Sidebar.html come out of several passes; this context only tells when its sources change.
const appsScriptSources = await context({
  entryPoints: ['hosts/sheets/main.ts', 'hosts/sheets/sidebar/sidebar.ts'],
  bundle: true,
  write: false,
  outdir: 'dist/apps-script',
  logLevel: 'warning',
  plugins: [
    {
      name: 'rebuild-apps-script',
      setup(build) {
        build.onEnd(async (result) => {
          if (result.errors.length > 0) return;
          const files = await buildAppsScript('dist/apps-script', { dev: true });
          console.log(`${new Date().toLocaleTimeString('vi-VN')} dist/apps-script: ${files.join(', ')}`);
        });
      },
    },
  ],
});

await Promise.all([addin.watch(), appsScriptSources.watch()]);
console.log(`Watching: ${ADDIN_DIR}/ and dist/apps-script/ (Ctrl+C to stop)`);
