import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * Writes a workbook the command made. It never writes over the file it read, nor over an existing
 * file unless the user said --force: a clerk's workbook is not ours to replace.
 * Returns a Vietnamese message when it refuses, null when written.
 */
export async function writeOutput(path: string, bytes: Uint8Array, options: { input?: string; force?: boolean }): Promise<string | null> {
  if (options.input !== undefined && resolve(options.input) === resolve(path)) {
    return `Không ghi đè lên tệp đang đọc “${path}”. Hãy chọn tên khác bằng -o.`;
  }
  if (!options.force && (await exists(path))) {
    return `Tệp “${path}” đã có. Hãy chọn tên khác bằng -o, hoặc thêm --force để ghi đè.`;
  }
  await mkdir(dirname(resolve(path)), { recursive: true });
  await writeFile(path, bytes);
  return null;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
