import { readFile } from 'node:fs/promises';
import { judgeCommuneFile } from '../../io/consolidate/judge-commune-file.js';
import { message, renderMessage } from '../../src/messages/catalogue.js';
import type { JudgeOptions } from '../../src/consolidate/commune-figures.js';
import type { CommuneOutcome } from '../../src/consolidate/province.js';

/** A commune's file on disk to its figures or its problem (see `judgeCommuneFile`); the bytes are dropped once judged. */
export async function judgeFile(path: string, label: string, options: JudgeOptions): Promise<CommuneOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch {
    return { kind: 'problem', problem: { file: label, message: renderMessage(message('FILE_CANNOT_OPEN', { file: label, reason: 'unopenable' })) } };
  }
  return judgeCommuneFile(bytes, label, options);
}
