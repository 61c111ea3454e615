import type { CommuneOutcome } from '../../src/consolidate/province.js';
import { communeFigures, type JudgeOptions } from '../../src/consolidate/commune-figures.js';
import { message, renderMessage, renderMessages } from '../../src/messages/catalogue.js';
import { readPlanFile } from '../files/read-plan-file.js';

/**
 * One commune's file to its figures, or to the reason it gave none: read through the shared plan
 * reader (every format it reads), judged as `cchc report` judges it. Never throws: a file the
 * readers trip over is a problem with its name, so it never stops the other files.
 * `file` is the name the province workbook shows (a path inside the folder read, or the file's name).
 */
export async function judgeCommuneFile(bytes: Uint8Array, file: string, options: JudgeOptions): Promise<CommuneOutcome> {
  try {
    const loaded = await readPlanFile(bytes, file, { today: options.asOf });
    if (loaded.kind !== 'plan') return { kind: 'problem', problem: { file, message: renderMessages(loaded.messages) } };
    return { kind: 'commune', figures: communeFigures(loaded.plan, file, options) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'problem', problem: { file, message: renderMessage(message('FILE_READER_FAILED', { file, detail })) } };
  }
}
