import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/grid/cell-value.js';
import { assessPlan } from '../../../src/plan/assess-plan.js';
import { readPlan } from '../../../src/plan/read-plan.js';

const HEADER = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm', 'Thời gian'];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('I', 'II', 'VIII', '1V', '1', '12', '1.2', 'a)', '=SUM(A1:A3)', '=1+1', '+84', '-', 'Quý I/2026', 'Thường xuyên', '<b>II</b>', '<ul><li>x'),
  fc.constantFrom(...HEADER),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }, { error: '#DIV/0!' }),
  fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }).map((date) => ({ date: date.toISOString().slice(0, 10) })),
);

const rows = fc.array(fc.array(cellValue, { maxLength: 12 }), { maxLength: 40 });

/** Reading and judging must end in a plan or a clear finding: never an exception. */
function readsSafely(grid: CellValue[][]) {
  const result = readPlan({ sheet: 'Trang tính 1', rows: grid }, { fallbackYear: 2026 });
  if (!result.found) {
    expect(result.issue.code).toBe('NO_TASK_TABLE');
    expect(result.issue.message).toContain('Cần một dòng tiêu đề');
    return;
  }
  const assessed = assessPlan(result.plan, { asOf: '2026-06-14' });
  expect(assessed.tasks).toHaveLength(result.plan.tasks.length);
  for (const issue of assessed.issues) {
    expect(issue.cell).toMatch(/^[A-Z]+\d+$/);
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

describe('reading any grid, however odd', () => {
  it('never throws on random grids', () => {
    fc.assert(fc.property(rows, readsSafely), { numRuns: 300 });
  });

  it('never throws on random rows under a real header', () => {
    fc.assert(
      fc.property(rows, (body) => readsSafely([HEADER, ...body])),
      { numRuns: 300 },
    );
  });

  it('says there is no table in an empty grid and in a one-cell grid', () => {
    expect(readPlan({ sheet: 'Trống', rows: [] }, { fallbackYear: 2026 }).found).toBe(false);
    expect(readPlan({ sheet: 'Một ô', rows: [['STT']] }, { fallbackYear: 2026 }).found).toBe(false);
  });

  it('reads a row of 10,000 columns without trouble', () => {
    const wide = Array.from({ length: 10_000 }, (_, column) => (column % 7 === 0 ? `Cột ${column}` : null));
    readsSafely([wide, HEADER, ['1', 'Ban hành kế hoạch', 'Phòng VHXH', '', 'Kế hoạch', 'Quý I/2026', ...wide]]);
  });

  it('keeps text that starts with "=" as text', () => {
    const result = readPlan({ sheet: 'x', rows: [HEADER, ['1', '=HYPERLINK("x")', 'Phòng VHXH', '', 'Kế hoạch', 'Quý I/2026']] }, { fallbackYear: 2026 });
    expect(result.found && result.plan.tasks[0]!.task).toBe('=HYPERLINK("x")');
  });
});
