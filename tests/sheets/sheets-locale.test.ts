import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGridFile } from '../../io/files/read-grid-file.js';
import type { Dashboard } from '../../src/use-cases/dashboard.js';
import { STATUS_CODES } from '../../src/status/status-codes.js';
import type { Grid } from '../../src/grid/grid.js';
import { DONE_WORDS_TEXT } from '../../src/sheet/progress-done-formula.js';
import { DEFAULT_SETTINGS_NAMES } from '../../src/sheet/row-formulas.js';
import { assessPlan } from '../../src/plan/assess-plan.js';
import { countByStatus } from '../../src/plan/count-by-status.js';
import { readPlan } from '../../src/plan/read-plan.js';
import { fixturePath } from '../helpers/fixture-plans.js';
import { CallCounter, FakeSpreadsheet, fakeServices, formulaParseError } from '../helpers/sheets-fakes.js';
import { loadAddOn, sheetRows } from '../helpers/sheets-load.js';

const NOW = new Date(Date.UTC(2026, 2, 20, 2, 0));
const PLAN_SHEET = 'Phụ lục';
let fixture: Grid;

beforeAll(async () => {
  const file = await readGridFile(new Uint8Array(readFileSync(fixturePath('tran-hung-dao-2026'))), 'tran-hung-dao-2026.txt');
  fixture = { sheet: PLAN_SHEET, rows: file.grids[0]!.rows, merges: [] };
});

describe('the Sheets fakes hold formulas to the spreadsheet locale', () => {
  it('parse a formula only in its own locale syntax', () => {
    expect(formulaParseError('=IF(A1>0.5,"a; b",1)', 'en_US')).toBeNull();
    expect(formulaParseError('=IF(A1>0,5;"a, b";1)', 'vi_VN')).toBeNull();
    expect(formulaParseError('=IF(A1>0,"x",1)', 'vi_VN')).toMatch(/","/);
    expect(formulaParseError('=A1*0.5', 'vi_VN')).toMatch(/thập phân/);
    expect(formulaParseError('=IF(A1>0;"x";1)', 'en_US')).toMatch(/";"/);
    expect(formulaParseError('={1\\2}', 'en_US')).not.toBeNull();
    expect(formulaParseError("='Kế, hoạch'!A1+1", 'vi_VN')).toBeNull();
  });

  it('refuse a wrong one in setValues, setFormula(s), setFormulaR1C1, rule and validation formulas', () => {
    const { globals, spreadsheet } = fakeServices({ htmlFiles: {}, locale: 'vi_VN' });
    const sheet = spreadsheet.addSheet('A');
    const range = sheet.getRange(1, 1, 1, 1);
    expect(() => range.setValues([['=SUM(B1,B2)']])).toThrow(/Lỗi phân tích/);
    expect(() => range.setFormula('=SUM(B1,B2)')).toThrow(/Lỗi phân tích/);
    expect(() => range.setFormulas([['=SUM(B1,B2)']])).toThrow(/Lỗi phân tích/);
    expect(() => range.setFormulaR1C1('=SUM(R1C2,R2C2)')).toThrow(/Lỗi phân tích/);
    const app = globals.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    expect(() => app.newConditionalFormatRule().whenFormulaSatisfied('=OR($L5="a",$L5="b")')).toThrow(/Lỗi phân tích/);
    expect(() => app.newDataValidation().requireFormulaSatisfied('=AND(B1>0,B1<9)')).toThrow(/Lỗi phân tích/);
    range.setFormula('=SUM(B1;B2)');
    expect(range.getFormulas()).toEqual([['=SUM(B1;B2)']]);
    expect(spreadsheet.getSpreadsheetLocale()).toBe('vi_VN');
    expect(() => new FakeSpreadsheet(new CallCounter(), 'Asia/Ho_Chi_Minh', 'xx_XX')).toThrow(/no locale/);
  });
});

