import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildNode } from '../../scripts/build.mjs';
import { CORPUS, CORPUS_FOLDER, corpusBytes } from '../helpers/corpus-entries.js';
import { AS_OF } from '../helpers/fixture-plans.js';
import { expectPackagePreserved } from '../helpers/package-preserved.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * `cchc report` on a clerk's own workbook keeps the clerk's package: for every workbook of the corpus
 * (one feature each, from Excel's layout and from LibreOffice), every part other than the package
 * indexes comes back byte for byte and the indexes keep every entry they had (issue 12).
 */
const CLI = '.test-build-corpus/cchc.js';
const scratch = mkdtempSync(join(tmpdir(), 'cchc-corpus-'));

beforeAll(() => buildNode('.test-build-corpus'), 60_000);

describe('cchc report keeps every part of the user’s workbook', () => {
  for (const entry of CORPUS) {
    it(`${entry.file}: ${entry.feature} — ${entry.producer}`, async () => {
      const output = join(scratch, entry.file.replace(/\.(xls[xm])$/, '-bao-cao.$1'));
      const { code, stderr } = await runCli(CLI, 'report', join(CORPUS_FOLDER, entry.file), '--period', 'Quý I/2026', '--as-of', AS_OF, '-o', output);
      expect(code, stderr).toBe(0);
      expectPackagePreserved(corpusBytes(entry.file), new Uint8Array(readFileSync(output)));
    }, 60_000);
  }
});
