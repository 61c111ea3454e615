import { describe, expect, it } from 'vitest';
import { HyperFormula } from 'hyperformula';
import { createWorkingCalendar } from '../../../src/calendar/working-calendar.js';
import { parseDeadline } from '../../../src/deadline/parse-deadline.js';
import { HELPER_HEADER_PREFIX } from '../../../src/sheet/plan-sheet-layout.js';
import { DONE_SPELLINGS } from '../../../src/sheet/progress-done-formula.js';
import { DEFAULT_SETTINGS_NAMES, HELPER_HEADERS, rowFormulas } from '../../../src/sheet/row-formulas.js';
import type { RowRefs } from '../../../src/sheet/sheet-formulas.js';
import { sheetSerial } from '../../../src/sheet/sheet-serial.js';
import { HOLIDAY_YEARS } from '../../helpers/sheet-formulas-compare.js';
import { domainDeadlines, fixtureDeadlines, handMadeDeadlines } from '../../helpers/sheet-formulas-tasks.js';
import { PlanSheetEngine, engineResult, rowRefs } from '../../helpers/sheet-formulas-workbook.js';

const read = (text: string) => parseDeadline(text, { planYear: 2026 });
const REFS: RowRefs = { row: 5, progress: 'G', completedOn: 'H', dueOverride: 'I', eventDate: 'J', due: 'K', firstHelper: 'M' };
const formulasOf = (text: string, invalid = false) => rowFormulas(read(text), invalid, REFS, DEFAULT_SETTINGS_NAMES);
const helperOf = (text: string, header: string) => formulasOf(text).helpers[HELPER_HEADERS.indexOf(`${HELPER_HEADER_PREFIX}${header}`)];

/** Functions the formulas may call: each in Excel 2016, Excel on the web, Google Sheets and HyperFormula. */
const PORTABLE = [
  'IF',
  'AND',
  'OR',
  'NOT',
  'ISNUMBER',
  'ISTEXT',
  'ISLOGICAL',
  'FIND',
  'SUBSTITUTE',
  'LOWER',
  'TRIM',
  'INT',
  'MOD',
  'MIN',
  'MAX',
  'MONTH',
  'YEAR',
  'DATE',
  'EOMONTH',
  'WORKDAY',
  'CHOOSE',
  'RIGHT',
  'FALSE',
];
/** Excel's limits on a formula: 8,192 characters, 64 nested functions. */
const EXCEL_MAX_LENGTH = 8192;
const EXCEL_MAX_NESTING = 64;

const ALL = [...fixtureDeadlines(), ...domainDeadlines(), ...handMadeDeadlines()];
const ALL_FORMULAS = ALL.flatMap((item) => {
  const built = rowFormulas(item.deadline, item.invalid ?? false, REFS, DEFAULT_SETTINGS_NAMES);
  return [built.due, built.status];
});

/** The formula with its text constants taken out, to look at its calls and references. */
const code = (formula: string) => formula.replace(/"(?:[^"]|"")*"/g, '""');

function nesting(formula: string): number {
  let depth = 0;
  let deepest = 0;
  for (const char of code(formula)) {
    if (char === '(') deepest = Math.max(deepest, ++depth);
    if (char === ')') depth -= 1;
  }
  return deepest;
}

