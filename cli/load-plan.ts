import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { NO_TASK_TABLE_HINTS } from '../adapters/files/file-read-messages.js';
import { readPlanFile, type LoadedPlan, type LoadPlanOptions } from '../adapters/files/read-plan-file.js';

export type { LoadedPlan, LoadPlanOptions };

/**
 * Reads a plan file from disk (see `readPlanFile`). The three outcomes map to the command line's exit
 * codes 0, 2 and 1; a file without a task table is pointed to `cchc template`.
 */
export async function loadPlan(path: string, options: LoadPlanOptions): Promise<LoadedPlan> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'không tồn tại' : 'không mở được';
    return { kind: 'unreadable', message: `Tệp “${path}” ${reason}.` };
  }
  const loaded = await readPlanFile(bytes, basename(path), options);
  return loaded.kind === 'no-table' ? { ...loaded, message: `${loaded.message}\n${NO_TASK_TABLE_HINTS.cli}` } : loaded;
}
