import type { StageResult } from './measure.js';
import { hasChromium, openStandalone, startHarness } from './standalone-browser.js';

/**
 * The standalone page in headless Chromium, from file drop to report download, for one .xlsx plan:
 * reading and showing it (step 2 on screen), then building and downloading the report workbook.
 * `peakMB` is the page's JavaScript heap at the end of the stage (what the browser tab holds),
 * not the Node process's memory. Null when this machine has no Chromium.
 */
export async function standaloneStages(workbook: Uint8Array, tasks: number): Promise<StageResult[] | null> {
  if (!hasChromium()) return null;
  const harness = await startHarness();
  try {
    const { page } = await openStandalone(harness);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const heapMB = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return Math.round((metrics.find((metric) => metric.name === 'JSHeapTotalSize')?.value ?? 0) / 2 ** 20);
    };

    const dropped = performance.now();
    await page.locator('#sa-file').setInputFiles({ name: 'tong-hop.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(workbook) });
    await page.locator('#sa-plan:not([hidden])').waitFor({ timeout: 600_000 });
    const shownTasks = Number(await page.locator('[data-fact="tasks"] dd').textContent());
    if (shownTasks !== tasks) throw new Error(`The page shows ${shownTasks} tasks instead of ${tasks}`);
    const shown = performance.now();
    const read: StageResult = { stage: 'trang: thả tệp → xem KH', rows: tasks, ms: Math.round(shown - dropped), peakMB: await heapMB() };

    const started = performance.now();
    const download = page.waitForEvent('download', { timeout: 600_000 });
    await page.getByRole('button', { name: 'Tải tệp báo cáo (.xlsx)' }).click();
    await (await download).path();
    const done = performance.now();
    const report: StageResult = { stage: 'trang: lập + tải báo cáo', rows: tasks, ms: Math.round(done - started), peakMB: await heapMB() };
    const whole: StageResult = { stage: 'trang: thả tệp → tải về', rows: tasks, ms: Math.round(done - dropped), peakMB: report.peakMB };
    return [read, report, whole];
  } finally {
    await harness.close();
  }
}