describe('the helper columns', () => {
  it('are headed in Vietnamese with the helper mark, once each', () => {
    expect(HELPER_HEADERS.every((header) => header.startsWith(HELPER_HEADER_PREFIX))).toBe(true);
    expect(new Set(HELPER_HEADERS).size).toBe(HELPER_HEADERS.length);
    expect(HELPER_HEADERS).toContain('CCHC·loại hạn');
  });

  it('hold one value per header for every deadline', () => {
    for (const item of ALL) expect(rowFormulas(item.deadline, false, REFS, DEFAULT_SETTINGS_NAMES).helpers, item.name).toHaveLength(HELPER_HEADERS.length);
  });

  it('hold the window and due date of "Quý I/2026" as serial numbers', () => {
    expect(formulasOf('Quý I/2026').helpers.slice(0, 3)).toEqual(['period', sheetSerial('2026-01-01'), sheetSerial('2026-03-31')]);
    expect(sheetSerial('2026-03-31')).toBe(46112);
  });

  it('hold the cycle of "Trước ngày 10 của tháng cuối quý": 3 months, due on the 9th', () => {
    expect(helperOf('Trước ngày 10 của tháng cuối quý', 'chu kỳ (tháng)')).toBe(3);
    expect(helperOf('Trước ngày 10 của tháng cuối quý', 'ngày hạn trong chu kỳ')).toBe(9);
    expect(helperOf('Hằng năm', 'chu kỳ (tháng)')).toBe(12);
    expect(helperOf('Hằng năm', 'ngày hạn trong chu kỳ')).toBeNull();
  });

  it('hold the days of an after-event deadline and whether they are working days', () => {
    const text = 'Chậm nhất 30 ngày làm việc kể từ ngày UBND Thành phố ký Quyết định';
    expect([helperOf(text, 'số ngày sau sự kiện'), helperOf(text, 'tính ngày làm việc')]).toEqual([30, 1]);
    expect(helperOf('Trong vòng 15 ngày kể từ ngày nhận được văn bản', 'tính ngày làm việc')).toBe(0);
  });

  it('say "invalid" for a row that failed validation, whose formulas are the INVALID label and no due date', () => {
    const built = formulasOf('Quý I/2026', true);
    expect(built.helpers[0]).toBe('invalid');
    expect(built.helpers.slice(1).every((value) => value === null)).toBe(true);
    expect([built.due, built.status]).toEqual(['""', '"Lỗi dữ liệu"']);
  });

  it('take the earliest four steps of a longer schedule; the formulas hold the rest as DATE(…)', () => {
    const item = handMadeDeadlines().find((named) => named.name.startsWith('seven monthly milestones'))!;
    const built = rowFormulas(item.deadline, false, REFS, DEFAULT_SETTINGS_NAMES);
    expect(built.helpers.slice(1, 9)).toEqual(['2026-01-01', '2026-01-31', '2026-02-01', '2026-02-28', '2026-03-01', '2026-03-31', '2026-04-01', '2026-04-30'].map(sheetSerial));
    expect(built.due).toContain('DATE(2026,7,31)');
  });
});

