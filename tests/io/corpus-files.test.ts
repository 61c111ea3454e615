import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOoxmlPackage } from '../../io/files/ooxml-package.js';
import { readPlanFile } from '../../io/files/read-plan-file.js';
import { isDateCell } from '../../src/grid/cell-value.js';
import { CORPUS, CORPUS_FOLDER, corpusBytes } from '../helpers/corpus-entries.js';
import { renderMessages } from '../../src/messages/catalogue.js';

/**
 * The corpus is what it claims to be: each workbook a well-formed package holding the parts that
 * carry its feature, every part with a content type and every relationship pointing at a part;
 * LibreOffice opens each, and its own re-save of a hand-built file keeps the feature (a second
 * program understood the hand-written XML); and the plan sheet reads with the product's reader.
 */
const run = promisify(execFile);
const folder = mkdtempSync(join(tmpdir(), 'cchc-corpus-check-'));

beforeAll(async () => {
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${join(folder, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76',
      '--outdir',
      join(folder, 'csv'),
      ...CORPUS.map((entry) => join(CORPUS_FOLDER, entry.file)),
    ],
    { timeout: 300_000 },
  );
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${join(folder, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx',
      '--outdir',
      join(folder, 'xlsx'),
      ...CORPUS.filter((entry) => entry.reopened).map((entry) => join(CORPUS_FOLDER, entry.file)),
    ],
    { timeout: 300_000 },
  );
}, 620_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Where a relationship of `source` points, as a part name ("xl/drawings/drawing1.xml"). */
function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = posix.dirname(posix.dirname(source));
  return posix.normalize(posix.join(base === '.' ? '' : base, target));
}

describe('the corpus of user workbooks', () => {
  it('lists every workbook in the folder, one feature each, from at least two producers', () => {
    const files = readdirSync(CORPUS_FOLDER).filter((name) => /\.xls[xm]$/.test(name));
    expect(files.sort()).toEqual(CORPUS.map((entry) => entry.file).sort());
    expect(new Set(CORPUS.map((entry) => entry.producer.split(' ')[0])).size).toBeGreaterThanOrEqual(2);
  });

  for (const entry of CORPUS) {
    describe(`${entry.file} (${entry.feature})`, () => {
      const bytes = corpusBytes(entry.file);

      it('is a package holding the parts that carry the feature', () => {
        const pkg = openOoxmlPackage(bytes);
        for (const [part, marker] of Object.entries(entry.parts)) {
          expect(pkg.names, part).toContain(part);
          expect(pkg.text(part), part).toContain(marker);
        }
      });

      it('gives every part a content type and every relationship a part to point at', () => {
        const pkg = openOoxmlPackage(bytes);
        const types = pkg.text('[Content_Types].xml')!;
        const defaults = new Set([...types.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1]!.toLowerCase()));
        const overrides = new Set([...types.matchAll(/<Override PartName="([^"]+)"/g)].map((m) => m[1]!.toLowerCase()));
        for (const name of pkg.names.filter((name) => name !== '[Content_Types].xml')) {
          const typed = overrides.has(`/${name}`.toLowerCase()) || defaults.has(name.slice(name.lastIndexOf('.') + 1).toLowerCase());
          expect(typed, `${name} has a content type`).toBe(true);
        }
        for (const rels of pkg.names.filter((name) => name.endsWith('.rels'))) {
          for (const [tag] of pkg.text(rels)!.matchAll(/<Relationship [^>]*>/g)) {
            if (/TargetMode="External"/.test(tag)) continue;
            const target = resolveTarget(rels, /Target="([^"]+)"/.exec(tag)![1]!);
            expect(pkg.names, `${rels} → ${target}`).toContain(target);
          }
        }
      });

      it('opens in LibreOffice, which prints the plan sheet', () => {
        const csv = join(folder, 'csv', entry.file.replace(/\.xls[xm]$/, '.csv'));
        expect(existsSync(csv), csv).toBe(true);
        const text = readFileSync(csv, 'utf8');
        expect(text).toContain('Ban hành Kế hoạch cải cách hành chính năm 2026');
        expect(text).toContain('Tiếp tục triển khai Kế hoạch');
      });

      if (entry.reopened) {
        it('is understood by LibreOffice, whose own re-save keeps the feature', () => {
          const pkg = openOoxmlPackage(new Uint8Array(readFileSync(join(folder, 'xlsx', entry.file))));
          for (const [part, marker] of Object.entries(entry.reopened!)) expect(pkg.text(part), part).toContain(marker);
        });
      }

      it('has a plan sheet the product reads: 8 tasks in two sections', async () => {
        const loaded = await readPlanFile(bytes, entry.file, { today: '2026-01-01' });
        if (loaded.kind !== 'plan') throw new Error(renderMessages(loaded.messages));
        expect(loaded.plan.plan.sheet).toBe('Phụ lục');
        expect(loaded.plan.tasks.map((task) => task.stt)).toEqual(['1', '2', '3', '4', '5', '11', '12', '13']);
        expect(loaded.plan.tasks[0]!.lead).toEqual(['Phòng Văn hóa - xã hội']);
      });

      if (entry.file.includes('date1904')) {
        // workbookPr date1904 is an xsd:boolean: Excel writes "1", LibreOffice "true".
        it('reads the date cell of the 1904 date system as 15/01/2026', async () => {
          const loaded = await readPlanFile(bytes, entry.file, { today: '2026-01-01' });
          if (loaded.kind !== 'plan') throw new Error(renderMessages(loaded.messages));
          const value = loaded.plan.tasks[0]!.deadlineValue;
          expect(isDateCell(value) ? value.date : value).toBe('2026-01-15');
        });
      }
    });
  }
});
