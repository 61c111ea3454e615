import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readGridFile } from '../../io/files/read-grid-file.js';
import { OWN_SHEETS_REGISTRY, readOwnSheets } from '../../src/sheet-model/own-sheets.js';
import { writeReportWorkbook } from '../../io/xlsx-report/write-report-workbook.js';
import { PLAN_SHEET_COLUMNS, PROGRESS_CHOICES } from '../../src/sheet/plan-sheet-layout.js';
import { DEFAULT_SETTINGS_NAMES, HELPER_HEADERS } from '../../src/sheet/row-formulas.js';
import { statusRuleFormulas } from '../../src/sheet/status-rule-formulas.js';
import { columnLetters } from '../../src/grid/address.js';
import { groupCount, usedStatusGroups } from '../../src/summary/status-groups.js';
import { summarySheetModel } from '../../src/sheet-model/summary-sheet-model.js';
import { STATUS_LABELS } from '../../src/status/status-codes.js';
import { judgedOnNoteText } from '../../src/sheet-model/judged-on-note.js';
import { zipEntryText } from '../helpers/report-workbook-zip.js';
import { AS_OF, loadExcel, planFromWorkbook, USER_PLAN_SHEET, userReportInput, userWorkbook } from '../helpers/report-workbook-inputs.js';

const PLAN = 'Theo dõi CCHC';
const SUMMARY = 'Tổng hợp Quý I-2026';
const SETTINGS = 'Cài đặt CCHC';

const source = await userWorkbook();
const input = await userReportInput(source);
const bytes = await writeReportWorkbook(input);
const workbook = await loadExcel(bytes);
const plan = workbook.getWorksheet(PLAN)!;
const summary = workbook.getWorksheet(SUMMARY)!;
const settings = workbook.getWorksheet(SETTINGS)!;

/** Column number (1-based) of a plan sheet column. */
const column = (header: string) => PLAN_SHEET_COLUMNS.findIndex((item) => item.header === header) + 1;
/** The plan sheet row of a task, by its STT. */
const taskRow = (stt: number) => {
  let found: ExcelJS.Row | undefined;
  plan.eachRow((row) => {
    if (row.number > 3 && row.getCell(1).value === stt) found = row;
  });
  if (found === undefined) throw new Error(`No task ${stt}`);
  return found;
};
const models = (sheet: ExcelJS.Worksheet) =>
  sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> }; conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };
const values = (row: ExcelJS.Row) => Array.from({ length: row.cellCount }, (_, index) => row.getCell(index + 1).value ?? null);

describe('the report workbook', () => {
  it('keeps the user’s sheets first, then the plan, the summary, the settings and the very hidden registry', () => {
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      [USER_PLAN_SHEET, 'visible'],
      ['Hướng dẫn', 'visible'],
      [PLAN, 'visible'],
      [SUMMARY, 'visible'],
      [SETTINGS, 'visible'],
      [OWN_SHEETS_REGISTRY, 'veryHidden'],
    ]);
  });

  it('opens on the summary sheet', () => {
    expect(workbook.views[0]?.activeTab).toBe(3);
  });

  it('lists its own sheets in the registry, which readOwnSheets reads back from the grids', async () => {
    const file = await readGridFile(bytes, 'bao-cao.xlsx');
    expect(readOwnSheets(file.grids)).toEqual({ plan: PLAN, summaries: [SUMMARY], settings: SETTINGS });
    expect(values(workbook.getWorksheet(OWN_SHEETS_REGISTRY)!.getRow(3))).toEqual([SUMMARY, 'summary', 1, 'Quý I-2026']);
  });
});

