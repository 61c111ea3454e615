import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readPlanFile, type LoadedPlan, type LoadPlanOptions } from '../../io/files/read-plan-file.js';
import { message } from '../../src/messages/catalogue.js';

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
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unopenable';
    return { kind: 'unreadable', messages: [message('FILE_CANNOT_OPEN', { file: path, reason })] };
  }
  const loaded = await readPlanFile(bytes, basename(path), options);
  return loaded.kind === 'no-table' ? { ...loaded, messages: [...loaded.messages, message('CLI_NO_TASK_TABLE_HINT', {})] } : loaded;
}
