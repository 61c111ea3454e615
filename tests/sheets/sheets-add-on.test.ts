import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { OWN_SHEETS_REGISTRY, REGISTRY_HEADER } from '../../src/sheet-model/own-sheets.js';
import { readGridFile } from '../../io/files/read-grid-file.js';
import { GLOBAL_FUNCTIONS, SERVER_FUNCTIONS } from '../../hosts/sheets/entry-points.js';
import type { Dashboard } from '../../src/use-cases/dashboard.js';
import { DEFAULT_BOUNDARIES } from '../../src/summary/report-periods.js';
import type { Grid } from '../../src/grid/grid.js';
import { assessPlan } from '../../src/plan/assess-plan.js';
import { countByStatus } from '../../src/plan/count-by-status.js';
import { readPlan } from '../../src/plan/read-plan.js';
import type { CellContent } from '../../src/sheet-model/sheet-model.js';
import { statusColumnsUpdate } from '../../src/sheet-model/status-columns-update.js';
import { summarySheetModel } from '../../src/sheet-model/summary-sheet-model.js';
import { DEFAULT_SETTINGS_NAMES } from '../../src/sheet/row-formulas.js';
import { formulaConventionOf, localizeFormula } from '../../src/sheet/formula-locale.js';
import { sheetSerial } from '../../src/sheet/sheet-serial.js';
import { buildSummary } from '../../src/summary/build-summary.js';
import { assessForPeriod } from '../../src/summary/assess-for-period.js';
import { parseReportPeriod } from '../../src/summary/report-periods.js';
import { fixturePath } from '../helpers/fixture-plans.js';
import { FakeRule, sheetDate, type FakeSheet } from '../helpers/sheets-fakes.js';
import { loadAddOn, sheetRows, type LoadedAddOn } from '../helpers/sheets-load.js';
// Type-checked with the tests (tsconfig.json does not list apps-script/): the server side and the sidebar's script.
import type * as Server from '../../hosts/sheets/main.js';
import type * as SidebarScript from '../../hosts/sheets/sidebar/sidebar.js';

export type CheckedSources = [typeof Server, typeof SidebarScript];

/** 20/03/2026, 09:00 in Hà Nội: the Quý I/2026 report is due today. */
const NOW = new Date(Date.UTC(2026, 2, 20, 2, 0));
const TODAY = '2026-03-20';
const PLAN_SHEET = 'Phụ lục';
const USER_RULE = '=$B5="Ưu tiên"';

let fixture: Grid;

beforeAll(async () => {
  const file = await readGridFile(new Uint8Array(readFileSync(fixturePath('tran-hung-dao-2026'))), 'tran-hung-dao-2026.txt');
  fixture = { sheet: PLAN_SHEET, rows: file.grids[0]!.rows, merges: [] };
});

/** The add-on loaded over a spreadsheet holding the Trần Hưng Đạo appendix, with a rule of the user's own. */
async function withFixture(locale: string): Promise<{ addOn: LoadedAddOn; plan: FakeSheet }> {
  const addOn = await loadAddOn(NOW, locale);
  const { spreadsheet, counter } = addOn.services;
  const plan = spreadsheet.addSheet(PLAN_SHEET, sheetRows(fixture.rows));
  plan.rules.push(new FakeRule(USER_RULE, '#EAD1DC', null, [plan.peek(5, 2, 20, 1)], counter));
  return { addOn, plan };
}

/** What a cell holds after the add-on wrote `content`: text as text, a date as its serial, a formula with "=" in the locale's syntax. */
function written(locale: string, content: CellContent): unknown {
  if (content === null) return '';
  if (typeof content !== 'object') return content;
  return 'date' in content ? sheetSerial(content.date) : `=${localizeFormula(content.formula, formulaConventionOf(locale))}`;
}

/** The add-on's tests run over a spreadsheet of each locale: the fakes refuse a formula not in its syntax. */
const LOCALES = ['en_US', 'vi_VN'];

function expectedUpdate() {
  const found = readPlan(fixture, { fallbackYear: 2026 });
  if (!found.found) throw new Error('fixture has no plan');
  const assessed = assessPlan(found.plan, { asOf: TODAY, dueSoonDays: 7, daysOff: [] });
  return { plan: found.plan, update: statusColumnsUpdate(fixture, assessed) };
}

