import { describe, expect, it } from 'vitest';
import { writeNewWorkbook } from '../../io/xlsx-report/new-workbook-package.js';
import { writeReportWorkbook } from '../../io/xlsx-report/write-report-workbook.js';
import { PAGE_MARGINS } from '../../src/sheet-model/page-model.js';
import { summarySheetModel } from '../../src/sheet-model/summary-sheet-model.js';
import { fixtureInput } from '../helpers/report-workbook-inputs.js';
import { zipEntryText } from '../helpers/report-workbook-zip.js';
import { printCases } from '../helpers/print-summary-inputs.js';

const cases = await printCases();

const attributes = (xml: string, element: string): Record<string, string> | undefined => {
  const found = new RegExp(`<${element}\\b([^>]*)/?>`).exec(xml);
  return found === null ? undefined : Object.fromEntries([...found[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1]!, match[2]!]));
};
const breaksOf = (xml: string) => [...(/<rowBreaks\b[^>]*>(.*?)<\/rowBreaks>/.exec(xml)?.[1] ?? '').matchAll(/<brk id="(\d+)" max="16383" man="1"\/>/g)].map((match) => Number(match[1]));

describe.each(cases)('the print setup of the summary of $name, read back from the xlsx', ({ model }) => {
  const bytes = writeNewWorkbook([model], { created: '2026-03-20' });
  const sheet = zipEntryText(bytes, 'xl/worksheets/sheet1.xml');
  const print = model.print!;

  it('prints on A4 landscape at the core’s scale, not fitted (fitting would drop the page breaks)', () => {
    expect(attributes(sheet, 'pageSetup')).toEqual({ paperSize: '9', orientation: 'landscape', scale: String(print.scale) });
    expect(sheet).not.toContain('fitToPage');
    expect(attributes(sheet, 'pageMargins')).toEqual(Object.fromEntries(Object.entries(PAGE_MARGINS).map(([key, value]) => [key, String(value)])));
  });

  it('repeats the title rows on every page', () => {
    expect(zipEntryText(bytes, 'xl/workbook.xml')).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'${model.name}'!$1:$3</definedName>`);
  });

  it('breaks the pages where the core laid them out, after the headerFooter and before the drawing', () => {
    expect(breaksOf(sheet)).toEqual(print.rowBreaks);
    const count = print.rowBreaks.length;
    if (count > 0) expect(sheet).toMatch(new RegExp(`</headerFooter><rowBreaks count="${count}" manualBreakCount="${count}">.*</rowBreaks>(<drawing |</worksheet>)`));
  });
});

describe('the report workbook’s summary', () => {
  it('carries the same print setup as the summary alone', async () => {
    const input = await fixtureInput('tran-hung-dao-2026');
    const bytes = await writeReportWorkbook(input);
    const model = summarySheetModel(input.summary, { name: 'Tổng hợp Quý I-2026', planTitle: input.assessed.plan.plan.title });
    const parts = [1, 2, 3].map((index) => zipEntryText(bytes, `xl/worksheets/sheet${index}.xml`));
    const summary = parts.find((xml) => xml.includes(`scale="${model.print!.scale}"`))!;
    expect(summary).toBeDefined();
    expect(attributes(summary, 'pageSetup')).toEqual({ paperSize: '9', orientation: 'landscape', scale: String(model.print!.scale) });
    expect(breaksOf(summary)).toEqual(model.print!.rowBreaks);
    // The plan and the settings sheets are still fitted to one page wide.
    for (const other of parts.filter((xml) => xml !== summary)) expect(attributes(other, 'pageSetup')).toMatchObject({ fitToWidth: '1', fitToHeight: '0' });
  });
});
