import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { build } from 'esbuild';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GridFile } from '../../io/files/read-grid-file.js';

type ReadGridFile = (bytes: Uint8Array, fileName: string) => Promise<GridFile>;

const file = (path: string) => new Uint8Array(readFileSync(new URL(path, import.meta.url)));

/**
 * The readers bundled as a browser page would bundle them (fflate and saxes, no Node built-ins),
 * run where only what a browser offers exists: no Buffer, no process, no require.
 */
async function readGridFileInBrowserLikeContext(): Promise<ReadGridFile> {
  const bundle = await build({
    entryPoints: [new URL('../../io/files/read-grid-file.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'Readers',
    write: false,
    logLevel: 'silent',
  });
  const web = { TextDecoder, TextEncoder, Uint8Array, ArrayBuffer, DataView, Blob, setTimeout, clearTimeout, queueMicrotask, console };
  const context: Record<string, unknown> = { ...web };
  context.self = context;
  context.window = context;
  vm.createContext(context);
  expect(vm.runInContext('typeof Buffer + typeof process + typeof require', context)).toBe('undefinedundefinedundefined');
  vm.runInContext(bundle.outputFiles[0]!.text, context);
  return (context.Readers as { readGridFile: ReadGridFile }).readGridFile;
}

describe('readGridFile in a browser', () => {
  let readInBrowser: ReadGridFile;
  beforeAll(async () => {
    readInBrowser = await readGridFileInBrowserLikeContext();
  }, 60_000);

  it('reads a fixture text table without Node built-ins', async () => {
    const { grids } = await readInBrowser(file('../fixtures/plans/tran-hung-dao-2026.txt'), 'tran-hung-dao-2026.txt');
    expect(grids[0]!.rows).toHaveLength(78);
    expect(grids[0]!.rows[8]![0]).toBe('1');
  });

  it('reads an .xlsx with the package reader (fflate, saxes), no Node built-ins', async () => {
    const { grids } = await readInBrowser(file('../files/ke-hoach-libreoffice.xlsx'), 'ke-hoach-libreoffice.xlsx');
    expect(grids[0]!.rows[3]).toEqual([1, 'Ban hành Kế hoạch CCHC năm 2026', { date: '2026-01-02' }, { date: '2026-01-14' }]);
    expect(grids[0]!.merges).toHaveLength(4);
  });

  it('decodes Windows-1258 with iconv-lite', async () => {
    // As Windows-1258 writes it: "ệ" is "ê" then a combining dot below, "á" is "a" then a combining acute.
    const bytes = new Uint8Array(iconv.encode('STT;Nhiê\u0323m vu\u0323\n1;Ba\u0301o ca\u0301o\n', 'windows-1258'));
    const { grids, notices } = await readInBrowser(bytes, 'cu.csv');
    expect(grids[0]!.rows).toEqual([
      ['STT', 'Nhiệm vụ'],
      ['1', 'Báo cáo'],
    ]);
    expect(notices).toHaveLength(1);
  });

  it('refuses a password-protected .xlsx', async () => {
    await expect(readInBrowser(file('../files/ke-hoach-mat-khau.xlsx'), 'ke-hoach-mat-khau.xlsx')).rejects.toMatchObject({
      code: 'PASSWORD_PROTECTED',
    });
  });
});