describe.each(LOCALES)('in a spreadsheet of locale %s', (locale) => {
  describe('the built Apps Script project', () => {
    it('has every menu handler, trigger and sidebar server function as a global function', async () => {
      const { context } = await loadAddOn(NOW, locale);
      for (const name of GLOBAL_FUNCTIONS) {
        expect(typeof (context as Record<string, unknown>)[name], name).toBe('function');
      }
    });

    it('calls from the sidebar only functions the server has', async () => {
      const { readdirSync } = await import('node:fs');
      const { buildOnce } = await import('../helpers/sheets-load.js');
      const outdir = await buildOnce();
      expect(readdirSync(outdir).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
      const html = readFileSync(`${outdir}/Sidebar.html`, 'utf8');
      const called = [...html.matchAll(/["'](sidebar[A-Z]\w+)["']/g)].map((match) => match[1]);
      expect(new Set(called)).toEqual(new Set(SERVER_FUNCTIONS));
      expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet|inline:sidebar/);
      expect(html).toContain('withFailureHandler');
    });

    it('builds the CCHC menu on open, in AuthMode.NONE without touching the spreadsheet', async () => {
      const { call, services } = await loadAddOn(NOW, locale);
      call('onOpen', { authMode: 'NONE' });
      expect(services.menus).toEqual([
        {
          title: 'CCHC',
          separators: 1,
          items: [
            { caption: 'Bảng điều khiển', functionName: 'menuShowSidebar' },
            { caption: 'Tạo bảng mẫu', functionName: 'menuCreateTemplate' },
            { caption: 'Cập nhật trạng thái', functionName: 'menuUpdateStatus' },
            { caption: 'Tổng hợp quý này', functionName: 'menuSummaryThisQuarter' },
            { caption: 'Tổng hợp quý khác…', functionName: 'menuSummaryOtherQuarter' },
          ],
        },
      ]);
      expect(services.counter.byMethod.has('SpreadsheetApp.getActiveSpreadsheet')).toBe(false);
    });
  });

  describe('"Cập nhật trạng thái" on the Trần Hưng Đạo plan', () => {
    it("writes the tracking, due-date and status columns and leaves the user's cells as they were", async () => {
      const { addOn, plan } = await withFixture(locale);
      const before = plan.contents();
      addOn.call('menuUpdateStatus');
      expect(addOn.services.alerts).toEqual([]);
      expect(addOn.services.spreadsheet.toasts[0]).toMatch(/^Đã cập nhật trạng thái \d+ nhiệm vụ trên trang “Phụ lục”/);

      const { update } = expectedUpdate();
      const after = plan.contents();
      const ours = new Set(update.columns.filter((column) => !column.keepCells).map((column) => column.column));
      before.forEach((row, r) => row.forEach((value, c) => !ours.has(c) && expect(after[r]![c], `R${r + 1}C${c + 1}`).toEqual(value)));
      for (const column of update.columns.filter((candidate) => !candidate.keepCells)) {
        expect(after[update.headerRow]![column.column]).toBe(column.header);
        for (const cell of column.cells) expect(after[cell.row]![column.column], `${column.header} row ${cell.row + 1}`).toEqual(written(locale, cell.content));
        if (column.hidden) expect(plan.hiddenColumns.has(column.column + 1)).toBe(true);
      }
      const statusColumn = update.columns.find((column) => column.header === 'Trạng thái (tự tính)')!;
      expect(statusColumn.cells.length).toBeGreaterThan(10);
      expect(String(after[statusColumn.cells[0]!.row]![statusColumn.column])).toMatch(/^=/);
    });

    it('shows "Hạn (tự tính)" as dates, not as serial numbers', async () => {
      const { addOn, plan } = await withFixture(locale);
      addOn.call('menuUpdateStatus');
      const due = expectedUpdate().update.columns.find((column) => column.header === 'Hạn (tự tính)')!;
      const dated = due.cells.filter(({ content }) => content !== null && typeof content === 'object' && 'result' in content && typeof content.result === 'object' && content.result !== null);
      expect(dated.length).toBeGreaterThan(10);
      for (const cell of dated) expect(plan.peek(cell.row + 1, due.column + 1, 1, 1).getNumberFormats()[0]![0], `row ${cell.row + 1}`).toBe('dd/mm/yyyy');
    });

    it("adds the status colours and keeps the user's own conditional rule, also when run again", async () => {
      const { addOn, plan } = await withFixture(locale);
      addOn.call('menuUpdateStatus');
      addOn.call('menuUpdateStatus');
      const { update } = expectedUpdate();
      expect(plan.rules.map((rule) => rule.formula)).toEqual([USER_RULE, ...update.rules.map((rule) => written(locale, { formula: rule.formula }))]);
      expect(plan.rules[0]!.describe()).toBe(`${USER_RULE} @ B5:B24`);
      expect(plan.rules.slice(1).map((rule) => rule.background)).toContain('#FFC7CE');
    });

    it('puts the progress dropdown and the date checks on the task rows', async () => {
      const { addOn, plan } = await withFixture(locale);
      addOn.call('menuUpdateStatus');
      const lists = plan.validations.filter((validation) => validation.rule.kind === 'list');
      expect(lists.length).toBeGreaterThan(0);
      expect(lists[0]!.rule.choices).toEqual(['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành']);
      expect(plan.validations.some((validation) => validation.rule.kind === 'date')).toBe(true);
    });

    it('makes the settings sheet with the names the formulas read, and lists it in the hidden registry', async () => {
      const { addOn } = await withFixture(locale);
      addOn.call('menuUpdateStatus');
      const { spreadsheet } = addOn.services;
      expect(spreadsheet.sheets.map((sheet) => sheet.name)).toEqual([PLAN_SHEET, 'Cài đặt CCHC', OWN_SHEETS_REGISTRY]);
      expect([...spreadsheet.names.keys()].sort()).toEqual(Object.values(DEFAULT_SETTINGS_NAMES).sort());
      expect(spreadsheet.names.get(DEFAULT_SETTINGS_NAMES.asOf)!.sheet.name).toBe('Cài đặt CCHC');
      const registry = spreadsheet.sheet(OWN_SHEETS_REGISTRY);
      expect(registry.hidden).toBe(true);
      expect(registry.contents()).toEqual([[...REGISTRY_HEADER], ['Cài đặt CCHC', 'settings', 1, '']]);
      expect(spreadsheet.activeSheet!.name).toBe(PLAN_SHEET);
    });

    it('keeps the as-of date the user pinned on the settings sheet when it writes the sheet again', async () => {
      const { addOn } = await withFixture(locale);
      addOn.call('menuUpdateStatus');
      const { spreadsheet } = addOn.services;
      spreadsheet.getRangeByName(DEFAULT_SETTINGS_NAMES.asOf)!.setValues([[sheetDate('2026-03-14')]]);
      spreadsheet.activeSheet = spreadsheet.sheet(PLAN_SHEET);
      addOn.call('menuUpdateStatus');
      const asOf = spreadsheet.getRangeByName(DEFAULT_SETTINGS_NAMES.asOf)!;
      expect(asOf.getFormulas()).toEqual([['']]);
      expect((asOf.getValues()[0]![0] as Date).getTime()).toBe(sheetDate('2026-03-14').getTime());
    });

    it('writes the settings sheet once, then judges by what the user typed there', async () => {
      const { addOn, plan } = await withFixture(locale);
      addOn.call('menuUpdateStatus');
      const { spreadsheet } = addOn.services;
      const settings = spreadsheet.sheet('Cài đặt CCHC');
      const daysOff = spreadsheet.names.get(DEFAULT_SETTINGS_NAMES.daysOff)!;
      const spare = daysOff.getLastRow();
      spreadsheet.getRangeByName(DEFAULT_SETTINGS_NAMES.dueSoonDays)!.setValues([[30]]);
      settings.peek(spare, daysOff.getColumn(), 1, 2).setValues([[sheetDate('2026-04-02'), 'Nghỉ bầu cử của phường']]);
      spreadsheet.activeSheet = plan;
      addOn.call('menuUpdateStatus');
      expect(spreadsheet.getRangeByName(DEFAULT_SETTINGS_NAMES.dueSoonDays)!.getValues()).toEqual([[30]]);
      expect(settings.peek(spare, daysOff.getColumn() + 1, 1, 1).contents()).toEqual([['Nghỉ bầu cử của phường']]);

      const board = addOn.call('sidebarDashboard') as Dashboard;
      expect(board.settings.dueSoonDays).toBe(30);
      const judged = countByStatus(assessPlan(expectedUpdate().plan, { asOf: TODAY, dueSoonDays: 30, daysOff: ['2026-04-02'] }));
      expect(judged.DUE_SOON).toBeGreaterThan(0);
      expect(board.plan!.counts.DUE_SOON).toBe(judged.DUE_SOON);

      addOn.call('sidebarSaveSettings', { ...board.settings, dueSoonDays: 14 });
      expect(spreadsheet.getRangeByName(DEFAULT_SETTINGS_NAMES.dueSoonDays)!.getValues()).toEqual([[14]]);
      expect(settings.peek(spare, daysOff.getColumn() + 1, 1, 1).contents()).toEqual([['Nghỉ bầu cử của phường']]);
    });

    it("keeps a user's own sheet named like ours and writes ours beside it", async () => {
      const { addOn } = await withFixture(locale);
      const { spreadsheet } = addOn.services;
      spreadsheet.addSheet('Cài đặt CCHC', [['Sổ tay của tôi']]);
      spreadsheet.activeSheet = spreadsheet.sheet(PLAN_SHEET);
      addOn.call('menuUpdateStatus');
      expect(spreadsheet.sheet('Cài đặt CCHC').contents()).toEqual([['Sổ tay của tôi']]);
      expect(spreadsheet.sheets.map((sheet) => sheet.name)).toContain('Cài đặt CCHC (2)');
    });
  });

  describe('"Tổng hợp quý này" on the Trần Hưng Đạo plan', () => {
    it('writes the summary of the report due next, with its chart, and registers it', async () => {
      const { addOn } = await withFixture(locale);
      addOn.call('menuSummaryThisQuarter');
      expect(addOn.services.alerts).toEqual([]);
      const { spreadsheet } = addOn.services;
      const sheet = spreadsheet.sheet('Tổng hợp Quý I-2026');
      expect(spreadsheet.activeSheet).toBe(sheet);

      const { plan } = expectedUpdate();
      const summary = buildSummary(assessForPeriod(plan, parseReportPeriod('Quý I/2026')!, { asOf: TODAY, dueSoonDays: 7, daysOff: [] }), parseReportPeriod('Quý I/2026')!);
      expect(summary.totals.byStatus.OVERDUE).toBe(2);
      const model = summarySheetModel(summary, { name: sheet.name, planTitle: plan.plan.title });
      const width = Math.max(model.columnWidths.length, ...model.rows.map((row) => row.length));
      const expected = model.rows.map((row) => Array.from({ length: width }, (_, c) => written(locale, row[c] ?? null)));
      expect(sheet.peek(1, 1, model.rows.length, width).contents()).toEqual(expected);
      expect(sheet.charts).toHaveLength(1);
      expect(sheet.charts[0]!.options.title).toBe(model.chart!.title);
      expect(sheet.merges.length).toBe(model.merges.length);
      expect(addOn.services.spreadsheet.toasts[0]).toMatch(/Quý I\/2026.*14\/03\/2026.*2 quá hạn/);

      const registry = spreadsheet.sheet(OWN_SHEETS_REGISTRY).contents();
      expect(registry).toContainEqual(['Tổng hợp Quý I-2026', 'summary', 1, 'Quý I-2026']);
    });

    it('rebuilds the same sheet on a second click instead of adding another', async () => {
      const { addOn } = await withFixture(locale);
      addOn.call('menuSummaryThisQuarter');
      addOn.call('menuSummaryThisQuarter');
      const names = addOn.services.spreadsheet.sheets.map((sheet) => sheet.name);
      expect(names.filter((name) => name.startsWith('Tổng hợp'))).toEqual(['Tổng hợp Quý I-2026']);
      expect(addOn.services.spreadsheet.sheet('Tổng hợp Quý I-2026').charts).toHaveLength(1);
    });

    it('judges "today" in the spreadsheet\'s time zone: 21/03 in Hà Nội is already the next report', async () => {
      const addOn = await loadAddOn(new Date(Date.UTC(2026, 2, 20, 18, 30)), locale); // 01:30 on 21/03 in Hà Nội
      addOn.services.spreadsheet.addSheet(PLAN_SHEET, sheetRows(fixture.rows));
      addOn.call('menuSummaryThisQuarter');
      expect(addOn.services.spreadsheet.sheets.map((sheet) => sheet.name)).toContain('Tổng hợp 6 tháng-2026');
    });
  });

  describe('errors and the sidebar', () => {
    it('says in Vietnamese when no sheet holds a plan', async () => {
      const addOn = await loadAddOn(NOW, locale);
      addOn.services.spreadsheet.addSheet('Trang tính1', [['Danh sách cán bộ'], ['Nguyễn Văn A']]);
      addOn.call('menuUpdateStatus');
      expect(addOn.services.alerts).toHaveLength(1);
      expect(addOn.services.alerts[0]).toMatch(/STT|Nhiệm vụ|bảng nhiệm vụ/i);
    });

    it('refuses a second click while the first holds the lock, in Vietnamese', async () => {
      const { addOn, plan } = await withFixture(locale);
      addOn.services.lock.busyElsewhere = true;
      const before = plan.contents();
      addOn.call('menuUpdateStatus');
      expect(addOn.services.alerts[0]).toMatch(/thao tác CCHC khác đang chạy/);
      expect(plan.contents()).toEqual(before);
      expect(addOn.services.lock.waits[0]).toBeGreaterThan(0);
    });

    it('opens the sidebar, on the period picker for "Tổng hợp quý khác…"', async () => {
      const { call, services } = await loadAddOn(NOW, locale);
      call('menuShowSidebar');
      call('menuSummaryOtherQuarter');
      expect(services.sidebars.map((sidebar) => /data-open="(\w*)"/.exec(sidebar.content)?.[1])).toEqual(['', 'period']);
      expect(services.sidebars[0]!.title).toMatch(/^CCHC/);
    });

    it('gives the sidebar counts by status and findings it can select, as plain values', async () => {
      const { addOn, plan } = await withFixture(locale);
      const firstTask = fixture.rows.findIndex((row) => /^1\.?$/.test(String(row[0] ?? '')));
      plan.cellForWrite(firstTask + 1, 3).value = ''; // its "Cơ quan chủ trì" left empty: a finding
      const board = addOn.call('sidebarDashboard') as Dashboard;
      expect(JSON.parse(JSON.stringify(board))).toEqual(board);
      expect(board.plan!.sheet).toBe(PLAN_SHEET);
      expect(board.today).toBe(TODAY);
      expect(board.plan!.counts.OVERDUE).toBeGreaterThan(0);
      expect(Object.values(board.plan!.counts).reduce((sum, count) => sum + count, 0)).toBe(board.plan!.tasks);
      expect(board.defaultPeriod).toBe('Quý I/2026');
      expect(board.periods.map((period) => period.label)).toContain('6 tháng/2026');
      expect(board.plan!.findings.map((finding) => finding.cell)).toContain(`C${firstTask + 1}`);
      if (board.plan!.findings.length > 0) {
        const finding = board.plan!.findings[0]!;
        expect(addOn.call('sidebarShowCell', finding.sheet, finding.cell)).toMatchObject({ ok: true });
        expect(addOn.services.spreadsheet.activeRange).toBe(`${finding.sheet}!${finding.cell}`);
      }
    });

    it("keeps the sidebar's settings in the document properties and refuses bad ones in Vietnamese", async () => {
      const { addOn } = await withFixture(locale);
      expect(addOn.call('sidebarSaveSettings', { planYear: 2026, dueSoonDays: 10, planSheet: PLAN_SHEET })).toMatchObject({ ok: true });
      expect(JSON.parse(addOn.services.properties.get('CCHC_SETTINGS')!)).toEqual({ planYear: 2026, dueSoonDays: 10, planSheet: PLAN_SHEET, boundaries: DEFAULT_BOUNDARIES });
      expect(addOn.call('sidebarSaveSettings', { dueSoonDays: -3 })).toMatchObject({ ok: false, text: expect.stringMatching(/sắp đến hạn/) });
      const result = addOn.call('sidebarRun', { kind: 'buildSummary', period: 'Q1/2026' }) as { text: string; sheet: string };
      expect(result.sheet).toBe('Tổng hợp Q1-2026');
      expect(addOn.call('sidebarRun', { kind: 'buildSummary', period: 'Quý 9/2026' })).toMatchObject({ ok: false, text: expect.stringMatching(/Không hiểu kỳ báo cáo/) });
    });

    it('creates the template on a new sheet, never over an existing one', async () => {
      const { addOn } = await withFixture(locale);
      addOn.services.spreadsheet.addSheet('Theo dõi CCHC', [['của tôi']]);
      addOn.call('menuCreateTemplate');
      expect(addOn.services.alerts).toEqual([]);
      const { spreadsheet } = addOn.services;
      expect(spreadsheet.sheet('Theo dõi CCHC').contents()).toEqual([['của tôi']]);
      const template = spreadsheet.sheet('Theo dõi CCHC (2)');
      expect(String(template.contents()[0]![0])).toMatch(/KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026/);
      expect(spreadsheet.activeSheet).toBe(template);
    });
  });
});
