import { describe, expect, it } from 'vitest';
import { DEFAULT_ROW_HEIGHT, pageHeight, printScale } from '../../src/sheet-model/page-model.js';
import type { DetailedSheetModel, PrintLayout } from '../../src/sheet-model/sheet-model.js';
import { printCases } from '../helpers/print-summary-inputs.js';

const cases = await printCases();

const heightOf = (model: DetailedSheetModel, rows: readonly number[]) => rows.reduce((sum, row) => sum + (model.rowHeights[row] ?? DEFAULT_ROW_HEIGHT), 0);
const range = (top: number, bottom: number) => Array.from({ length: bottom - top + 1 }, (_, at) => top + at);

/** The rows of each printed page below the repeated title rows, as the core's breaks cut them. */
function pagesOf(model: DetailedSheetModel, print: PrintLayout): number[][] {
  const starts = [model.printTitleRows!.bottom + 1, ...print.rowBreaks];
  return starts.map((start, at) => range(start, (starts[at + 1] ?? model.rows.length) - 1));
}

describe.each(cases)('the summary of $name as printed', ({ name, summary, model }) => {
  const print = model.print!;
  const titles = range(model.printTitleRows!.top, model.printTitleRows!.bottom);

  it('prints on A4 landscape at 85% or more, one page wide, the title block on every page', () => {
    expect(print.paper).toBe('A4');
    expect(model.orientation).toBe('landscape');
    expect(print.scale).toBe(printScale(model.columnWidths, 'landscape'));
    expect(print.scale).toBeGreaterThanOrEqual(85);
    expect(model.printTitleRows).toEqual({ top: 0, bottom: 2 });
  });

  it('puts on each page no more rows than the page holds below the title block', () => {
    const room = pageHeight('landscape', print.scale) - heightOf(model, titles);
    for (const page of pagesOf(model, print)) expect(heightOf(model, page)).toBeLessThanOrEqual(room);
  });

  it('never leaves a heading at the foot of a page, nor splits a table that fits on one', () => {
    const headings = print.blocks.filter((block) => block.keep === 'withNext');
    expect(headings.length).toBeGreaterThanOrEqual(6);
    for (const row of print.rowBreaks) {
      for (const block of print.blocks.filter((item) => item.keep !== 'split')) expect(row > block.top && row <= block.bottom, `break at ${row} inside ${block.top}–${block.bottom}`).toBe(false);
      expect(
        headings.some((block) => block.bottom === row - 1),
        `heading ends at ${row - 1}`,
      ).toBe(false);
    }
  });

  it('starts every page a table runs onto with a copy of its header', () => {
    const copies: number[] = [];
    for (const block of print.blocks.filter((item) => item.headerRows > 0)) {
      const header = model.rows.slice(block.top, block.top + block.headerRows);
      for (const row of print.rowBreaks.filter((at) => at > block.top && at <= block.bottom)) {
        expect(model.rows.slice(row, row + block.headerRows)).toEqual(header);
        copies.push(...range(row, row + block.headerRows - 1));
      }
    }
    expect(print.repeatedHeaderRows).toEqual(copies);
    if (name === 'long') expect(copies.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps every task line of the lists once, between the copies of the header', () => {
    const heading = model.rows.findIndex((cells) => typeof cells[0] === 'string' && cells[0].startsWith('IV. NHIỆM VỤ QUÁ HẠN'));
    const list = print.blocks.find((block) => block.top === heading + 1)!;
    const lines = range(list.top + list.headerRows, list.bottom).filter((row) => !print.repeatedHeaderRows.includes(row));
    expect(lines.map((row) => model.rows[row]![0])).toEqual(summary.overdue.length === 0 ? ['Không có nhiệm vụ nào quá hạn.'] : summary.overdue.map((line) => line.stt));
  });

  it('cuts every row into exactly one print block, in order, for a view that pages on its own', () => {
    expect(print.blocks.flatMap((block) => range(block.top, block.bottom))).toEqual(range(0, model.rows.length - 1));
    expect(print.blocks[0]).toEqual({ top: 0, bottom: 2, headerRows: 0, keep: 'withNext' });
  });

  it('has a page break for every page after the first', () => {
    if (name === 'long') expect(print.rowBreaks.length).toBeGreaterThanOrEqual(4);
    expect([...print.rowBreaks].sort((a, b) => a - b)).toEqual(print.rowBreaks);
    expect(new Set(print.rowBreaks).size).toBe(print.rowBreaks.length);
  });
});
