import { describe, expect, it } from 'vitest';
import type { DeadlineKind, RecurrenceEvery } from '../../../src/deadline/deadline.js';
import { parseDeadline } from '../../../src/deadline/parse-deadline.js';
import { fixtureDeadlineCells, type FixtureDeadlineColumn } from '../../helpers/deadline-fixture-cells.js';

/** [STT, the cell as written, kind, start, due, recurrence] — plan year 2026 for all three plans. */
type Expected = readonly [string, string, DeadlineKind, string | null, string | null, RecurrenceEvery | null];

const DONG_DA: readonly Expected[] = [
  ['1', 'Chậm nhất 30 ngày làm việc kể từ ngày UBND Thành phố ký Quyết định ban hành Kế hoạch', 'after-event', null, null, null],
  ['2', 'Theo chỉ đạo của UBND Thành phố', 'directive', null, null, null],
  ['3', 'Hằng năm', 'recurring', null, null, 'year'],
  ['4', 'Hằng năm', 'recurring', null, null, 'year'],
  ['5', 'Theo chỉ đạo của UBND Thành phố', 'directive', null, null, null],
  ['6', '<ul style="list-style-type: none"> - Theo chỉ đạo của UBND Thành phố - 06 tháng/lần', 'recurring', null, null, 'half-year'],
  ['7', 'Ban hành Kế hoạch hàng năm', 'recurring', null, null, 'year'],
  ['8', 'Hàng năm', 'recurring', null, null, 'year'],
  ['9', '2026-2030', 'span', '2026-01-01', '2030-12-31', null],
  ['10', 'Hàng năm', 'recurring', null, null, 'year'],
  ['11', '2026-2030', 'span', '2026-01-01', '2030-12-31', null],
  ['12', '2026-2030', 'span', '2026-01-01', '2030-12-31', null],
  ['13', '2026-2030', 'span', '2026-01-01', '2030-12-31', null],
  ['14', '2026-2030', 'span', '2026-01-01', '2030-12-31', null],
  ['15', '2026-2030', 'span', '2026-01-01', '2030-12-31', null],
  ['16', '2026-2030', 'span', '2026-01-01', '2030-12-31', null],
  ['17', '2026-2030', 'span', '2026-01-01', '2030-12-31', null],
  ['18', '2026-2030', 'span', '2026-01-01', '2030-12-31', null],
  ['19', '2026', 'period', '2026-01-01', '2026-12-31', null],
  ['20', '2027', 'period', '2027-01-01', '2027-12-31', null],
  ['21', '2026-2030', 'span', '2026-01-01', '2030-12-31', null],
  ['22', '<ul style="list-style-type: none"> - Theo chỉ đạo của Trung ương, Thành phố - Báo cáo kết quả thực hiện (lồng ghép trong kỳ Báo cáo CCHC)', 'recurring', null, null, 'quarter'],
  ['23', '2026-2030', 'span', '2026-01-01', '2030-12-31', null],
  ['24', '2026-2030', 'span', '2026-01-01', '2030-12-31', null],
  ['25', '2026-2030', 'span', '2026-01-01', '2030-12-31', null],
  ['26', '2026-2030', 'span', '2026-01-01', '2030-12-31', null],
  ['27', '2026-2030', 'span', '2026-01-01', '2030-12-31', null],
  ['28', '2026-2030', 'span', '2026-01-01', '2030-12-31', null],
];

