import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { JudgeOptions } from '../../src/consolidate/commune-figures.js';
import type { CommuneOutcome } from '../../src/consolidate/province.js';
import { message, renderMessage } from '../../src/messages/catalogue.js';
import type { PlanFile } from './collect-plan-files.js';
import { judgeFile } from './judge-file.js';

const WORKER_HEAP_MB = 512;

/** The worker's bundle, next to the command line's (dist/consolidate-worker.js); absent when run from the sources. */
const WORKER = fileURLToPath(new URL('./consolidate-worker.js', import.meta.url));

/**
 * Judges the files on the machine's cores: a pool of worker threads (one a core), each sent the next
 * file as soon as it is free, each reading and judging it and sending back only its figures; so
 * memory holds a file or two per worker, whatever the number of files. `onOutcome` gets each outcome
 * with the file's index, in the order they finish. Without the worker bundle (the sources run
 * directly, in tests), or for a single file, the files are judged here one after another.
 */
export async function judgeFiles(files: readonly PlanFile[], options: JudgeOptions, onOutcome: (index: number, outcome: CommuneOutcome) => void): Promise<void> {
  const threads = Math.min(availableParallelism(), files.length);
  if (threads <= 1 || !existsSync(WORKER)) {
    for (const [index, file] of files.entries()) onOutcome(index, await judgeFile(file.path, file.label, options));
    return;
  }
  let next = 0;
  const run = () =>
    new Promise<void>((resolve) => {
      // A file that would need more memory than this stops its worker, not the command.
      const worker = new Worker(WORKER, { workerData: options, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      let current = -1;
      let over = false;
      const sendNext = () => {
        if (next >= files.length) {
          over = true;
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        worker.postMessage({ index: current, path: files[current]!.path, label: files[current]!.label });
      };
      worker.on('message', ({ index, outcome }: { index: number; outcome: CommuneOutcome }) => {
        onOutcome(index, outcome);
        sendNext();
      });
      // A worker that dies (out of memory on a hostile file) costs that file only: it is a problem, and a new worker goes on.
      const died = (reason: string) => {
        if (over) return;
        over = true;
        if (current >= 0)
          onOutcome(current, { kind: 'problem', problem: { file: files[current]!.label, message: renderMessage(message('FILE_READER_FAILED', { file: files[current]!.label, detail: reason })) } });
        void run().then(resolve);
      };
      worker.on('error', (error) => died(error.message));
      worker.on('exit', () => died('chương trình đọc tệp dừng giữa chừng'));
      sendNext();
    });
  await Promise.all(Array.from({ length: threads }, run));
}
