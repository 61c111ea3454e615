import type ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWN_SHEETS_REGISTRY } from '../../src/sheet-model/own-sheets.js';
import { writeReportWorkbook } from '../../io/xlsx-report/write-report-workbook.js';
import { writeTemplateWorkbook } from '../../io/xlsx-report/write-template-workbook.js';
import { fromLocalDate } from '../../src/dates/calendar-date.js';
import { assessPlan } from '../../src/plan/assess-plan.js';
import type { Plan } from '../../src/plan/plan.js';
import { PLAN_SHEET_COLUMNS } from '../../src/sheet/plan-sheet-layout.js';
import { readFixturePlan } from '../helpers/fixture-plans.js';
import { loadExcel, planFromWorkbook, reportInput, USER_PLAN_SHEET, userWorkbook, withProgress } from '../helpers/report-workbook-inputs.js';

/**
 * LibreOffice opens what the product writes: it prints the report and the template to PDF, saves
 * them again as .xlsx, and — since it recalculates every formula on loading — computes each task's
 * due date and status as the core does. Needs LibreOffice (`apt-get install libreoffice-calc-nogui`).
 */
const run = promisify(execFile);
const TIMEOUT = 120_000;

const folder = mkdtempSync(join(tmpdir(), 'cchc-libreoffice-'));
const profile = join(folder, 'profile');

async function soffice(args: string[]): Promise<void> {
  await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...args], { timeout: TIMEOUT });
}

/** Reports from the fixtures (tracking cells filled in) and from a clerk's own workbook, and the template. */
const files: { name: string; plan: Plan | null; bytes: Uint8Array; sheets: string[] }[] = [];
let today = '';

beforeAll(async () => {
  for (const fixture of ['dong-da-2026-2030', 'an-tuong-2026', 'tran-hung-dao-2026'] as const) {
    const plan = withProgress(await readFixturePlan(fixture));
    const bytes = await writeReportWorkbook(reportInput(plan));
    files.push({ name: fixture, plan, bytes, sheets: ['Theo dõi CCHC', 'Tổng hợp Quý I-2026', 'Cài đặt CCHC', OWN_SHEETS_REGISTRY] });
  }
  const source = await userWorkbook();
  const plan = await planFromWorkbook(source, USER_PLAN_SHEET);
  files.push({
    name: 'nguoi-dung',
    plan,
    bytes: await writeReportWorkbook(reportInput(plan, 'Quý I/2026', source)),
    sheets: [USER_PLAN_SHEET, 'Hướng dẫn', 'Theo dõi CCHC', 'Tổng hợp Quý I-2026', 'Cài đặt CCHC', OWN_SHEETS_REGISTRY],
  });
  files.push({ name: 'mau', plan: null, bytes: await writeTemplateWorkbook({ year: 2026 }), sheets: ['Theo dõi CCHC', 'Cài đặt CCHC', OWN_SHEETS_REGISTRY] });
  for (const file of files) writeFileSync(join(folder, `${file.name}.xlsx`), file.bytes);
  today = fromLocalDate(new Date());
  const inputs = files.map((file) => join(folder, `${file.name}.xlsx`));
  await soffice(['--convert-to', 'pdf', '--outdir', join(folder, 'pdf'), ...inputs]);
  await soffice(['--convert-to', 'xlsx', '--outdir', join(folder, 'xlsx'), ...inputs]);
}, 2 * TIMEOUT);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('LibreOffice', () => {
  it('prints every report and the template to a PDF with pages', () => {
    for (const file of files) {
      const pdf = readFileSync(join(folder, 'pdf', `${file.name}.pdf`)).toString('latin1');
      expect(pdf.startsWith('%PDF-'), file.name).toBe(true);
      const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages, file.name).toBeGreaterThanOrEqual(file.plan === null ? 2 : 3);
    }
  });

  it('draws the summary’s charts (tasks by status; completion rate by lead unit) from the chart parts, without recalculating', async () => {
    const file = files.find((item) => item.name === 'tran-hung-dao-2026')!;
    const { stdout } = await run('pdftotext', ['-layout', join(folder, 'pdf', `${file.name}.pdf`), '-']);
    // The titles are drawn by the charts only (no cell holds them).
    expect(stdout).toContain('Số nhiệm vụ theo trạng thái');
    expect(stdout).toContain('Tỷ lệ hoàn thành nhiệm vụ đến hạn theo đơn vị chủ trì');
  });

  it('saves them again as .xlsx that exceljs opens, with the same sheets', async () => {
    for (const file of files) {
      const workbook = await roundTrip(file.name);
      expect(
        workbook.worksheets.map((sheet) => sheet.name),
        file.name,
      ).toEqual(file.sheets);
      // LibreOffice has no "very hidden": the registry comes back merely hidden.
      expect(workbook.getWorksheet(OWN_SHEETS_REGISTRY)!.state).not.toBe('visible');
    }
  });

  it('computes every due date and status as the core does on the same day, with no error anywhere', async () => {
    const due = PLAN_SHEET_COLUMNS.findIndex((column) => column.key === 'due') + 1;
    for (const file of files) {
      const workbook = await roundTrip(file.name);
      for (const sheet of workbook.worksheets) expect(errorsIn(sheet), `${file.name}: ${sheet.name}`).toEqual([]);
      if (file.plan === null) continue;
      const expected = assessPlan(file.plan, { asOf: today }).tasks.map(({ task, status }) => [task.stt, status.due, status.label]);
      const sheet = workbook.getWorksheet('Theo dõi CCHC')!;
      const computed: unknown[] = [];
      sheet.eachRow((row) => {
        if (row.number <= 3 || typeof row.getCell(1).value !== 'number') return;
        const dueValue = resultOf(row.getCell(due).value);
        computed.push([String(row.getCell(1).value), dueValue instanceof Date ? dueValue.toISOString().slice(0, 10) : null, resultOf(row.getCell(due + 1).value)]);
      });
      expect(computed, file.name).toEqual(expected);
    }
  });
});

const roundTrips = new Map<string, Promise<ExcelJS.Workbook>>();

function roundTrip(name: string): Promise<ExcelJS.Workbook> {
  let workbook = roundTrips.get(name);
  if (workbook === undefined) roundTrips.set(name, (workbook = loadExcel(new Uint8Array(readFileSync(join(folder, 'xlsx', `${name}.xlsx`))))));
  return workbook;
}

function resultOf(value: ExcelJS.CellValue): unknown {
  if (value !== null && typeof value === 'object' && 'formula' in value) return value.result ?? null;
  return value;
}

/** Addresses of cells holding an error value, or a formula whose result is one (#VALUE!, #NAME?, …). */
function errorsIn(sheet: ExcelJS.Worksheet): string[] {
  const errors: string[] = [];
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      const value = resultOf(cell.value);
      if (value !== null && typeof value === 'object' && 'error' in value) errors.push(`${cell.address} ${String(value.error)}`);
    });
  });
  return errors;
}
