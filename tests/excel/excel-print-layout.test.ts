import { describe, expect, it } from 'vitest';
import { queuePrintLayout } from '../../hosts/excel/adapter/write-print-layout.js';
import { printCases } from '../helpers/print-summary-inputs.js';

const cases = await printCases();

/** The parts of an Excel.Worksheet that queuePrintLayout touches, recording what it queues. */
function fakeSheet() {
  const calls: string[] = [];
  const pageLayout: Record<string, unknown> = { setPrintTitleRows: (rows: string) => calls.push(`titles ${rows}`) };
  const horizontalPageBreaks = { add: (cell: string) => calls.push(`break ${cell}`), removePageBreaks: () => calls.push('clear') };
  return { sheet: { pageLayout, horizontalPageBreaks } as unknown as Excel.Worksheet, pageLayout, calls };
}

describe('the Excel add-in’s print layout of the summary', () => {
  it.each(cases)('sets A4 landscape, the margins, the core’s scale, the title rows and the page breaks of $name', ({ model }) => {
    const { sheet, pageLayout, calls } = fakeSheet();
    queuePrintLayout(sheet, model);
    expect(pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Landscape' });
    for (const [key, inches] of [
      ['leftMargin', 0.4],
      ['rightMargin', 0.4],
      ['topMargin', 0.55],
      ['bottomMargin', 0.55],
      ['headerMargin', 0.3],
      ['footerMargin', 0.3],
    ] as const)
      expect(pageLayout[key]).toBeCloseTo(inches * 72, 6);
    expect(pageLayout.zoom).toEqual({ scale: model.print!.scale });
    expect(calls).toEqual(['titles $1:$3', 'clear', ...model.print!.rowBreaks.map((row) => `break A${row + 1}`)]);
  });

  it('leaves the scale alone on a sheet the core did not page', () => {
    const { sheet, pageLayout, calls } = fakeSheet();
    const { print: _paged, ...model } = cases[0]!.model;
    queuePrintLayout(sheet, { ...model, orientation: 'portrait' });
    expect(pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Portrait' });
    expect(pageLayout.zoom).toBeUndefined();
    expect(calls).toEqual(['titles $1:$3']);
  });
});
