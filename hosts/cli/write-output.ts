import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { message, renderMessage } from '../../src/messages/catalogue.js';

/** The file-system calls the output goes through; tests hand in failing ones (a full disk). */
export type OutputFileSystem = Pick<typeof nodeFs, 'stat' | 'realpath' | 'mkdir' | 'open' | 'rename' | 'unlink'>;

/**
 * Writes a workbook the command made, safely. It never writes over the file it read — not by the
 * same path, nor by a symbolic or hard link to it (same real path, or same device and inode) — nor
 * over a folder, nor over an existing file unless the user said --force: a clerk's workbook is not
 * ours to replace. The bytes go to a temporary file in the target's folder, are flushed to disk and
 * only then renamed over the target, so that a failure at any point (a full disk, a killed process)
 * leaves the earlier file as it was.
 * Returns a Vietnamese message when it refuses or fails, null when written.
 */
export async function writeOutput(path: string, bytes: Uint8Array, options: { input?: string; force?: boolean; fs?: OutputFileSystem }): Promise<string | null> {
  const fs = options.fs ?? nodeFs;
  const target = resolve(path);
  const existing = await fs.stat(target).catch(() => null);
  if (existing?.isDirectory()) return renderMessage(message('CLI_OUTPUT_IS_FOLDER', { path, example: join(path, 'bao-cao.xlsx') }));
  if (options.input !== undefined) {
    const input = resolve(options.input);
    const same = input === target || (existing !== null && (await sameFile(fs, input, target, existing)));
    if (same) return renderMessage(message('CLI_OUTPUT_IS_INPUT', { input: options.input, path }));
  }
  if (!options.force && existing !== null) {
    return renderMessage(message('CLI_OUTPUT_EXISTS', { path }));
  }

  const folder = dirname(target);
  const temporary = join(folder, `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let stage: 'folder' | 'write' | 'rename' = 'folder';
  try {
    await fs.mkdir(folder, { recursive: true });
    stage = 'write';
    const handle = await fs.open(temporary, 'wx', 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    stage = 'rename';
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.unlink(temporary).catch(() => undefined);
    return failureMessage(path, folder, error as NodeJS.ErrnoException, stage, existing !== null);
  }
  await syncFolder(fs, folder);
  return null;
}

async function sameFile(fs: OutputFileSystem, input: string, target: string, targetStat: { dev: number; ino: number }): Promise<boolean> {
  const [realInput, realTarget] = await Promise.all([fs.realpath(input).catch(() => input), fs.realpath(target).catch(() => target)]);
  if (realInput === realTarget) return true;
  const inputStat = await fs.stat(input).catch(() => null);
  return inputStat !== null && inputStat.dev === targetStat.dev && inputStat.ino === targetStat.ino;
}

/** The rename itself is made durable by flushing the folder; not every system allows it, and nothing is lost if not. */
async function syncFolder(fs: OutputFileSystem, folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows and some file systems refuse to open or flush a folder.
  }
}

function failureMessage(path: string, folder: string, error: NodeJS.ErrnoException, stage: 'folder' | 'write' | 'rename', existed: boolean): string {
  switch (error.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return renderMessage(message('CLI_DISK_FULL', { path, existed }));
    case 'EACCES':
    case 'EPERM':
      return renderMessage(message('CLI_NO_WRITE_PERMISSION', { path, folder, existed }));
    case 'EROFS':
      return renderMessage(message('CLI_READ_ONLY_FOLDER', { path, folder, existed }));
    case 'ENOTDIR':
    case 'ENOENT':
      return renderMessage(message('CLI_FOLDER_NOT_CREATED', { path, folder, existed }));
    case 'EISDIR':
      return renderMessage(message('CLI_TARGET_IS_FOLDER', { path }));
    default:
      return renderMessage(message('CLI_WRITE_FAILED', { path, error: error.code ?? error.message, stage, existed }));
  }
}