const AN_TUONG: readonly Expected[] = [
  ['1', 'Trước 15/01/2026', 'date', null, '2026-01-14', null],
  ['2', 'Thường xuyên', 'continuous', null, null, null],
  ['3', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['4', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['5', 'Quý I/2026', 'period', '2026-01-01', '2026-03-31', null],
  ['6', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['7', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['8', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['9', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['10', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['11', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['12', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['13', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['14', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['15', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['16', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['17', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['18', 'Quý I/2026', 'period', '2026-01-01', '2026-03-31', null],
  ['19', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['20', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['21', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['22', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['23', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['24', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['25', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['26', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['27', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['28', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['29', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['30', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['31', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['32', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['33', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['34', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['35', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['36', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['37', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['38', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['39', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['40', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['41', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['42', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['43', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['44', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['45', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
];

const TRAN_HUNG_DAO: readonly Expected[] = [
  ['1', 'Trước ngày 15/01/2026', 'date', null, '2026-01-14', null],
  ['2', 'Trước ngày 10 của tháng cuối quý', 'recurring', null, null, 'quarter'],
  ['3', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['4', 'Theo thời gian đánh giá hàng năm của Bộ Y tế', 'directive', null, null, 'year'],
  ['5', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['6', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['7', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['8', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['9', 'Khi thành phố triển khai KH tổ chức', 'directive', null, null, null],
  ['10', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['11', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['12', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['13', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['14', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['15', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['16', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['17', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['18', 'Quý I năm 2026', 'period', '2026-01-01', '2026-03-31', null],
  ['19', 'Thường xuyên', 'continuous', null, null, null],
  ['20', 'Thường xuyên', 'continuous', null, null, null],
  ['21', 'Thường xuyên', 'continuous', null, null, null],
  ['22', 'Thường xuyên', 'continuous', null, null, null],
  ['23', 'Thường xuyên', 'continuous', null, null, null],
  ['24', 'Thường xuyên', 'continuous', null, null, null],
  ['25', 'Thường xuyên', 'continuous', null, null, null],
  ['26', 'Thường xuyên', 'continuous', null, null, null],
  ['27', 'Thường xuyên', 'continuous', null, null, null],
  ['28', 'Thường xuyên', 'continuous', null, null, null],
  ['29', 'Hàng quý', 'recurring', null, null, 'quarter'],
  ['30', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['31', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['32', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['33', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['34', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['35', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['36', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['37', 'Tháng 01/2026 đến tháng 5 năm 2026', 'period', '2026-01-01', '2026-05-31', null],
  ['38', 'Quý I/2026', 'period', '2026-01-01', '2026-03-31', null],
  ['39', 'Năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['40', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['41', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['42', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['43', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['44', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
  ['45', 'Tháng 10/2026', 'period', '2026-10-01', '2026-10-31', null],
  ['46', 'Tháng 8-9/2026', 'period', '2026-08-01', '2026-09-30', null],
  ['47', 'Cả năm 2026', 'period', '2026-01-01', '2026-12-31', null],
];

const FIXTURES: readonly (readonly [string, FixtureDeadlineColumn, readonly Expected[]])[] = [
  ['dong-da (Phụ lục II, column 7 "Thời gian hoàn thành")', { file: 'dong-da-2026-2030.txt', column: 6, after: 'Phụ lục II' }, DONG_DA],
  ['an-tuong (column 6 "Thời gian")', { file: 'an-tuong-2026.txt', column: 5 }, AN_TUONG],
  ['tran-hung-dao (column 5 "Thời gian thực hiện/ hoàn thành")', { file: 'tran-hung-dao-2026.txt', column: 4 }, TRAN_HUNG_DAO],
];

describe.each(FIXTURES)('the deadline cells of %s', (_name, column, expected) => {
  const cells = fixtureDeadlineCells(column);

  it("are all listed here, task by task, in the fixture's order", () => {
    expect(cells.map((cell) => [cell.stt, cell.text])).toEqual(expected.map(([stt, text]) => [stt, text]));
  });

  it('are all understood: none is unknown, and no part of any is unknown', () => {
    for (const cell of cells) {
      const deadline = parseDeadline(cell.text, { planYear: 2026 });
      expect(deadline.kind, cell.text).not.toBe('unknown');
      expect(
        deadline.parts.filter((part) => part.kind === 'unknown'),
        cell.text,
      ).toEqual([]);
    }
  });

  it.each(expected)('reads task %s, "%s", as %s from %s due %s (recurring: %s)', (_stt, text, kind, start, due, every) => {
    const deadline = parseDeadline(text, { planYear: 2026 });
    expect({ kind: deadline.kind, start: deadline.start, due: deadline.due, every: deadline.recurrence?.every ?? null }).toEqual({
      kind,
      start,
      due,
      every,
    });
  });
});

describe("the fixtures' cells that need a closer look", () => {
  it('reads dong-da task 1 as 30 working days after the City signs the plan', () => {
    const deadline = parseDeadline(DONG_DA[0]?.[1] ?? '', { planYear: 2026 });
    expect(deadline.afterEvent).toEqual({
      days: 30,
      workingDays: true,
      event: 'UBND Thành phố ký Quyết định ban hành Kế hoạch',
    });
  });

  it("keeps both bullets of dong-da task 6: the City's direction and the half-yearly cycle", () => {
    const deadline = parseDeadline(DONG_DA[5]?.[1] ?? '', { planYear: 2026 });
    expect(deadline.parts.map((part) => [part.kind, part.text])).toEqual([
      ['directive', 'Theo chỉ đạo của UBND Thành phố'],
      ['recurring', '06 tháng/lần'],
    ]);
  });

  it('reads the second bullet of dong-da task 22 as the quarterly CCHC reporting cycle', () => {
    const deadline = parseDeadline(DONG_DA[21]?.[1] ?? '', { planYear: 2026 });
    expect(deadline.parts.map((part) => [part.kind, part.text, part.recurrence ?? null])).toEqual([
      ['directive', 'Theo chỉ đạo của Trung ương, Thành phố', null],
      ['recurring', 'Báo cáo kết quả thực hiện (lồng ghép trong kỳ Báo cáo CCHC)', { every: 'quarter', dueDay: null }],
    ]);
  });

  it("reads tran-hung-dao task 2 as due on the 9th of each quarter's last month", () => {
    expect(parseDeadline(TRAN_HUNG_DAO[1]?.[1] ?? '', { planYear: 2026 }).recurrence).toEqual({ every: 'quarter', dueDay: 9 });
  });

  it('reads tran-hung-dao task 4 as a directive that comes back every year, with no date of its own', () => {
    const deadline = parseDeadline(TRAN_HUNG_DAO[3]?.[1] ?? '', { planYear: 2026 });
    expect(deadline).toMatchObject({ kind: 'directive', due: null, recurrence: { every: 'year', dueDay: null } });
  });
});
