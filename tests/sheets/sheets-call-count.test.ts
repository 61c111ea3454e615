import { describe, expect, it } from 'vitest';
import { generateConsolidatedPlan } from '../../bench/generate-plan.js';
import { loadAddOn } from '../helpers/sheets-load.js';

const NOW = new Date(Date.UTC(2026, 2, 20, 2, 0));

/** A generated plan of about `rows` rows (one commune of 45 tasks is about 57 rows with its headers). */
function planRows(communes: number, tasksPerCommune: number): string[][] {
  return generateConsolidatedPlan(communes, tasksPerCommune);
}

/** SpreadsheetApp calls made by one menu click on a spreadsheet holding `rows`. */
async function callsFor(rows: string[][], menuItem: string, locale: string) {
  const addOn = await loadAddOn(NOW, locale);
  addOn.services.spreadsheet.addSheet('Phụ lục', rows);
  addOn.call('menuUpdateStatus'); // first run: adds the columns and the settings sheet
  addOn.services.counter.reset();
  addOn.call(menuItem);
  expect(addOn.services.alerts).toEqual([]);
  // Our own sheets are sized to fit: one call grows them or shrinks them, depending on the plan.
  const byMethod = new Map(addOn.services.counter.byMethod);
  for (const [grow, shrink] of [
    ['Sheet.insertRowsAfter', 'Sheet.deleteRows'],
    ['Sheet.insertColumnsAfter', 'Sheet.deleteColumns'],
  ] as const) {
    const resized = (byMethod.get(grow) ?? 0) + (byMethod.get(shrink) ?? 0);
    byMethod.delete(grow);
    byMethod.delete(shrink);
    if (resized > 0) byMethod.set(`${grow} or ${shrink}`, resized);
  }
  return { count: addOn.services.counter.count, byMethod: Object.fromEntries(byMethod) };
}

describe('SpreadsheetApp calls', () => {
  const small = planRows(1, 40);
  const large = planRows(100, 40);

  it('uses plans of about 50 and 5,000 rows', () => {
    expect(small.length).toBeGreaterThanOrEqual(45);
    expect(small.length).toBeLessThanOrEqual(60);
    expect(large.length).toBeGreaterThanOrEqual(5000);
  });

  for (const [menuItem, locale] of [
    ['menuUpdateStatus', 'en_US'],
    ['menuSummaryThisQuarter', 'en_US'],
    ['menuUpdateStatus', 'vi_VN'],
  ] as const) {
    it(`do not grow with the number of rows: ${menuItem} (${locale})`, async () => {
      const few = await callsFor(small, menuItem, locale);
      const many = await callsFor(large, menuItem, locale);
      console.log(`${menuItem} (${locale}): ${small.length} rows → ${few.count} calls; ${large.length} rows → ${many.count} calls`);
      expect(many.byMethod).toEqual(few.byMethod);
      expect(many.count).toBe(few.count);
      expect(many.byMethod['Range.getValues']).toBeLessThanOrEqual(3);
    }, 120_000);
  }
});
