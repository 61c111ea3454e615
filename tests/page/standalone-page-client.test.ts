import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageDashboardClient, type PageHost } from '../../hosts/page/page-dashboard-client.js';
import { fixturePath } from '../helpers/fixture-plans.js';

function client(bytes: Uint8Array, name: string) {
  const downloads: { name: string; bytes: Uint8Array }[] = [];
  const shown: string[] = [];
  const host: PageHost = {
    today: () => '2026-03-20',
    download: (data, fileName) => downloads.push({ name: fileName, bytes: data }),
    showCell: (sheet, cell) => shown.push(`${sheet}!${cell}`),
  };
  return { client: pageDashboardClient({ bytes, name }, host), downloads, shown };
}

const plan = () => new Uint8Array(readFileSync(fixturePath('tran-hung-dao-2026')));

describe('the standalone page’s dashboard client', () => {
  it('judges the dropped file and downloads the report workbook of a period', async () => {
    const page = client(plan(), 'tran-hung-dao-2026.txt');
    expect(page.client.actions).toEqual(['buildSummary']);
    const board = await page.client.load();
    expect(board.plan?.tasks).toBeGreaterThan(30);
    expect(board.defaultPeriod).toBe('Quý I/2026');
    const outcome = await page.client.run({ kind: 'buildSummary', period: 'Quý I/2026' });
    expect(outcome).toMatchObject({ ok: true, text: expect.stringMatching(/Quý I\/2026.*14\/03\/2026.*2 quá hạn/) });
    expect(page.downloads.map((download) => download.name)).toEqual(['tran-hung-dao-2026-bao-cao-quy-i-2026.xlsx']);
    expect([...page.downloads[0]!.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('keeps settings in the page, refuses bad ones, and offers no action it cannot do', async () => {
    const page = client(plan(), 'tran-hung-dao-2026.txt');
    const board = await page.client.load();
    expect(await page.client.saveSettings({ ...board.settings, dueSoonDays: 30 })).toMatchObject({ ok: true });
    expect((await page.client.load()).settings.dueSoonDays).toBe(30);
    expect(await page.client.saveSettings({ ...board.settings, dueSoonDays: 400 })).toMatchObject({ ok: false, text: expect.stringMatching(/sắp đến hạn/) });
    expect(await page.client.run({ kind: 'updateStatus' })).toMatchObject({ ok: false });
    expect(await page.client.run({ kind: 'buildSummary', period: 'Quý 9/2026' })).toMatchObject({ ok: false, text: expect.stringMatching(/^Không hiểu kỳ báo cáo/) });
  });

  it('shows a finding’s cell, and says why a file is no plan', async () => {
    const page = client(plan(), 'tran-hung-dao-2026.txt');
    const sheet = (await page.client.load()).plan!.sheet;
    await page.client.showCell(sheet, 'C7');
    expect(page.shown).toEqual([`${sheet}!C7`]);
    await expect(page.client.showCell(sheet, 'C0')).rejects.toThrow(/không phải địa chỉ ô/);
    const empty = client(new Uint8Array(), 'trong.xlsx');
    const none = await empty.client.load();
    expect(none.plan).toBeNull();
    expect(none.problem).not.toBe('');
  });
});