describe('the plan sheet', () => {
  const header = values(plan.getRow(3));

  it('has the canonical columns, then the plan’s other columns, then the hidden helper columns', () => {
    expect(header).toEqual([...PLAN_SHEET_COLUMNS.map((item) => item.header), 'Ghi chú', ...HELPER_HEADERS]);
    const hidden = plan.columns.map((item) => item.hidden ?? false);
    expect(hidden).toEqual([...PLAN_SHEET_COLUMNS.map(() => false), false, ...HELPER_HEADERS.map(() => true)]);
    // Four fifths of the layout's widths, so that the table prints at a readable size.
    expect(plan.getColumn(2).width).toBe(PLAN_SHEET_COLUMNS[1]!.width * 0.8);
  });

  it('titles the table with the plan’s title above the note on the day it is judged on, and makes the header bold', () => {
    expect(plan.getCell('A1').value).toBe('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026');
    const note = plan.getCell('A2').value as ExcelJS.CellFormulaValue;
    expect(note.formula).toContain(DEFAULT_SETTINGS_NAMES.asOf);
    expect(note.result).toBe(judgedOnNoteText(input.assessed.asOf));
    expect(String(note.result)).toContain('Các trang “Tổng hợp …” là báo cáo đã chốt số liệu tại ngày cắt kỳ báo cáo');
    expect(plan.getCell('A3').font?.bold).toBe(true);
  });

  it('writes section rows bold, the label in STT and the title in Nhiệm vụ', () => {
    const section = plan.getRow(4);
    expect(values(section).slice(0, 2)).toEqual(['I', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH']);
    expect(section.getCell(2).font?.bold).toBe(true);
    expect(values(plan.getRow(7)).slice(0, 2)).toEqual(['II', 'CẢI CÁCH THỂ CHẾ']);
  });

  it('writes the task cells as text, units joined with "; "', () => {
    expect(values(taskRow(2)).slice(0, 6)).toEqual([2, '=A1+B1 là chữ, không phải công thức', '+84 báo cáo', 'Văn phòng HĐND và UBND; Công an phường', null, 'Quý I/2026']);
  });

  it('writes a text that begins with "=", "+" or "-" as text, never as a formula', () => {
    const row = taskRow(2);
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(PLAN_SHEET_COLUMNS.length + 1).value).toBe('-5 ngày so với kế hoạch');
    expect(row.getCell(PLAN_SHEET_COLUMNS.length + 1).type).toBe(ExcelJS.ValueType.String);
    const xml = zipEntryText(bytes, `xl/worksheets/sheet${(plan as unknown as { id: number }).id}.xml`);
    expect(xml).not.toMatch(/<f>[^<]*A1\+B1/);
    expect(xml).toMatch(new RegExp(`<c r="B${row.number}"[^>]* t="inlineStr"><is><t>=A1\\+B1`));
  });

  it('carries progress over in the dropdown’s words and keeps what it cannot read', () => {
    const progress = [1, 2, 3, 4, 5].map((stt) => taskRow(stt).getCell(column('Tình trạng')).value);
    expect(progress).toEqual(['Hoàn thành', 'Hoàn thành', 'Đang thực hiện', 'tạm dừng', null]);
  });

  it('writes completion dates as real dates shown dd/mm/yyyy, whether the cell held a date or a text', () => {
    for (const [stt, date] of [
      [1, '2026-01-10'],
      [2, '2026-04-02'],
    ] as const) {
      const cell = taskRow(stt).getCell(column('Ngày hoàn thành'));
      expect(cell.value).toEqual(new Date(`${date}T00:00:00Z`));
      expect(cell.numFmt).toBe('dd/mm/yyyy');
    }
  });

  it('writes the due and status formulas with the results the core computed as cached values', () => {
    input.assessed.tasks.forEach(({ task, status }) => {
      const row = taskRow(Number(task.stt));
      const due = row.getCell(column('Hạn (tự tính)')).value as ExcelJS.CellFormulaValue;
      const label = row.getCell(column('Trạng thái (tự tính)')).value as ExcelJS.CellFormulaValue;
      expect(typeof due.formula).toBe('string');
      expect(label.formula).toMatch(/NgayDanhGia|Thường xuyên|Lỗi dữ liệu/);
      expect(label.result).toBe(status.label);
      // An empty result is written as Excel writes it (t="str", <v></v>), which exceljs reads as no result.
      expect(due.result).toEqual(status.due === null ? undefined : new Date(`${status.due}T00:00:00Z`));
    });
    expect(input.assessed.tasks.map(({ status }) => status.code)).toEqual(['DONE_ON_TIME', 'DONE_LATE', 'NOT_DUE', 'CONTINUOUS', 'OVERDUE']);
    expect(taskRow(1).getCell(column('Hạn (tự tính)')).numFmt).toBe('dd/mm/yyyy');
  });

  it('fills the hidden helper columns the formulas read', () => {
    const row = taskRow(1);
    expect(row.getCell(PLAN_SHEET_COLUMNS.length + 2).value).toBe('date');
  });

  it('puts a progress dropdown and date validation on the task rows', () => {
    const rules = Object.entries(models(plan).dataValidations.model).filter(([, rule]) => rule !== undefined);
    const first = 4;
    const last = 10;
    const progress = rules.filter(([address]) => address.startsWith('G')).map(([, rule]) => rule!);
    expect(progress).toHaveLength(last - first + 1);
    expect(progress[0]).toMatchObject({ type: 'list', formulae: [`"${PROGRESS_CHOICES.join(',')}"`] });
    for (const letter of ['H', 'I', 'J']) {
      const dates = rules.filter(([address]) => address.startsWith(letter));
      expect(dates.map(([address]) => address).sort()).toEqual([4, 5, 6, 7, 8, 9, 10].map((row) => `${letter}${row}`).sort());
      expect(dates[0]![1]).toMatchObject({ type: 'date', operator: 'between' });
    }
    expect(rules.every(([address]) => Number(address.slice(1)) >= first && Number(address.slice(1)) <= last)).toBe(true);
  });

  it('colours the rows by status with conditional formats over the used rows only', () => {
    const formats = models(plan).conditionalFormattings;
    expect(formats).toHaveLength(1);
    expect(formats[0]!.ref).toBe('A4:M10');
    const expected = statusRuleFormulas('L', 4);
    const rules = formats[0]!.rules as (ExcelJS.ConditionalFormattingRule & { formulae: string[]; style: Partial<ExcelJS.Style> })[];
    expect(rules.map((rule) => [rule.type, rule.formulae[0]])).toEqual([
      ['expression', expected.invalid],
      ['expression', expected.overdue],
      ['expression', expected.dueSoon],
      ['expression', expected.done],
    ]);
    expect(rules[1]!.style.fill).toMatchObject({ bgColor: { argb: 'FFFFC7CE' } });
    expect(rules[2]!.style.fill).toMatchObject({ bgColor: { argb: 'FFFFEB9C' } });
    expect(rules[3]!.style.fill).toMatchObject({ bgColor: { argb: 'FFC6EFCE' } });
    expect(rules[0]!.style.border?.top).toMatchObject({ style: 'thin' });
  });

  it('freezes the header row and filters on it', () => {
    expect(plan.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(plan.autoFilter).toBe('A3:M10');
  });

  it('reads back as the same plan', async () => {
    const again = await planFromWorkbook(bytes, PLAN);
    const tasks = (list: typeof again.tasks) => list.map((task) => [task.stt, task.section, task.task, task.deliverable, task.lead, task.deadlineText, task.extra]);
    expect(tasks(again.tasks)).toEqual(tasks(input.assessed.plan.tasks));
    expect(again.plan.year).toBe(2026);
    // The note on the judging day is the product's own line: no part of the title or the heading.
    expect(again.plan.title).toBe('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026');
    expect(again.heading).toEqual(['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026']);
    expect(again.layout.extraColumns.map((item) => item.header)).toEqual(['Ghi chú']);
    expect(again.issues).toEqual([]);
  });
});

describe('print setup', () => {
  const summaryScale = summarySheetModel(input.summary, { name: SUMMARY, planTitle: input.assessed.plan.plan.title }).print!.scale;
  it('prints every sheet on A4, the plan and the settings one page wide, the summary at the scale the core laid it out for; the plan and the summary landscape with their headers repeated', () => {
    for (const [sheet, orientation, titles] of [
      [plan, 'landscape', '3:3'],
      [summary, 'landscape', '1:3'],
      [settings, 'portrait', undefined],
    ] as const) {
      const fit = sheet === summary ? { fitToPage: false, scale: summaryScale } : { fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation, ...fit });
      expect(sheet.pageSetup.printTitlesRow).toBe(titles);
    }
    expect(summaryScale).toBeGreaterThanOrEqual(85);
  });

  it('wraps the text of the task cells and gives each row the height its text needs', () => {
    expect(taskRow(1).getCell(2).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    // "Văn phòng HĐND và UBND; Công an phường" takes two lines of the 24-wide lead column.
    expect(taskRow(2).height).toBeGreaterThanOrEqual(2 * 14.5);
    expect(plan.getRow(4).height).toBeLessThan(2 * 14.5);
  });
});

describe('the settings sheet', () => {
  const cell = (name: string) => {
    const range = workbook.definedNames.model.find((item) => item.name === name)!.ranges[0]!;
    return range;
  };

  it('defines the names the formulas read, on the settings sheet', () => {
    expect(workbook.definedNames.model.map((item) => item.name).sort()).toEqual(['DonViChuTri', ...Object.values(DEFAULT_SETTINGS_NAMES)].sort());
    expect(cell(DEFAULT_SETTINGS_NAMES.asOf)).toBe(`'${SETTINGS}'!$B$4`);
    expect(cell(DEFAULT_SETTINGS_NAMES.dueSoonDays)).toBe(`'${SETTINGS}'!$B$5`);
    expect(cell(DEFAULT_SETTINGS_NAMES.daysOff)).toMatch(new RegExp(`^'${SETTINGS}'!\\$B\\$10:\\$B\\$\\d+$`));
  });

  it('holds =TODAY(), the due-soon window and the plan’s year, each with a Vietnamese explanation', () => {
    expect(settings.getCell('B4').value).toEqual({ formula: 'TODAY()', result: new Date(`${AS_OF}T00:00:00Z`) });
    expect(settings.getCell('B4').numFmt).toBe('dd/mm/yyyy');
    expect(settings.getCell('B5').value).toBe(7);
    expect(settings.getCell('B6').value).toBe(2026);
    expect([4, 5, 6].map((row) => settings.getCell(`A${row}`).value)).toEqual(['Ngày đánh giá', 'Số ngày báo trước khi đến hạn', 'Năm của kế hoạch']);
    expect(String(settings.getCell('C4').value)).toContain('=TODAY()');
  });

  it('lists the holidays from the year before the plan to four years after, with room for the user’s own', () => {
    const dates: string[] = [];
    settings.eachRow((row) => {
      const value = row.getCell(2).value;
      if (row.number >= 10 && value instanceof Date) dates.push(value.toISOString().slice(0, 10));
    });
    expect(dates[0]).toBe('2025-01-01');
    expect(dates.at(-1)?.slice(0, 4)).toBe('2030');
    expect(dates).toContain('2026-02-17');
    const last = Number(/\$(\d+)$/.exec(cell(DEFAULT_SETTINGS_NAMES.daysOff))![1]);
    expect(last).toBeGreaterThan(9 + dates.length);
  });

  it('adds the user’s own days off to the list', async () => {
    const own = await loadExcel(await writeReportWorkbook({ ...input, source: undefined, daysOff: ['2026-02-23'] }));
    const found: unknown[] = [];
    own.getWorksheet(SETTINGS)!.eachRow((row) => {
      const value = row.getCell(2).value;
      if (value instanceof Date && value.toISOString().startsWith('2026-02-23')) found.push(row.getCell(3).value);
    });
    expect(found).toEqual(['Ngày nghỉ của đơn vị']);
  });
});

describe('the summary sheet', () => {
  /** Each row's values joined with "|", by row number. */
  const texts = new Map<number, string>();
  summary.eachRow((row) =>
    texts.set(
      row.number,
      values(row)
        .map((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '')))
        .join('|'),
    ),
  );
  const rowOf = (start: string) => [...texts].find(([, text]) => text.startsWith(start))?.[0] ?? 0;
  const textOf = (row: number) => texts.get(row);
  const all = [...texts.values()];

  it('gives the title with the period, the plan, the data period, cut-off and judging day', () => {
    expect(summary.getCell('A1').value).toBe('TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CCHC – Quý I/2026');
    expect(summary.getCell('A2').value).toBe('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026');
    expect(summary.getCell('A3').value).toBe('Số liệu từ ngày 15/12/2025 đến ngày 14/03/2026 (ngày chốt số liệu); hạn gửi báo cáo: 20/03/2026; đánh giá tại ngày 14/03/2026.');
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('counts the tasks by status, with each status’s share', () => {
    const totals = input.summary.totals;
    const first = rowOf('1|Hoàn thành đúng hạn');
    expect(values(summary.getRow(first))).toEqual([1, STATUS_LABELS.DONE_ON_TIME, totals.byStatus.DONE_ON_TIME, totals.percent.DONE_ON_TIME / 100]);
    expect(summary.getCell(`D${first}`).numFmt).toBe('0.0%');
    expect(all).toContain(`|Tổng số nhiệm vụ|${totals.total}|1`);
    expect(all).toContain(`|Tỷ lệ hoàn thành nhiệm vụ đến hạn||${totals.completionRate! / 100}`);
  });

  it('counts per section and per lead unit in the status groups, with data bars on the completion rate', () => {
    const sections = rowOf('I|CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH');
    const first = input.summary.sections[0]!;
    const groups = usedStatusGroups(input.summary.totals);
    const rate = columnLetters(2 + groups.length + 1);
    expect(values(summary.getRow(sections))).toEqual([
      'I',
      'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH',
      ...groups.map((group) => groupCount(first, group)),
      first.total,
      first.completionRate === null ? null : first.completionRate / 100,
    ]);
    const units = input.summary.units.map((unit) => rowOf(`${input.summary.units.indexOf(unit) + 1}|${unit.unit}|`));
    expect(units.every((row) => row > sections)).toBe(true);
    const formats = models(summary).conditionalFormattings;
    expect(formats.map((format) => [format.ref, format.rules[0]!.type])).toEqual([
      [`${rate}${sections}:${rate}${sections + input.summary.sections.length - 1}`, 'dataBar'],
      [`${rate}${units[0]}:${rate}${units.at(-1)}`, 'dataBar'],
    ]);
  });

  it('says that a task with several leads counts for each, and how many there are', () => {
    expect(input.summary.tasksWithSeveralLeads).toBe(1);
    expect(all.some((text) => text.startsWith('Ghi chú: nhiệm vụ có từ hai đơn vị chủ trì') && text.includes('có 1 nhiệm vụ như vậy'))).toBe(true);
  });

  it('lists the overdue tasks with lead, deadline text, due date and days overdue', () => {
    const heading = rowOf('IV. NHIỆM VỤ QUÁ HẠN');
    expect(textOf(heading)).toMatch(/^IV\. NHIỆM VỤ QUÁ HẠN TẠI NGÀY 14\/03\/2026 \(1 nhiệm vụ\)/);
    expect(textOf(heading + 1)).toBe('STT|Nhiệm vụ|Cơ quan chủ trì|Thời gian hoàn thành|Hạn|Số ngày quá hạn');
    expect(textOf(heading + 2)).toBe('5|Cập nhật thủ tục hành chính|Trung tâm Phục vụ hành chính công|Trước ngày 10/03/2026|2026-03-09|5');
    expect(summary.getCell(`E${heading + 2}`).numFmt).toBe('dd/mm/yyyy');
  });

  it('lists the tasks falling due in the next quarter', () => {
    const heading = rowOf('V. NHIỆM VỤ ĐẾN HẠN');
    const next = input.summary.nextQuarter.tasks;
    expect(textOf(heading)).toMatch(new RegExp(`^V\\. NHIỆM VỤ ĐẾN HẠN TRONG QUÝ 2/2026 \\(01/04/2026 – 30/06/2026\\) \\(${next.length} nhiệm vụ\\)`));
    expect(textOf(heading + 1)).toBe('STT|Nhiệm vụ|Cơ quan chủ trì|Thời gian hoàn thành|Hạn|Trạng thái tại ngày đánh giá');
    expect(next.length).toBeGreaterThan(0);
    expect(
      textOf(heading + 2)
        ?.split('|')
        .slice(0, 2),
    ).toEqual([next[0]!.stt, next[0]!.task]);
  });
});
