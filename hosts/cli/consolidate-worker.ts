import { parentPort, workerData } from 'node:worker_threads';
import type { JudgeOptions } from '../../src/consolidate/commune-figures.js';
import { judgeFile } from './judge-file.js';

/** A worker thread of `cchc consolidate`: judges the files it is sent, one at a time, and sends back only their figures. */
const options = workerData as JudgeOptions;
parentPort!.on('message', (job: { index: number; path: string; label: string }) => {
  void judgeFile(job.path, job.label, options).then((outcome) => parentPort!.postMessage({ index: job.index, outcome }));
});
