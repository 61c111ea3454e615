/// <reference types="office-js" />
import { doneWordsPlaceFor } from '../../../src/sheet-model/settings-sheet-model.js';
import { DONE_WORDS_TEXT } from '../../../src/sheet/progress-done-formula.js';
import { DEFAULT_SETTINGS_NAMES } from '../../../src/sheet/row-formulas.js';

/**
 * Gives a settings sheet written before the done texts had a named cell (DsHoanThanh) that cell, so
 * that the status formulas, which name it, work: on the as-of date's row past its explanation, in
 * the first empty of the cells `doneWordsPlaceFor` names (the sheet is the user's: nothing of theirs
 * is overwritten). One more sync, only for such a sheet. `names`: the workbook's names, lower-cased.
 */
export async function ensureDoneWordsCell(context: Excel.RequestContext, names: ReadonlySet<string>): Promise<void> {
  if (!names.has(DEFAULT_SETTINGS_NAMES.asOf.toLowerCase()) || names.has(DEFAULT_SETTINGS_NAMES.doneWords.toLowerCase())) return;
  const place = doneWordsPlaceFor({ row: 0, column: 0 });
  const asOf = context.workbook.names.getItem(DEFAULT_SETTINGS_NAMES.asOf).getRange();
  const row = asOf
    .getOffsetRange(place.row, place.column)
    .getResizedRange(0, place.tries - 1)
    .load('values');
  await context.sync();
  const held = row.values[0] ?? [];
  const free = Math.max(
    0,
    held.findIndex((value) => value === '' || value === DONE_WORDS_TEXT),
  );
  const cell = row.getCell(0, free);
  cell.numberFormat = [['@']];
  cell.formulas = [[DONE_WORDS_TEXT]];
  context.workbook.names.add(DEFAULT_SETTINGS_NAMES.doneWords, cell);
}
