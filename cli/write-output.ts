import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

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
export async function writeOutput(
  path: string,
  bytes: Uint8Array,
  options: { input?: string; force?: boolean; fs?: OutputFileSystem },
): Promise<string | null> {
  const fs = options.fs ?? nodeFs;
  const target = resolve(path);
  const existing = await fs.stat(target).catch(() => null);
  if (existing?.isDirectory()) return `“${path}” là một thư mục, không phải tên tệp. Hãy ghi tên tệp sau -o, ví dụ -o ${join(path, 'bao-cao.xlsx')}.`;
  if (options.input !== undefined) {
    const input = resolve(options.input);
    const same =
      input === target ||
      (existing !== null && (await sameFile(fs, input, target, existing)));
    if (same) return `Không ghi đè lên tệp đang đọc “${options.input}” (“${path}” chính là tệp đó, hoặc là một liên kết tới nó). Hãy chọn tên khác bằng -o.`;
  }
  if (!options.force && existing !== null) {
    return `Tệp “${path}” đã có. Hãy chọn tên khác bằng -o, hoặc thêm --force để ghi đè.`;
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
  const kept = existed ? ` Tệp “${path}” đã có từ trước vẫn giữ nguyên.` : '';
  switch (error.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `Ổ đĩa đã đầy (hoặc hết hạn mức): không ghi được “${path}”.${kept} Hãy giải phóng chỗ trống rồi chạy lại.`;
    case 'EACCES':
    case 'EPERM':
      return `Không có quyền ghi vào thư mục “${folder}”: không ghi được “${path}”.${kept}`;
    case 'EROFS':
      return `Thư mục “${folder}” chỉ cho đọc: không ghi được “${path}”.${kept}`;
    case 'ENOTDIR':
    case 'ENOENT':
      return `Không tạo được thư mục “${folder}” để ghi “${path}”.${kept}`;
    case 'EISDIR':
      return `“${path}” là một thư mục, không phải tên tệp.`;
    default: {
      const during = stage === 'rename' ? 'khi thay tệp cũ bằng tệp mới' : stage === 'folder' ? 'khi mở thư mục' : 'khi ghi tệp';
      return `Không ghi được “${path}” (lỗi ${error.code ?? error.message} ${during}).${kept}`;
    }
  }
}
