import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { readProgress } from '../../../src/status/read-progress.js';
import { PROGRESS_CHOICES } from '../../../src/sheet/plan-sheet-layout.js';
import { DONE_SPELLINGS, progressDoneFormula } from '../../../src/sheet/progress-done-formula.js';

/** Evaluates progressDoneFormula on each cell with HyperFormula (licence key 'gpl-v3': tests only). */
function doneBySheet(cells: readonly RawCellContent[]): unknown[] {
  const hf = HyperFormula.buildFromArray(
    cells.map((cell, index) => [cell, `=${progressDoneFormula(`A${index + 1}`)}`]),
    { licenseKey: 'gpl-v3' },
  );
  try {
    return cells.map((_, row) => hf.getCellValue({ sheet: 0, row, col: 1 }));
  } finally {
    hf.destroy();
  }
}

/** A text cell, kept as text: HyperFormula would read "100%", "TRUE" or "=abc" given raw as a number, a boolean, a formula. */
const text = (value: string): string => `'${value}`;
const cells = (values: readonly (string | number | boolean | null)[]): RawCellContent[] => values.map((value) => (typeof value === 'string' ? text(value) : value));

describe('the progress formula', () => {
  it('reads the dropdown as computeStatus does: only "Hoàn thành" is done', () => {
    expect(doneBySheet(cells(PROGRESS_CHOICES))).toEqual(PROGRESS_CHOICES.map((choice) => readProgress(choice).state === 'done'));
    expect(doneBySheet(cells(['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện']))).toEqual([true, false, false]);
  });

  it('reads the common typed forms as done, in any case and with spaces around', () => {
    const typed = ['Đã hoàn thành', 'HT', 'ht', 'x', 'X', '✓', '✔', '✅', '100%', 'hoan thanh', 'Hoàn thành'.normalize('NFD'), '  HOÀN THÀNH ', 'Xong', 'Đã thực hiện', 'true', 1, 100, true];
    expect(doneBySheet(cells(typed))).toEqual(typed.map(() => true));
    for (const cell of typed) expect(readProgress(cell).state, String(cell)).toBe('done');
  });

  it('never reads a negation, a partial progress or an error as done', () => {
    const notDone = ['Chưa hoàn thành', 'Không hoàn thành', 'chưa hoàn thành', 'Đang thực hiện', '50%', 0.5, 0, 1.5, 99, false, null, '=abc', '+abc', 'x|ht', '', 'hoàn', 46112];
    expect(doneBySheet([...cells(notDone), '=NA()'])).toEqual([...notDone.map(() => false), false]);
    for (const cell of notDone) expect(readProgress(cell).state, String(cell)).not.toBe('done');
  });

  it('keeps every listed spelling one that readProgress reads as done', () => {
    for (const spelling of DONE_SPELLINGS) {
      expect(readProgress(spelling).state, spelling).toBe('done');
      expect(readProgress(spelling.toUpperCase()).state, spelling).toBe('done');
    }
  });

  it('reads as done nothing that readProgress does not: random texts and numbers', () => {
    const fragments = fc.constantFrom('hoàn thành', 'Hoàn thành', 'đã', 'chưa', 'không', 'HT', 'x', 'X', '✓', '100', '%', ' ', '|', '=', 'xong', '1', '0', 'đang');
    const values = fc.oneof(
      fc.array(fragments, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')),
      fc.string(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(1, 100, 0.01, 1.0000001),
    );
    fc.assert(
      fc.property(fc.array(values, { minLength: 1, maxLength: 50 }), (drawn) => {
        const sheet = doneBySheet(cells(drawn));
        drawn.forEach((value, index) => {
          if (sheet[index] === true) expect(readProgress(value).state, JSON.stringify(value)).toBe('done');
        });
      }),
      { numRuns: 100 },
    );
  });

  it("does not read these forms that readProgress takes as done (the report writer writes the dropdown's words)", () => {
    const unread = ['Hoàn thành tốt', 'Đã hoàn thành (15/3)', 'HT.', 'Hoan thanb', 'Hoàn thành\u00a0', 'hoàn thành 100 %', '100,0%', 'Đã xong việc', 'Hoà̀n thành', 'hòan thành'];
    for (const value of unread) expect(readProgress(value).state, value).toBe('done');
    expect(doneBySheet(cells(unread))).toEqual(unread.map(() => false));
  });
});
