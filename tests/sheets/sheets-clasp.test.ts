import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAppsScript } from '../helpers/sheets-load.js';

/** `clasp status --json` reads only local files: it runs offline, with the placeholder script id. */
/** One clasp project file per Apps Script project: a test script to try a build on, the production one users install. */
const CLASP_FILES = ['.clasp.test.json', '.clasp.prod.json'];
const claspFile = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { scriptId: string; rootDir: string };

describe('the clasp project', () => {
  it.each(CLASP_FILES)(
    '%s pushes exactly the manifest, the script and the sidebar of dist/apps-script',
    async (file) => {
      await buildAppsScript();
      const output = execFileSync('npx', ['--no-install', 'clasp', '--project', file, 'status', '--json'], { encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } });
      const status = JSON.parse(output.slice(output.indexOf('{'))) as { filesToPush: string[]; untrackedFiles: string[] };
      expect([...status.filesToPush].sort()).toEqual(['dist/apps-script/Code.js', 'dist/apps-script/Sidebar.html', 'dist/apps-script/appsscript.json']);
      expect(status.untrackedFiles).toEqual([]);
    },
    60_000,
  );

  it("has a manifest with V8, Vietnam's time zone and only the two narrow scopes", () => {
    const manifest = JSON.parse(readFileSync('hosts/sheets/appsscript.json', 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Asia/Ho_Chi_Minh' });
    expect(manifest.oauthScopes).toEqual(['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui']);
  });

  it('has a test and a production project file, both pushing dist/apps-script, to two different scripts', () => {
    const [test, prod] = CLASP_FILES.map(claspFile);
    for (const clasp of [test!, prod!]) {
      expect(clasp.rootDir).toBe('dist/apps-script');
      expect(clasp.scriptId).not.toBe('');
    }
    expect(test!.scriptId).not.toBe(prod!.scriptId);
  });
});
