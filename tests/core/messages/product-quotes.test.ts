import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Where the product's own text lives: the core, the shared I/O and UI, the hosts and their markup. */
const FOLDERS = ['src', 'io', 'ui', 'hosts'];
const TEXT_FILE = /\.(ts|html|css)$/;

const sourceFiles = FOLDERS.flatMap((folder) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => TEXT_FILE.test(name))
    .map((name) => join(folder, name)),
);

describe('the product’s one quoting style', () => {
  it('finds the sources it checks', () => {
    for (const file of ['hosts/page/standalone-markup.ts', 'src/sheet-model/settings-sheet-model.ts', 'hosts/excel/taskpane.html']) expect(sourceFiles).toContain(file);
  });

  it.each(sourceFiles)('quotes with “…”, never «…», in %s', (file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines.flatMap((line, index) => (/[«»]/.test(line) ? [`${index + 1}: ${line.trim()}`] : []))).toEqual([]);
  });
});
