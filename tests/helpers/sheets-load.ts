import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import type { CellValue } from '../../src/grid/cell-value.js';
import { fakeServices, sheetDate, type FakeServices } from './sheets-fakes.js';

const BUILD_SCRIPT = '../../scripts/build-apps-script.mjs';

/** Runs scripts/build-apps-script.mjs' build into `outdir` (dist/apps-script by default). */
export async function buildAppsScript(outdir?: string): Promise<string[]> {
  const build = (await import(/* @vite-ignore */ BUILD_SCRIPT)) as { buildAppsScript: (outdir?: string) => Promise<string[]> };
  return build.buildAppsScript(outdir);
}

let built: Promise<string> | undefined;

/** Builds the add-on once per test file, into a folder of its own; returns the folder. */
export function buildOnce(): Promise<string> {
  built ??= (async () => {
    const outdir = mkdtempSync(join(tmpdir(), 'cchc-apps-script-'));
    await buildAppsScript(outdir);
    return outdir;
  })();
  return built;
}

/**
 * The script files in the order `clasp push` sends them (clasp lists .js/.gs files by path; the
 * project has one), which is the order Apps Script runs them in.
 */
export function pushOrder(outdir: string): string[] {
  return readdirSync(outdir)
    .filter((name) => /\.(js|gs)$/.test(name))
    .sort();
}

export interface LoadedAddOn {
  readonly context: vm.Context;
  readonly services: FakeServices;
  /** Calls a global function of the loaded project, as Apps Script would by name. */
  call(name: string, ...args: unknown[]): unknown;
}

/**
 * The built project loaded, in push order, into a fresh node:vm context whose globals are the fakes,
 * with the clock fixed at `now` (the script's `new Date()` inside the context), over a spreadsheet of
 * that locale (whose formula syntax the fakes hold the add-on to).
 */
export async function loadAddOn(now: Date, locale = 'en_US'): Promise<LoadedAddOn> {
  const outdir = await buildOnce();
  const services = fakeServices({ htmlFiles: { Sidebar: readFileSync(join(outdir, 'Sidebar.html'), 'utf8') }, locale });
  const context = vm.createContext({ ...services.globals, console });
  vm.runInContext(
    `(() => { const RealDate = Date; const fixed = ${now.getTime()};
      globalThis.Date = class extends RealDate { constructor(...a) { if (a.length === 0) super(fixed); else super(...a); } static now() { return fixed; } }; })();`,
    context,
  );
  for (const file of pushOrder(outdir)) vm.runInContext(readFileSync(join(outdir, file), 'utf8'), context, { filename: file });
  return {
    context,
    services,
    call(name, ...args) {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`${name} is not a global function`);
      return (fn as (...a: unknown[]) => unknown)(...args);
    },
  };
}

/** Grid rows as Sheets' getValues returns them: '' for empty, Date for date cells, the error text for errors. */
export function sheetRows(rows: readonly (readonly CellValue[])[]): unknown[][] {
  return rows.map((row) =>
    row.map((value) => {
      if (value === null) return '';
      if (typeof value === 'object') return 'date' in value ? sheetDate(value.date) : value.error;
      return value;
    }),
  );
}
