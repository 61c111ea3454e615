import { describe, expect, it } from 'vitest';
import { saveSetting, type SettingsStore } from '../../hosts/excel/adapter/addin-settings.js';
import { excelAction, excelDashboard, excelSaveSettings, type ExcelOptions } from '../../hosts/excel/adapter/excel-use-cases.js';
import { officeErrorMessage } from '../../hosts/excel/adapter/office-errors.js';
import { message } from '../../src/messages/catalogue.js';
import { DEFAULT_PLAN_SETTINGS } from '../../src/use-cases/plan-settings.js';
import { actionOutcome, failed } from '../../src/use-cases/use-case-result.js';
import { sheetSerial } from '../../src/sheet/sheet-serial.js';
import { DONE_WORDS_TEXT } from '../../src/sheet/progress-done-formula.js';
import { DEFAULT_SETTINGS_NAMES } from '../../src/sheet/row-formulas.js';
import { MockWorkbook } from '../helpers/excel-mock-workbook.js';

/** The plan sheet "KH" chosen, as the pane keeps it. */
const options = (dueSoonDays = 7, today = '2026-06-05'): ExcelOptions => ({
  today,
  settings: { ...DEFAULT_PLAN_SETTINGS, dueSoonDays, planSheet: 'KH' },
  features: { dataValidation: true, mergedAreas: true },
});

/** A task due 3 working days after 01/06/2026 (a Monday): 04/06, or 05/06 with a day off on 02/06. */
const plan = {
  name: 'KH',
  values: [
    ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026'],
    ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Ngày bắt đầu tính hạn'],
    ['1', 'Ban hành quy chế', 'Văn phòng', 'Chậm nhất 3 ngày làm việc kể từ ngày ký', sheetSerial('2026-06-01')],
  ],
  formats: [[], [], [null, null, null, null, 'dd/mm/yyyy']],
};

/** A workbook with the plan and the settings sheet the template makes (its names NgayNghi, SoNgaySapDenHan). */
async function withSettingsSheet(): Promise<MockWorkbook> {
  const book = new MockWorkbook({ sheets: [plan] });
  await excelAction(book.context, { kind: 'createTemplate' }, options());
  book.syncs = 0;
  return book;
}

function namedCell(book: MockWorkbook, name: string) {
  const place = book.names.find((n) => n.name === name)!.place!;
  return { ...place, cell: (r = 0) => place.sheet.cell(place.top + r, place.left) };
}

describe('the settings sheet’s cells', () => {
  it('counts the days off typed on the settings sheet (NgayNghi) when judging the plan', async () => {
    const book = await withSettingsSheet();
    const before = await excelDashboard(book.context, options());
    expect(before.plan?.counts.OVERDUE).toBe(1);

    const daysOff = namedCell(book, 'NgayNghi');
    let spare = 0;
    while (daysOff.cell(spare)?.formula) spare++;
    expect(spare).toBeLessThan(daysOff.rows);
    daysOff.sheet.cells.set(`${daysOff.top + spare},${daysOff.left}`, { formula: sheetSerial('2026-06-02'), format: 'dd/mm/yyyy' });
    book.syncs = 0;
    const after = await excelDashboard(book.context, options());
    expect(after.plan?.counts.OVERDUE).toBe(0);
    expect(after.plan?.counts.DUE_SOON).toBe(1);
    expect(book.syncs).toBe(2); // read + registry, nothing written
  });

  it('judges with the due-soon window typed on the settings sheet, and never writes over it in an action', async () => {
    const book = await withSettingsSheet();
    const window = namedCell(book, 'SoNgaySapDenHan');
    window.sheet.cells.set(`${window.top},${window.left}`, { formula: 0, format: null });
    const typed = await excelDashboard(book.context, options(7, '2026-06-01'));
    expect(typed.plan?.counts.DUE_SOON).toBe(0);
    await excelAction(book.context, { kind: 'updateStatus' }, options(7, '2026-06-01'));
    expect(window.cell()?.formula).toBe(0);
    window.sheet.cells.set(`${window.top},${window.left}`, { formula: 7, format: null });
    const seven = await excelDashboard(book.context, options(0, '2026-06-01'));
    expect(seven.plan?.counts.DUE_SOON).toBe(1);
  });

  it('puts a window saved in the pane into SoNgaySapDenHan: one sync to read, one more only when it differs', async () => {
    const book = await withSettingsSheet();
    await excelSaveSettings(book.context, { dueSoonDays: 3 }, options());
    expect(namedCell(book, 'SoNgaySapDenHan').cell()?.formula).toBe(3);
    expect(book.syncs).toBe(2);
    book.syncs = 0;
    await excelSaveSettings(book.context, { dueSoonDays: 3 }, options());
    expect(book.syncs).toBe(1);
  });
});

