import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { generateConsolidatedPlan } from '../../bench/generate-plan.js';
import { writeReportWorkbook } from '../../io/xlsx-report/write-report-workbook.js';
import { readDelimited } from '../../io/files/read-delimited.js';
import { readPlan } from '../../src/plan/read-plan.js';
import { PLAN_SHEET_COLUMNS } from '../../src/sheet/plan-sheet-layout.js';
import { loadExcel, planFromWorkbook, reportInput } from '../helpers/report-workbook-inputs.js';

/**
 * A consolidated plan as the benchmark makes it (66 wards × 50 tasks, sections, repeated headers,
 * continuation rows), written without a source workbook: the plan sheet's rows then go straight into
 * exceljs' streaming writer as XML, and must read back task for task.
 */
describe('a consolidated plan of 3,300 tasks', async () => {
  const rows = generateConsolidatedPlan(66, 50);
  const result = readPlan(readDelimited(rows.map((row) => row.join('\t')).join('\n'), 'tong-hop', 'tong-hop.txt').grid, { fallbackYear: 2026 });
  if (!result.found) throw new Error(result.issue.message);
  const input = reportInput(result.plan, '6 tháng/2026');
  const bytes = await writeReportWorkbook(input);

  it('reads back task for task, in the same sections', async () => {
    const again = await planFromWorkbook(bytes, 'Theo dõi CCHC');
    expect(again.tasks).toHaveLength(3_300);
    const shape = (tasks: typeof again.tasks) => tasks.map((task) => [task.stt, task.section, task.task, task.lead, task.deadlineText, task.extra]);
    expect(shape(again.tasks)).toEqual(shape(result.plan.tasks));
    expect(again.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('caches each task’s status in its formula cell', async () => {
    const sheet = (await loadExcel(bytes)).getWorksheet('Theo dõi CCHC')!;
    const status = PLAN_SHEET_COLUMNS.findIndex((column) => column.key === 'status') + 1;
    const cached: unknown[] = [];
    sheet.eachRow((row) => {
      if (row.number > 3 && typeof row.getCell(1).value === 'number') cached.push((row.getCell(status).value as ExcelJS.CellFormulaValue).result);
    });
    expect(cached).toEqual(input.assessed.tasks.map((task) => task.status.label));
  });
});