describe('the add-on in a Vietnamese spreadsheet', () => {
  async function updated(locale: string) {
    const addOn = await loadAddOn(NOW, locale);
    const plan = addOn.services.spreadsheet.addSheet(PLAN_SHEET, sheetRows(fixture.rows));
    addOn.call('menuUpdateStatus');
    expect(addOn.services.alerts).toEqual([]);
    return { addOn, plan };
  }

  it('writes the same formulas as in English, with ";" between arguments', async () => {
    const english = (await updated('en_US')).plan.contents();
    const vietnamese = (await updated('vi_VN')).plan.contents();
    const formulas = (rows: unknown[][]) => rows.flat().filter((value): value is string => typeof value === 'string' && value.startsWith('='));
    expect(formulas(vietnamese).length).toBeGreaterThan(20);
    expect(formulas(vietnamese).some((formula) => formula.includes(';'))).toBe(true);
    expect(formulas(vietnamese).map((formula) => formula.replace(/;/g, ','))).toEqual(formulas(english).map((formula) => formula.replace(/;/g, ',')));
  });

  it('reads the due-soon window and days off as a Vietnamese user types them, also as text', async () => {
    const { addOn } = await updated('vi_VN');
    const { spreadsheet } = addOn.services;
    const daysOff = spreadsheet.names.get(DEFAULT_SETTINGS_NAMES.daysOff)!;
    const settings = daysOff.sheet;
    spreadsheet.getRangeByName(DEFAULT_SETTINGS_NAMES.dueSoonDays)!.setValues([['30,0']]);
    settings.peek(daysOff.getLastRow(), daysOff.getColumn(), 1, 1).setValues([['02/04/2026']]);
    spreadsheet.activeSheet = spreadsheet.sheet(PLAN_SHEET);
    const board = addOn.call('sidebarDashboard') as Dashboard;
    expect(board.settings.dueSoonDays).toBe(30);
    const found = readPlan(fixture, { fallbackYear: 2026 });
    if (!found.found) throw new Error('fixture has no plan');
    const judged = countByStatus(assessPlan(found.plan, { asOf: '2026-03-20', dueSoonDays: 30, daysOff: ['2026-04-02'] }));
    for (const code of STATUS_CODES) expect(board.plan!.counts[code], code).toBe(judged[code]);
    // The days off as the add-on reads them (its own function, over the same fake spreadsheet).
    (globalThis as Record<string, unknown>).Utilities = addOn.services.globals.Utilities;
    const { readDaysOff } = await import('../../hosts/sheets/settings-store.js');
    const read = readDaysOff(spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, 'Asia/Ho_Chi_Minh');
    expect(read).toContain('2026-04-02');
    expect(read).toContain('2026-09-02');
    expect(read).not.toContain('2026-02-04');
    expect(addOn.call('sidebarSaveSettings', { ...board.settings, dueSoonDays: '14,0' })).toMatchObject({ ok: true });
    expect(JSON.parse(addOn.services.properties.get('CCHC_SETTINGS')!)).toMatchObject({ dueSoonDays: 14 });
  });

  it('gives a settings sheet written before the done texts had a cell that cell and its name, beside the as-of date', async () => {
    const { addOn } = await updated('vi_VN');
    const { spreadsheet } = addOn.services;
    const done = spreadsheet.names.get(DEFAULT_SETTINGS_NAMES.doneWords)!;
    expect(done.getValue()).toBe(DONE_WORDS_TEXT);
    // An older settings sheet: no such name, the cell emptied.
    done.setValues([['']]);
    spreadsheet.names.delete(DEFAULT_SETTINGS_NAMES.doneWords);
    const asOf = spreadsheet.names.get(DEFAULT_SETTINGS_NAMES.asOf)!;
    asOf.sheet.maxColumns = 5; // the user added two columns and wrote a note in E4
    asOf.sheet.peek(asOf.getRow(), asOf.getColumn() + 3, 1, 1).setValues([['ghi chú của tôi']]);
    spreadsheet.activeSheet = spreadsheet.sheet(PLAN_SHEET);
    addOn.call('menuUpdateStatus');
    expect(addOn.services.alerts).toEqual([]);
    const added = spreadsheet.names.get(DEFAULT_SETTINGS_NAMES.doneWords)!;
    expect([added.sheet.name, added.getA1Notation()]).toEqual([asOf.sheet.name, 'F4']);
    expect(added.getValue()).toBe(DONE_WORDS_TEXT);
    expect(asOf.sheet.peek(asOf.getRow(), asOf.getColumn() + 3, 1, 1).getValue()).toBe('ghi chú của tôi');
  });
});
