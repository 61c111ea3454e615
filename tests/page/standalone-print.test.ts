import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PLAN } from '../../hosts/cli/demo-command.js';
import { openStandalone, startHarness, type StandaloneHarness } from '../../bench/standalone-browser.js';
import { fixturePath } from '../helpers/fixture-plans.js';

/**
 * The standalone page's print view, printed by Chromium to PDF on A4 landscape: the summary as the
 * core paged it — no heading at a page's foot, a table's header at the top of each page it runs
 * onto, the text at 85% of the sheet's size or more.
 */
const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'cchc-standalone-print-'));
const HEADING = /^(I|II|III|IV|V)\. [A-ZÀ-Ỹ]/u;

/** The Trần Hưng Đạo appendix with its tasks four times over, each copy's lead units told apart: long tables. */
function longAppendix(): string {
  const lines = readFileSync(fixturePath('tran-hung-dao-2026'), 'utf8').split('\n');
  const header = lines.findIndex((line) => line.startsWith('TT\t'));
  let stt = 0;
  const copies = [1, 2, 3, 4].flatMap((copy) =>
    lines
      .slice(header + 1)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const cells = line.split('\t');
        if (!/^\d+$/.test(cells[0]!)) return line;
        cells[0] = String(++stt);
        cells[2] = `${cells[2]} ${copy}`;
        return cells.join('\t');
      }),
  );
  return [...lines.slice(0, header + 1), ...copies].join('\n');
}

let harness: StandaloneHarness;
beforeAll(async () => {
  harness = await startHarness();
}, 120_000);
afterAll(async () => {
  await harness?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe.each([
  { name: 'tran-hung-dao-2026', file: fixturePath('tran-hung-dao-2026'), period: 'Quý I/2026', asOf: '20/03/2026' },
  { name: 'demo', file: SAMPLE_PLAN, period: '6 tháng/2026', asOf: '14/06/2026' },
  { name: 'long', file: null, period: 'Quý I/2026', asOf: '20/03/2026' },
])('the page’s print view of $name', ({ name, file, period, asOf }) => {
  it('prints the summary paged as the core laid it out', async () => {
    const { page, errors } = await openStandalone(harness);
    if (file === null) {
      await page.locator('#sa-paste-box summary').click();
      await page.locator('#sa-paste').fill(longAppendix());
      await page.getByRole('button', { name: 'Đọc bảng đã dán' }).click();
    } else {
      await page.locator('#sa-file').setInputFiles(file);
    }
    await page.locator('#sa-plan:not([hidden])').waitFor();
    await page.locator('#sa-as-of').fill(asOf);
    await page.locator('#sa-as-of').dispatchEvent('change');
    await page.locator('#sa-period').selectOption(period);
    await page.emulateMedia({ media: 'print' });
    const pdf = join(scratch, `${name}.pdf`);
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const { stdout } = await run('pdftotext', ['-layout', pdf, '-']);
    const pages = stdout
      .split('\f')
      .map((text) =>
        text
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== ''),
      )
      .filter((lines) => lines.length > 0);
    expect(pages.length).toBeGreaterThanOrEqual(name === 'long' ? 4 : 2);
    // Each page a table runs onto starts with its header again (the thead), and no row is printed twice.
    // pdftotext gives a header's wrapped cells line by line, so its "STT" comes within its first lines.
    const startsWithHeader = (lines: readonly string[]) => lines.slice(0, 6).some((line) => /^(STT|Mục)\b/.test(line)) && !HEADING.test(lines[0]!);
    if (name === 'long') expect(pages.filter(startsWithHeader).length).toBeGreaterThanOrEqual(1);
    expect(pages[0]![0]).toMatch(/^TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CCHC/);
    pages.forEach((lines, index) => {
      if (index < pages.length - 1) expect(lines.at(-1), `foot of page ${index + 1}`).not.toMatch(HEADING);
      // A page starts with the title, a heading or a table's header, never with a row of a table.
      if (index > 0) expect(HEADING.test(lines[0]!) || startsWithHeader(lines), `top of page ${index + 1}: ${lines.slice(0, 6).join(' / ')}`).toBe(true);
    });
    // The text is printed at 9.5 pt or more (85% of the sheet's 11 pt), as the stylesheet sets it.
    const size = await page
      .locator('#sa-summary .sheet-model-pages td.look-body')
      .first()
      .evaluate((cell) => getComputedStyle(cell).fontSize);
    expect(Number.parseFloat(size)).toBeGreaterThanOrEqual((9.5 * 96) / 72 - 0.01);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
