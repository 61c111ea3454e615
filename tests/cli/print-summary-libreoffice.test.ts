import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeNewWorkbook } from '../../io/xlsx-report/new-workbook-package.js';
import type { DetailedSheetModel } from '../../src/sheet-model/sheet-model.js';
import { printCases } from '../helpers/print-summary-inputs.js';

/**
 * LibreOffice prints each summary (the fixtures', the demo's and a long one) as the core laid it out:
 * as many pages as the core's breaks make (so nothing spills onto a page of its own sideways), the
 * title block at the top of every page, no heading at a page's foot, the text at the core's scale
 * (measured against the same title printed at 100%), and every page rendered with something on it.
 * Needs LibreOffice, poppler and the Carlito font (scripts/ensure-system-packages.sh).
 */
const run = promisify(execFile);
const TIMEOUT = 180_000;
const folder = mkdtempSync(join(tmpdir(), 'cchc-print-'));
const cases = await printCases();
const HEADINGS = /^(I|II|III|IV|V)\. [A-ZÀ-Ỹ]/u;

async function soffice(args: string[]): Promise<void> {
  await run('soffice', [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', '--norestore', ...args], { timeout: TIMEOUT });
}

const pdfOf = (name: string) => join(folder, 'pdf', `${name}.pdf`);

/** The height of the title's first word on page 1, as pdftotext boxes it. */
async function titleHeight(name: string): Promise<number> {
  const { stdout } = await run('pdftotext', ['-f', '1', '-l', '1', '-bbox', pdfOf(name), '-']);
  const word = /yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">TỔNG</.exec(stdout)!;
  return Number(word[2]) - Number(word[1]);
}

async function pageTexts(name: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', pdfOf(name), '-']);
  return stdout.split('\f').filter((page) => page.trim() !== '');
}

beforeAll(async () => {
  const write = (name: string, model: DetailedSheetModel) => writeFileSync(join(folder, `${name}.xlsx`), writeNewWorkbook([model], { created: '2026-03-20' }));
  for (const { name, model } of cases) {
    write(name, model);
    // The same sheet at 100%: the size its text has unscaled.
    write(`${name}-100`, { ...model, print: { ...model.print!, scale: 100 } });
  }
  await soffice(['--convert-to', 'pdf', '--outdir', join(folder, 'pdf'), ...cases.flatMap(({ name }) => [join(folder, `${name}.xlsx`), join(folder, `${name}-100.xlsx`)])]);
}, TIMEOUT);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe.each(cases)('LibreOffice printing the summary of $name', ({ name, model }) => {
  const print = model.print!;

  it('makes one page per page the core laid out, none sideways', async () => {
    const { stdout } = await run('pdfinfo', [pdfOf(name)]);
    expect(Number(/Pages:\s+(\d+)/.exec(stdout)![1])).toBe(print.rowBreaks.length + 1);
  });

  it('prints the text at the core’s scale, 85% or more', async () => {
    const measured = (100 * (await titleHeight(name))) / (await titleHeight(`${name}-100`));
    expect(Math.abs(measured - print.scale)).toBeLessThan(1.5);
    expect(measured).toBeGreaterThanOrEqual(85 - 1.5);
  });

  it('starts every page with the title block, and ends none with a heading', async () => {
    const pages = await pageTexts(name);
    pages.forEach((page, index) => {
      const lines = page
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !/^Trang \d+\/\d+$/.test(line));
      expect(lines[0], `page ${index + 1}`).toMatch(/^TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CCHC/);
      if (index < pages.length - 1) expect(lines.at(-1), `page ${index + 1}`).not.toMatch(HEADINGS);
    });
  });

  it('repeats a table’s header on each page it runs onto', async () => {
    const pages = await pageTexts(name);
    print.rowBreaks.forEach((row, index) => {
      if (!print.repeatedHeaderRows.includes(row)) return;
      const first = model.rows[row]![0] as string;
      const top = pages[index + 1]!.split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .slice(3, 8);
      expect(
        top.some((line) => line.startsWith(first)),
        `page ${index + 2}: ${top.join(' / ')}`,
      ).toBe(true);
    });
  });

  it('renders every page with ink on it', async () => {
    await run('pdftoppm', ['-r', '30', '-gray', pdfOf(name), join(folder, `${name}-page`)]);
    const images = readdirSync(folder).filter((file) => file.startsWith(`${name}-page`) && file.endsWith('.pgm'));
    expect(images.length).toBe(print.rowBreaks.length + 1);
    for (const image of images) expect(darkShare(readFileSync(join(folder, image))), image).toBeGreaterThan(0.002);
  });
});

/** The share of a binary PGM's pixels not near white between the title block and the footer (25%–90% of the height). */
function darkShare(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 64))!;
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = pgm.subarray(header[0].length + Math.floor(height * 0.25) * width, header[0].length + Math.floor(height * 0.9) * width);
  let dark = 0;
  for (const value of pixels) if (value < 220) dark++;
  return dark / pixels.length;
}