describe('a settings sheet written before the done texts had a named cell', () => {
  it('gets the cell (DsHoanThanh) beside the as-of date, in the first empty cell, and keeps the user’s note', async () => {
    const book = await withSettingsSheet();
    const done = namedCell(book, DEFAULT_SETTINGS_NAMES.doneWords);
    expect(done.cell()?.formula).toBe(DONE_WORDS_TEXT);
    // As an older version left it: no such name, no such cell; the user wrote a note in E4.
    done.sheet.cells.delete(`${done.top},${done.left}`);
    book.names.splice(
      book.names.findIndex((n) => n.name === DEFAULT_SETTINGS_NAMES.doneWords),
      1,
    );
    const asOf = namedCell(book, DEFAULT_SETTINGS_NAMES.asOf);
    asOf.sheet.cells.set(`${asOf.top},${asOf.left + 3}`, { formula: 'ghi chú của tôi', format: null });
    await excelAction(book.context, { kind: 'updateStatus' }, options());
    const added = namedCell(book, DEFAULT_SETTINGS_NAMES.doneWords);
    expect([added.sheet.name, added.top, added.left]).toEqual([asOf.sheet.name, asOf.top, asOf.left + 4]);
    expect(added.cell()?.formula).toBe(DONE_WORDS_TEXT);
    expect(asOf.sheet.cell(asOf.top, asOf.left + 3)?.formula).toBe('ghi chú của tôi');
    await excelAction(book.context, { kind: 'updateStatus' }, options());
    expect(book.names.filter((n) => n.name === DEFAULT_SETTINGS_NAMES.doneWords)).toHaveLength(1);
  });
});

describe('document settings and errors', () => {
  it('re-reads the document’s settings before saving one, and resolves once saved', async () => {
    const calls: string[] = [];
    const store: SettingsStore = {
      get: () => undefined,
      set: (key) => calls.push(`set ${key}`),
      refreshAsync: (callback) => setTimeout(() => (calls.push('refreshed'), callback?.({ status: 'succeeded' }))),
      saveAsync: (callback) => setTimeout(() => (calls.push('saved'), callback?.({ status: 'succeeded' }))),
    };
    await saveSetting(store, 'cchc.lastCommand', { outcome: 'x' });
    expect(calls).toEqual(['refreshed', 'set cchc.lastCommand', 'saved']);
    const failing: SettingsStore = { ...store, saveAsync: (callback) => callback?.({ status: 'failed', error: { message: 'đầy' } }) };
    await expect(saveSetting(failing, 'k', 1)).rejects.toThrow('đầy');
  });

  it('tells a use case’s refusal by its own message, any office.js error in Vietnamese', () => {
    expect(actionOutcome(failed(message('PERIOD_UNKNOWN', { label: '' }))).text).toMatch(/^Không hiểu kỳ báo cáo/);
    expect(officeErrorMessage({ code: 'ItemNotFound' })).toMatch(/^Không tìm thấy trang tính/);
    expect(officeErrorMessage(new Error('boom'))).toMatch(/^Đã có lỗi khi làm việc với Excel: boom\./);
  });
});
