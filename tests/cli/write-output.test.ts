import { spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutput, type OutputFileSystem } from '../../hosts/cli/write-output.js';

const folder = () => mkdtempSync(join(tmpdir(), 'cchc-output-'));
const bytes = (text: string) => new TextEncoder().encode(text);

/** The real file system, with the writes of file contents failing as a full disk does. */
function fullDisk(afterBytes: number): OutputFileSystem {
  return {
    ...nodeFs,
    open: (async (...args: Parameters<typeof nodeFs.open>) => {
      const handle = await nodeFs.open(...args);
      const writeFile = async (data: Uint8Array) => {
        await handle.write(data.subarray(0, afterBytes));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      };
      return Object.assign(Object.create(handle) as typeof handle, { writeFile, sync: () => handle.sync(), close: () => handle.close() });
    }) as typeof nodeFs.open,
  };
}

describe('writing the report file', () => {
  it('writes a new file, and over an existing one only with --force', async () => {
    const dir = folder();
    const path = join(dir, 'bao-cao.xlsx');
    expect(await writeOutput(path, bytes('một'), {})).toBeNull();
    expect(await writeOutput(path, bytes('hai'), {})).toMatch(/đã có.*--force/);
    expect(readFileSync(path, 'utf8')).toBe('một');
    expect(await writeOutput(path, bytes('hai'), { force: true })).toBeNull();
    expect(readFileSync(path, 'utf8')).toBe('hai');
    expect(readdirSync(dir)).toEqual(['bao-cao.xlsx']);
  });

  it('on a full disk leaves the earlier report as it was, says so in Vietnamese, and leaves no temporary file', async () => {
    const dir = folder();
    const path = join(dir, 'bao-cao.xlsx');
    writeFileSync(path, 'báo cáo cũ, còn tốt');
    const message = await writeOutput(path, bytes('x'.repeat(100_000)), { force: true, fs: fullDisk(4096) });
    expect(message).toMatch(/^Ổ đĩa đã đầy/);
    expect(message).toContain('vẫn giữ nguyên');
    expect(readFileSync(path, 'utf8')).toBe('báo cáo cũ, còn tốt');
    expect(readdirSync(dir)).toEqual(['bao-cao.xlsx']);
  });

  it('refuses the input itself, a symbolic link to it and a hard link to it, even with --force', async () => {
    const dir = folder();
    const input = join(dir, 'ke-hoach.xlsx');
    writeFileSync(input, 'kế hoạch của chị');
    symlinkSync(input, join(dir, 'link.xlsx'));
    linkSync(input, join(dir, 'hard.xlsx'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync('../ke-hoach.xlsx', join(dir, 'sub', 'relative.xlsx'));
    for (const output of [input, join(dir, 'link.xlsx'), join(dir, 'hard.xlsx'), join(dir, 'sub', 'relative.xlsx'), join(dir, 'sub', '..', 'ke-hoach.xlsx')]) {
      expect(await writeOutput(output, bytes('báo cáo'), { input, force: true })).toMatch(/^Không ghi đè lên tệp đang đọc/);
    }
    expect(readFileSync(input, 'utf8')).toBe('kế hoạch của chị');
  });

  it('refuses a folder as the output with a message, not EISDIR', async () => {
    const dir = folder();
    expect(await writeOutput(dir, bytes('báo cáo'), { force: true })).toMatch(/là một thư mục, không phải tên tệp/);
    expect(statSync(dir).isDirectory()).toBe(true);
  });

  it('leaves the earlier report whole when the process is killed (kill -9) in the middle of a big write', async () => {
    const dir = folder();
    const path = join(dir, 'bao-cao.xlsx');
    const earlier = 'báo cáo quý trước';
    writeFileSync(path, earlier);
    const moduleUrl = new URL('../../hosts/cli/write-output.ts', import.meta.url).href;
    // A child that writes 400 MB over the report, slowly enough to be killed in the middle.
    const script = `
      const { writeOutput } = await import(${JSON.stringify(moduleUrl)});
      const fs = await import('node:fs/promises');
      const slow = { ...fs, open: async (...args) => { const handle = await fs.open(...args);
        return Object.assign(Object.create(handle), { writeFile: async (data) => { for (let at = 0; at < data.length; at += 1 << 20) { await handle.write(data.subarray(at, at + (1 << 20))); if (at === 8 << 20) process.stdout.write('writing\\n'); } }, sync: () => handle.sync(), close: () => handle.close() }); } };
      await writeOutput(${JSON.stringify(path)}, new Uint8Array(400 << 20), { force: true, fs: slow });
      process.stdout.write('done\\n');`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const said = await new Promise<string>((done) => child.stdout.on('data', (chunk: Buffer) => done(chunk.toString())));
    expect(said).toBe('writing\n');
    child.kill('SIGKILL');
    await new Promise((done) => child.on('exit', done));
    expect(readFileSync(path, 'utf8')).toBe(earlier);
    // What is left is a hidden temporary file beside it, never a broken report under the final name.
    expect(readdirSync(dir).filter((name) => !name.startsWith('.'))).toEqual(['bao-cao.xlsx']);
    expect(existsSync(path)).toBe(true);
  }, 60_000);
});
