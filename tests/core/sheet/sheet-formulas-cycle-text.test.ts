import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/dates/calendar-date.js';
import { parseDeadline } from '../../../src/deadline/parse-deadline.js';
import { sheetSerial } from '../../../src/sheet/sheet-serial.js';
import { CYCLE_MARK } from '../../../src/status/cycle-name.js';
import { HOLIDAY_YEARS } from '../../helpers/sheet-formulas-compare.js';
import { taskVariants } from '../../helpers/sheet-formulas-tasks.js';
import { PlanSheetEngine, engineResult, type SheetTask } from '../../helpers/sheet-formulas-workbook.js';

const read = (text: string) => parseDeadline(text, { planYear: 2026 });

/** Recurring deadlines of every cycle length, clamped ones, and recurring parts beside undated ones or dated ones. */
const RECURRING_TEXTS = [
  'Hằng năm',
  '6 tháng/lần',
  'Hằng quý',
  'Hằng tháng',
  'Trước ngày 10 của tháng cuối quý',
  'Từ năm 2026',
  'Hằng năm, đến năm 2028',
  'Thường xuyên, định kỳ hằng quý báo cáo',
  'Theo chỉ đạo của UBND Thành phố - 06 tháng/lần',
  'Quý I/2026; hằng quý',
];

const AS_OF_DATES: readonly IsoDate[] = ['2025-11-20', '2026-01-01', '2026-03-05', '2026-03-31', '2026-06-28', '2026-07-01', '2026-09-30', '2026-12-04', '2026-12-31', '2027-02-01', '2029-05-15'];

/** The sheet's results and the engine's, task by task, on each day. */
function compare(tasks: readonly SheetTask[], convention: 'comma' | 'semicolon') {
  const sheet = new PlanSheetEngine(tasks, { years: HOLIDAY_YEARS, convention });
  try {
    return AS_OF_DATES.map((asOf) => {
      sheet.setAsOf(asOf);
      return { asOf, sheet: sheet.results(), engine: tasks.map((task) => engineResult(task, asOf)) };
    });
  } finally {
    sheet.destroy();
  }
}

describe('the cycle a recurring task is judged on, named in its status', () => {
  const cases: readonly { text: string; asOf: IsoDate; task?: Partial<SheetTask>; status: string }[] = [
    // Issue 17: marked done in an earlier quarter, due on the 9th of December: it is this quarter that is due.
    { text: 'Trước ngày 10 của tháng cuối quý', asOf: '2026-12-04', task: { progress: 'Hoàn thành', completedOn: sheetSerial('2026-09-20') }, status: 'Sắp đến hạn – kỳ quý IV/2026' },
    { text: 'Trước ngày 10 của tháng cuối quý', asOf: '2026-03-20', task: { progress: 'Hoàn thành', completedOn: sheetSerial('2026-03-05') }, status: 'Hoàn thành đúng hạn – kỳ quý I/2026' },
    { text: 'Hằng quý', asOf: '2026-05-10', task: { progress: 'Hoàn thành' }, status: 'Hoàn thành – kỳ quý II/2026' },
    { text: 'Hằng năm', asOf: '2026-12-30', status: 'Sắp đến hạn – kỳ năm 2026' },
    { text: '6 tháng/lần', asOf: '2026-03-01', status: 'Đang thực hiện (trong hạn) – kỳ 6 tháng đầu năm 2026' },
    { text: '6 tháng/lần', asOf: '2026-08-01', task: { progress: 'Đang thực hiện' }, status: 'Đang thực hiện (trong hạn) – kỳ 6 tháng cuối năm 2026' },
    { text: 'Hằng tháng', asOf: '2026-03-05', status: 'Đang thực hiện (trong hạn) – kỳ tháng 03/2026' },
    { text: 'Hằng tháng', asOf: '2026-11-30', status: 'Sắp đến hạn – kỳ tháng 11/2026' },
    // Before its first year, a task "from 2026" is judged on 2026, not on the as-of date's year.
    { text: 'Từ năm 2026', asOf: '2025-11-20', status: 'Chưa đến kỳ thực hiện – kỳ năm 2026' },
    { text: 'Hằng năm', asOf: '2027-02-01', task: { progress: 'Hoàn thành', completedOn: sheetSerial('2026-11-15') }, status: 'Đang thực hiện (trong hạn) – kỳ năm 2027' },
    // No cycle to name: a "Hạn cụ thể" replaces the deadline, a dated part may decide, a finished cycle beside a directive waits.
    { text: 'Hằng quý', asOf: '2026-05-10', task: { dueOverride: sheetSerial('2026-05-20') }, status: 'Đang thực hiện (trong hạn)' },
    { text: 'Quý I/2026; hằng quý', asOf: '2026-12-04', status: 'Quá hạn' },
    { text: 'Theo chỉ đạo của UBND Thành phố - 06 tháng/lần', asOf: '2026-08-01', task: { completedOn: sheetSerial('2026-07-15') }, status: 'Chưa có thời hạn cụ thể' },
  ];

  it.each(['comma', 'semicolon'] as const)('is the same text in the formulas (%s separators) and in the engine', (convention) => {
    for (const { text, asOf, task, status } of cases) {
      const one: SheetTask = { deadline: read(text), ...task };
      const sheet = new PlanSheetEngine([one], { years: HOLIDAY_YEARS, convention });
      sheet.setAsOf(asOf);
      const [formula] = sheet.results();
      sheet.destroy();
      const engine = engineResult(one, asOf);
      expect(engine.status, `${text} on ${asOf}`).toBe(status);
      expect(formula, `${text} on ${asOf}`).toEqual(engine);
    }
  });

  it.each(['comma', 'semicolon'] as const)(
    'matches the engine for every progress and date variant of recurring deadlines, on days across cycles and years (%s separators)',
    (convention) => {
      const tasks = RECURRING_TEXTS.flatMap((text, index) => taskVariants({ name: text, deadline: read(text) }, index));
      const days = compare(tasks, convention);
      let named = 0;
      for (const { asOf, sheet, engine } of days) {
        sheet.forEach((result, index) => expect(result, `${tasks[index]!.deadline.text} ${JSON.stringify(tasks[index])} on ${asOf}`).toEqual(engine[index]));
        named += engine.filter((result) => result.status.includes(CYCLE_MARK)).length;
      }
      // Most rows name their cycle; the rest are the ones without a cycle to name.
      const rows = tasks.length * AS_OF_DATES.length;
      expect(named).toBeGreaterThan(rows / 2);
      expect(named).toBeLessThan(rows);
    },
    120_000,
  );
});
