/**
 * What the current command line does with each hostile input, for the notes (not a test):
 *
 *     npx tsx tests/files/hostile/measure-hostile.ts
 *
 * Runs `cchc inspect` and `cchc report` (built into .test-build-corpus/) on each, with a 60 s limit,
 * and prints the exit code, the time, the peak memory and the first line of the message.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNode } from '../../../scripts/build.mjs';
import { lyingZip, zipBomb } from '../../helpers/hostile-zips.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'cchc-hostile-'));
writeFileSync(join(scratch, 'zip-bomb.xlsx'), zipBomb());
writeFileSync(join(scratch, 'lying-zip.xlsx'), lyingZip());
const files = [join(scratch, 'zip-bomb.xlsx'), join(scratch, 'lying-zip.xlsx'), ...readdirSync(here).filter((name) => name.endsWith('.xlsx')).map((name) => join(here, name))];

await buildNode('.test-build-corpus');
console.log('| file | command | exit | seconds | peak MB | message |');
console.log('|---|---|---|---|---|---|');
for (const file of files) {
  for (const command of ['inspect', 'report']) {
    const args = command === 'report' ? ['report', file, '--as-of', '2026-03-20', '-o', join(scratch, `out-${file.split('/').pop()}`), '--force'] : ['inspect', file, '--as-of', '2026-03-20'];
    const started = Date.now();
    const run = spawnSync('/usr/bin/time', ['-f', '%M', 'node', '.test-build-corpus/cchc.js', ...args], { encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const lines = (run.stderr ?? '').trim().split('\n');
    const peak = /^\d+$/.test(lines.at(-1) ?? '') ? Math.round(Number(lines.pop()) / 1024) : '?';
    const message = run.error || run.signal ? `killed after 60 s (${run.signal ?? run.error?.message})` : (lines.find((line) => line.trim() !== '' && !line.startsWith('Command ')) ?? (run.stdout ?? '').split('\n')[0] ?? '');
    console.log(`| ${file.split('/').pop()} | ${command} | ${run.status ?? '-'} | ${seconds} | ${peak} | ${message.slice(0, 140).replace(/\|/g, '/')} |`);
  }
}
