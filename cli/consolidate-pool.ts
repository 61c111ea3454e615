import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { JudgeOptions } from '../src/consolidate/commune-figures.js';
import type { CommuneOutcome } from '../src/consolidate/province.js';
import type { PlanFile } from './collect-plan-files.js';
import { judgeFile } from './judge-file.js';

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
      const worker = new Worker(WORKER, { workerData: options });
      let current = -1;
      const sendNext = () => {
        if (next >= files.length) {
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
      worker.on('error', (error) => {
        if (current >= 0) onOutcome(current, { kind: 'problem', problem: { file: files[current]!.label, message: `Không đọc được tệp “${files[current]!.label}”: ${error.message}.` } });
        current = -1;
        void run().then(resolve);
      });
      sendNext();
    });
  await Promise.all(Array.from({ length: threads }, run));
}
