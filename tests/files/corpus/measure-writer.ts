/**
 * How the current report writer treats the corpus, for the issue's notes (not a test):
 *
 *     npx tsx tests/files/corpus/measure-writer.ts
 *
 * Runs `cchc report` (built into .test-build-corpus/) on every corpus workbook and classifies the
 * output twice: the whole package (comparePackages: kept = no difference; lost = something of the
 * user's is gone; changed = all there, something different) and the feature's own parts (the parts
 * corpus.json names for it). crash = the command failed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildNode } from '../../../scripts/build.mjs';
import { CORPUS, CORPUS_FOLDER, corpusBytes } from '../../helpers/corpus-entries.js';
import { comparePackages, INDEX_PARTS } from '../../helpers/package-preserved.js';
import { unzipSync } from 'fflate';

type Verdict = 'kept' | 'changed' | 'lost' | 'crash';

await buildNode('.test-build-corpus');
const scratch = mkdtempSync(join(tmpdir(), 'cchc-measure-'));
const rows: { file: string; whole: Verdict; feature: Verdict; note: string }[] = [];
for (const entry of CORPUS) {
  const output = join(scratch, entry.file);
  let message = '';
  try {
    execFileSync('node', ['.test-build-corpus/cchc.js', 'report', join(CORPUS_FOLDER, entry.file), '--period', 'Quý I/2026', '--as-of', '2026-03-20', '-o', output], { stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    message = String((error as { stderr?: string }).stderr ?? error).trim().split('\n')[0]!;
  }
  if (message !== '') {
    rows.push({ file: entry.file, whole: 'crash', feature: 'crash', note: message });
    continue;
  }
  const input = corpusBytes(entry.file);
  const out = new Uint8Array(readFileSync(output));
  const differences = comparePackages(input, out);
  const whole: Verdict = differences.length === 0 ? 'kept' : differences.some((d) => d.kind === 'lost') ? 'lost' : 'changed';
  const before = unzipSync(input);
  const after = unzipSync(out);
  let feature: Verdict = 'kept';
  const notes: string[] = [];
  for (const part of Object.keys(entry.parts)) {
    const mine = differences.filter((d) => d.part === part);
    const partVerdict: Verdict =
      after[part] === undefined || mine.some((d) => d.kind === 'lost')
        ? 'lost'
        : mine.length > 0 || (!(INDEX_PARTS as readonly string[]).includes(part) && Buffer.compare(Buffer.from(before[part]!), Buffer.from(after[part]!)) !== 0)
          ? 'changed'
          : 'kept';
    if (partVerdict !== 'kept') notes.push(`${part} ${partVerdict}`);
    if (partVerdict === 'lost' || (partVerdict === 'changed' && feature === 'kept')) feature = partVerdict;
  }
  rows.push({ file: entry.file, whole, feature, note: notes.join('; ') });
}

const count = (key: 'whole' | 'feature', verdict: Verdict) => rows.filter((row) => row[key] === verdict).length;
console.log('| file | whole package | feature parts | what |');
console.log('|---|---|---|---|');
for (const row of rows) console.log(`| ${row.file} | ${row.whole} | ${row.feature} | ${row.note} |`);
for (const key of ['whole', 'feature'] as const) {
  console.log(`${key}: ${(['kept', 'changed', 'lost', 'crash'] as const).map((v) => `${count(key, v)} ${v}`).join(', ')} of ${rows.length}`);
}
