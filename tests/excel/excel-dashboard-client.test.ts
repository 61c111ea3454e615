import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGridFile } from '../../io/files/read-grid-file.js';
import { excelDashboardClient } from '../../hosts/excel/adapter/excel-dashboard-client.js';
import type { Grid } from '../../src/grid/grid.js';
import type { PlanSettings } from '../../src/use-cases/dashboard.js';
import { DEFAULT_PLAN_SETTINGS } from '../../src/use-cases/plan-settings.js';
import { fixturePath } from '../helpers/fixture-plans.js';
import { MockWorkbook } from '../helpers/excel-mock-workbook.js';

let tranHungDao: Grid;
beforeAll(async () => {
  const file = await readGridFile(new Uint8Array(readFileSync(fixturePath('tran-hung-dao-2026'))), 'tran-hung-dao-2026.txt');
  tranHungDao = file.grids[0]!;
});

/** The client over a mock workbook, its document settings kept in memory. */
function clientFor(book: MockWorkbook) {
  const stored: PlanSettings[] = [];
  const progress: number[] = [];
  const client = excelDashboardClient({
    run: (batch) => batch(book.context),
    loadSettings: async () => stored.at(-1) ?? DEFAULT_PLAN_SETTINGS,
    storeSettings: async (settings) => void stored.push(settings),
    today: () => '2026-06-10',
    features: () => ({ dataValidation: true, mergedAreas: true }),
    progress: (done) => progress.push(done),
  });
  return { client, stored, progress };
}

const planSheet = () => ({ name: 'Phụ lục', values: tranHungDao.rows.map((row) => row.map((cell) => (cell === null || typeof cell === 'object' ? null : cell))) });

describe('the Excel dashboard client', () => {
  it('loads the dashboard, runs an action with progress, and answers outcomes, never throwing', async () => {
    const book = new MockWorkbook({ sheets: [planSheet()] });
    const { client, progress } = clientFor(book);
    const board = await client.load();
    expect(board.plan?.sheet).toBe('Phụ lục');
    const outcome = await client.run({ kind: 'updateStatus' });
    expect(outcome).toMatchObject({ ok: true, sheet: 'Phụ lục', text: expect.stringMatching(/^Đã cập nhật trạng thái \d+ nhiệm vụ trên trang “Phụ lục”/) });
    expect(progress.length).toBeGreaterThan(0);
    expect(await client.run({ kind: 'buildSummary', period: 'Quý 9/2026' })).toMatchObject({ ok: false, text: expect.stringMatching(/^Không hiểu kỳ báo cáo/) });
  });

  it('stores checked settings with the document and refuses bad ones', async () => {
    const book = new MockWorkbook({ sheets: [planSheet()] });
    const { client, stored } = clientFor(book);
    expect(await client.saveSettings({ ...DEFAULT_PLAN_SETTINGS, dueSoonDays: 400 })).toMatchObject({ ok: false, text: expect.stringMatching(/sắp đến hạn/) });
    expect(stored).toEqual([]);
    expect(await client.saveSettings({ ...DEFAULT_PLAN_SETTINGS, planYear: 2026, dueSoonDays: 10 })).toMatchObject({ ok: true });
    expect(stored).toEqual([{ ...DEFAULT_PLAN_SETTINGS, planYear: 2026, dueSoonDays: 10 }]);
    expect((await client.load()).settings.dueSoonDays).toBe(10);
  });

  it('selects a finding’s cell, and tells an office.js failure in Vietnamese', async () => {
    const book = new MockWorkbook({ sheets: [planSheet()] });
    const { client } = clientFor(book);
    await client.showCell('Phụ lục', 'C7');
    expect(book.sheet('Phụ lục').selected).toBe('C7');
    await expect(client.showCell('Phụ lục', 'C0')).rejects.toThrow(/không phải địa chỉ ô/);
    const failing = excelDashboardClient({
      run: () => Promise.reject(Object.assign(new Error('x'), { code: 'AccessDenied' })),
      loadSettings: async () => DEFAULT_PLAN_SETTINGS,
      storeSettings: async () => {},
      today: () => '2026-06-10',
      features: () => ({ dataValidation: true, mergedAreas: true }),
    });
    expect(await failing.run({ kind: 'updateStatus' })).toMatchObject({ ok: false, text: expect.stringMatching(/^Excel không cho phép sửa/) });
  });
});
