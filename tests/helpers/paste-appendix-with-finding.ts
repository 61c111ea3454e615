import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { fixturePath } from './fixture-plans.js';

/**
 * The fixtures have no findings: pastes the Trần Hưng Đạo appendix into the standalone page with one
 * deadline no rule reads ("qwerty 99"), and waits for step 2.
 */
export async function pasteAppendixWithFinding(page: Page): Promise<void> {
  const lines = readFileSync(fixturePath('tran-hung-dao-2026'), 'utf8').split('\n');
  const broken = lines.findIndex((line, index) => index > 20 && /\tTháng \d+/.test(line));
  lines[broken] = lines[broken]!.replace(/\tTháng \d+[^\t]*/, '\tqwerty 99');
  await page.locator('#sa-paste-box summary').click();
  await page.locator('#sa-paste').fill(lines.join('\n'));
  await page.getByRole('button', { name: 'Đọc bảng đã dán' }).click();
  await page.locator('#sa-plan:not([hidden])').waitFor();
}
