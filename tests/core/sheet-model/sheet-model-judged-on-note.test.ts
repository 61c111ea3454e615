import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/dates/calendar-date.js';
import { localizeFormula } from '../../../src/sheet/formula-locale.js';
import { DEFAULT_SETTINGS_NAMES } from '../../../src/sheet/row-formulas.js';
import { sheetSerial } from '../../../src/sheet/sheet-serial.js';
import { judgedOnNote, judgedOnNoteText } from '../../../src/sheet-model/judged-on-note.js';
import { engineConfig } from '../../helpers/sheet-formulas-workbook.js';

describe('the note on the day the plan sheet is judged on', () => {
  it.each(['comma', 'semicolon'] as const)('evaluates to the text cached for it, whatever the as-of date (formulas with %s separators)', (convention) => {
    const { formula } = judgedOnNote(null) as { formula: string };
    expect(judgedOnNote(null)).toEqual({ formula });
    const hf = HyperFormula.buildFromSheets({ Plan: [[`=${localizeFormula(formula, convention)}`]], Settings: [[sheetSerial('2026-01-01')]] }, engineConfig(convention));
    try {
      hf.addNamedExpression(DEFAULT_SETTINGS_NAMES.asOf, '=Settings!$A$1');
      const plan = hf.getSheetId('Plan')!;
      const settings = hf.getSheetId('Settings')!;
      for (const day of ['2026-12-04', '2027-01-09', '2030-10-31'] as IsoDate[]) {
        hf.setCellContents({ sheet: settings, row: 0, col: 0 }, [[sheetSerial(day)]]);
        expect(hf.getCellValue({ sheet: plan, row: 0, col: 0 })).toBe(judgedOnNoteText(day));
      }
    } finally {
      hf.destroy();
    }
    expect(judgedOnNoteText('2027-01-09')).toContain('được đánh giá tại ngày 09/01/2027 (“Ngày đánh giá” ở trang “Cài đặt CCHC”');
    expect(judgedOnNote('2027-01-09')).toEqual({ formula, result: judgedOnNoteText('2027-01-09') });
  });
});
