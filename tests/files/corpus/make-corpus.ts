/**
 * Makes the corpus of user workbooks in this folder: the hand-built ones (Excel's layout) directly,
 * the LibreOffice ones by writing flat ODF and converting it with LibreOffice headless. Writes
 * corpus.json (file, producer, feature, the parts that carry it) and the table in README.md.
 *
 *     npx tsx tests/files/corpus/make-corpus.ts
 *
 * The tests use the committed files; run this again only to change the corpus. LibreOffice's output
 * carries its own time stamps, so its files differ in bytes from run to run.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { excelEntries, type CorpusEntry } from './excel-features.js';
import { buildWorkbook, zipParts } from './excel-package.js';
import { libreOfficeEntries } from './libreoffice-features.js';

const here = fileURLToPath(new URL('.', import.meta.url));

const excel = excelEntries();
for (const entry of excel) writeFileSync(join(here, entry.file), zipParts(buildWorkbook(entry.spec)));

const office = libreOfficeEntries();
const work = mkdtempSync(join(tmpdir(), 'cchc-corpus-'));
const sources = office.map((entry) => {
  const path = join(work, entry.file.replace(/\.xlsx$/, '.fods'));
  writeFileSync(path, entry.fods);
  return path;
});
execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', join(work, 'out'), ...sources], { stdio: 'inherit' });
for (const entry of office) copyFileSync(join(work, 'out', entry.file), join(here, entry.file));

const entries: CorpusEntry[] = [...excel, ...office].map(({ file, producer, feature, parts, reopened }) => ({ file, producer, feature, parts, ...(reopened ? { reopened } : {}) }));
for (const entry of entries) {
  const parts = unzipSync(new Uint8Array(readFileSync(join(here, entry.file))));
  for (const [name, marker] of Object.entries(entry.parts)) {
    const part = parts[name];
    if (part === undefined) throw new Error(`${entry.file}: no part ${name}`);
    if (!Buffer.from(part).toString('utf8').includes(marker)) throw new Error(`${entry.file}: ${name} does not hold ${marker}`);
  }
}
writeFileSync(join(here, 'corpus.json'), `${JSON.stringify(entries, null, 2)}\n`);

const readme = readFileSync(join(here, 'README.md'), 'utf8');
const table = [
  '| file | producer | feature | parts that carry it |',
  '|---|---|---|---|',
  ...entries.map((entry) => `| \`${entry.file}\` | ${entry.producer} | ${entry.feature.replace(/\|/g, '\\|')} | ${Object.keys(entry.parts).map((part) => `\`${part}\``).join(', ')} |`),
].join('\n');
writeFileSync(join(here, 'README.md'), readme.replace(/<!-- corpus table -->[^]*<!-- end of corpus table -->/, `<!-- corpus table -->\n${table}\n<!-- end of corpus table -->`));
console.log(`${entries.length} workbooks in ${here}`);