describe('the formulas', () => {
  it('call only functions that Excel 2016, Excel on the web, Google Sheets and HyperFormula all have', () => {
    const called = new Set(ALL_FORMULAS.flatMap((formula) => [...code(formula).matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((match) => match[1]!)));
    expect([...called].filter((name) => !PORTABLE.includes(name))).toEqual([]);
    const registered = HyperFormula.getRegisteredFunctionNames('enGB');
    expect(PORTABLE.filter((name) => !registered.includes(name))).toEqual([]);
  });

  it('use commas between arguments, no array constants and no TRUE/FALSE constants', () => {
    for (const formula of ALL_FORMULAS) {
      expect(code(formula)).not.toMatch(/[;{}]/);
      expect(code(formula)).not.toMatch(/\b(?:TRUE|FALSE)\b(?!\()/);
    }
  });

  it("stay within Excel's limits of 8,192 characters and 64 nested functions", () => {
    const longest = Math.max(...ALL_FORMULAS.map((formula) => formula.length));
    expect(longest).toBeLessThan(EXCEL_MAX_LENGTH);
    expect(Math.max(...ALL_FORMULAS.map(nesting))).toBeLessThan(EXCEL_MAX_NESTING);
  });

  it("refer only to their own row's cells and the settings' names", () => {
    const refs: RowRefs = { row: 12, progress: 'P', completedOn: 'Q', dueOverride: 'R', eventDate: 'S', due: 'T', firstHelper: 'AA' };
    const names = { asOf: 'AsOf', dueSoonDays: 'Window', daysOff: 'DaysOff', doneWords: 'DoneWords' };
    const helperLetters = HELPER_HEADERS.map((_, index) => (index < 26 ? `A${String.fromCharCode(65 + index)}` : '?'));
    for (const item of ALL) {
      const built = rowFormulas(item.deadline, item.invalid ?? false, refs, names);
      for (const formula of [built.due, built.status]) {
        const words =
          code(formula)
            .replace(/[A-Z][A-Z0-9.]*\(/g, '(')
            .match(/[A-Za-z]+\d*/g) ?? [];
        for (const word of words) {
          const cell = /^([A-Z]+)(\d+)$/.exec(word);
          if (cell === null) expect(Object.values(names), `${item.name}: ${word}`).toContain(word);
          else expect([cell[2], ['P', 'Q', 'R', 'S', 'T', ...helperLetters].includes(cell[1]!)], `${item.name}: ${word}`).toEqual(['12', true]);
        }
      }
    }
  });

  it('read "Năm 2026" from its helper columns, the override and the as-of date, and the done texts from their named cell', () => {
    const built = formulasOf('Năm 2026');
    expect(built.due).toBe('IF(IF(ISNUMBER(I5),AND(I5>=32874,I5<73051)),INT(I5),O5)');
    expect(built.status).not.toContain(DONE_SPELLINGS[0]);
    expect(built.status).toMatchInlineSnapshot(
      `"IF(IF(ISTEXT(G5),ISNUMBER(FIND("|"&SUBSTITUTE(LOWER(TRIM(G5)),"|","/")&"|",DsHoanThanh)),IF(ISNUMBER(G5),OR(G5=1,G5=100),IF(ISLOGICAL(G5),G5))),IF(IF(ISNUMBER(H5),AND(H5>=32874,H5<73051)),IF(INT(H5)<=K5,"Hoàn thành đúng hạn","Hoàn thành quá hạn"),"Hoàn thành"),IF(IF(ISNUMBER(I5),AND(I5>=32874,I5<73051)),IF(K5<NgayDanhGia,"Quá hạn",IF(K5-NgayDanhGia<=SoNgaySapDenHan,"Sắp đến hạn","Đang thực hiện (trong hạn)")),IF(K5<NgayDanhGia,"Quá hạn",IF(K5-NgayDanhGia<=SoNgaySapDenHan,"Sắp đến hạn",IF(NgayDanhGia<N5,"Chưa đến kỳ thực hiện","Đang thực hiện (trong hạn)")))))"`,
    );
  });
});

describe('the formulas evaluated', () => {
  const evaluate = (text: string, asOf: string, cells: { progress?: string; completedOn?: string }) => {
    const sheet = new PlanSheetEngine([{ deadline: read(text), progress: cells.progress ?? null, completedOn: cells.completedOn === undefined ? null : sheetSerial(cells.completedOn) }], {
      years: HOLIDAY_YEARS,
    });
    sheet.setAsOf(asOf);
    const [result] = sheet.results();
    sheet.destroy();
    return result;
  };

  it('say "Sắp đến hạn", due 31/03/2026, for "Quý I/2026" in progress on 25/03/2026', () => {
    expect(evaluate('Quý I/2026', '2026-03-25', { progress: 'Đang thực hiện' })).toEqual({ due: '2026-03-31', status: 'Sắp đến hạn' });
  });

  it('say "Hoàn thành quá hạn" for "Trước ngày 15/01/2026" done on 20/01/2026', () => {
    expect(evaluate('Trước ngày 15/01/2026', '2026-02-01', { progress: 'Hoàn thành', completedOn: '2026-01-20' })).toEqual({ due: '2026-01-14', status: 'Hoàn thành quá hạn' });
  });

  it('judge a yearly task on the current year: done in November 2026, it is open again in 2027', () => {
    expect(evaluate('Hằng năm', '2026-12-30', { progress: 'Hoàn thành', completedOn: '2026-11-15' })).toEqual({ due: '2026-12-31', status: 'Hoàn thành đúng hạn – kỳ năm 2026' });
    expect(evaluate('Hằng năm', '2027-02-01', { progress: 'Hoàn thành', completedOn: '2026-11-15' })).toEqual({ due: '2027-12-31', status: 'Đang thực hiện (trong hạn) – kỳ năm 2027' });
  });

  it('count 30 working days over Tết from the event date the user enters', () => {
    const sheet = new PlanSheetEngine([{ deadline: read('Chậm nhất 30 ngày làm việc kể từ ngày UBND Thành phố ký Quyết định'), eventDate: sheetSerial('2026-02-10') }], { years: HOLIDAY_YEARS });
    sheet.setAsOf('2026-03-01');
    expect(sheet.results()).toEqual([{ due: '2026-03-31', status: 'Đang thực hiện (trong hạn)' }]);
    expect(createWorkingCalendar().addWorkingDays('2026-02-10', 30)).toBe('2026-03-31');
    sheet.destroy();
  });

  it('take a date typed as text as no date, where computeStatus would read it (the sheet asks for real dates)', () => {
    const task = { deadline: read('Quý I/2026'), progress: 'Hoàn thành', completedOn: '20/03/2026' };
    const sheet = new PlanSheetEngine([task], { years: HOLIDAY_YEARS });
    sheet.setAsOf('2026-04-10');
    expect(sheet.results()).toEqual([{ due: '2026-03-31', status: 'Hoàn thành' }]);
    expect(engineResult(task, '2026-04-10')).toEqual({ due: '2026-03-31', status: 'Hoàn thành đúng hạn' });
    sheet.destroy();
  });

  it('builds its refs from the plan sheet layout', () => {
    expect(rowRefs(7)).toEqual({ row: 7, progress: 'G', completedOn: 'H', dueOverride: 'I', eventDate: 'J', due: 'K', firstHelper: 'M' });
  });
});
