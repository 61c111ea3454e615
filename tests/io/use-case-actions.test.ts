import { beforeAll, describe, expect, it } from 'vitest';
import { generateConsolidatedPlan } from '../../bench/generate-plan.js';
import type { Grid } from '../../src/grid/grid.js';
import { renderMessage } from '../../src/messages/catalogue.js';
import { assessPlan } from '../../src/plan/assess-plan.js';
import { countByStatus } from '../../src/plan/count-by-status.js';
import { buildPeriodSummary } from '../../src/use-cases/build-period-summary.js';
import { createTemplate } from '../../src/use-cases/create-template.js';
import { DASHBOARD_FINDINGS_MAX } from '../../src/use-cases/dashboard.js';
import { inspectPlan } from '../../src/use-cases/inspect-plan.js';
import { saveSettings } from '../../src/use-cases/save-settings.js';
import { showCell } from '../../src/use-cases/show-cell.js';
import { actionOutcome } from '../../src/use-cases/use-case-result.js';
import { updateStatus } from '../../src/use-cases/update-status.js';
import { fixtureGrid, planOf } from '../helpers/sheet-model-inputs.js';
import { NOT_A_PLAN, snapshotOf } from '../helpers/use-case-snapshot.js';

let plan: Grid;
beforeAll(async () => {
  plan = { ...(await fixtureGrid('tran-hung-dao-2026')), sheet: 'Phụ lục' };
});

const SETTINGS_SHEET = { present: true, hasDoneWords: true, daysOff: ['2026-04-02'], dueSoonDays: 30 };

describe('inspect the plan', () => {
  it('judges the plan today with the settings sheet’s window and days off', () => {
    const board = inspectPlan(snapshotOf([plan], { settingsSheet: SETTINGS_SHEET }));
    const expected = countByStatus(assessPlan(planOf(plan), { asOf: '2026-03-20', dueSoonDays: 30, daysOff: ['2026-04-02'] }));
    expect(board.plan?.counts).toEqual(expected);
    expect(board.settings.dueSoonDays).toBe(30);
    expect(board.plan?.sheet).toBe('Phụ lục');
    expect(board.defaultPeriod).toBe('Quý I/2026');
    expect(board.periods.map((period) => period.label)).toContain('6 tháng/2026');
    expect(JSON.parse(JSON.stringify(board))).toEqual(board);
  });

  it('caps the findings and counts the rest', () => {
    const rows = generateConsolidatedPlan(20, 40);
    const header = rows.findIndex((row) => row.includes('Cơ quan chủ trì'));
    const lead = rows[header]!.indexOf('Cơ quan chủ trì');
    // Every task's lead unit left empty: one finding a task, more than the dashboard shows.
    const broken: Grid = { sheet: 'Phụ lục', rows: rows.map((row, r) => (r > header && /^\d+\.?$/.test(row[0] ?? '') ? row.map((cell, c) => (c === lead ? '' : cell)) : row)) };
    const board = inspectPlan(snapshotOf([broken]));
    const issues = assessPlan(planOf(broken), { asOf: '2026-03-20' }).issues.length;
    expect(board.plan!.findings.length).toBe(Math.min(issues, DASHBOARD_FINDINGS_MAX));
    expect(board.plan!.findings.length + board.plan!.moreFindings).toBe(issues);
    expect(board.plan!.moreFindings).toBeGreaterThan(0);
    expect(board.plan!.findings[0]!.text).not.toBe('');
  });

  it('says why without a plan, and still offers the periods of the settings’ year', () => {
    const board = inspectPlan(snapshotOf([NOT_A_PLAN('Trang tính1')], { settings: { planYear: 2027 } }));
    expect(board.plan).toBeNull();
    expect(board.problem).toMatch(/^Trang “Trang tính1”/);
    expect(board.periods.map((period) => period.label)).toContain('Năm 2027');
  });
});

describe('update the status columns', () => {
  it('writes the columns, adds the settings sheet once and registers it, and shows the plan', () => {
    const result = updateStatus(snapshotOf([plan]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.writes.statusColumns?.sheet).toBe('Phụ lục');
    expect(result.writes.sheets.map((sheet) => sheet.model.name)).toEqual(['Cài đặt CCHC']);
    expect(result.writes.registry).toEqual([{ name: 'Cài đặt CCHC', role: 'settings', version: 1, period: '' }]);
    expect(result.writes.activate).toBe('Phụ lục');
    expect(renderMessage(result.message)).toMatch(/^Đã cập nhật trạng thái \d+ nhiệm vụ trên trang “Phụ lục” \(ngày 20\/03\/2026\)/);
    const again = updateStatus(snapshotOf([plan], { settingsSheet: { ...SETTINGS_SHEET, hasDoneWords: false } }));
    expect(again.ok && again.writes.sheets).toEqual([]);
    expect(again.ok && again.writes.registry).toBeNull();
    expect(again.ok && again.writes.doneWordsCell).toBe(true);
  });

  it('keeps a user’s sheet named like ours and takes a free name', () => {
    const result = updateStatus(snapshotOf([plan, NOT_A_PLAN('Cài đặt CCHC')]));
    expect(result.ok && result.writes.sheets.map((sheet) => [sheet.model.name, sheet.replace])).toEqual([['Cài đặt CCHC (2)', false]]);
  });

  it('fails with the reason and writes nothing without a plan', () => {
    const result = updateStatus(snapshotOf([NOT_A_PLAN('Trang tính1')]));
    expect(result).toEqual({ ok: false, message: expect.objectContaining({ code: 'NO_PLAN_ON_SHEET' }) });
  });
});

describe('build the period summary', () => {
  it('writes the summary of the report due next, and rewrites ours of that period on a second click', () => {
    const first = buildPeriodSummary(snapshotOf([plan]));
    expect(first.ok && first.sheet).toBe('Tổng hợp Quý I-2026');
    expect(actionOutcome(first).text).toMatch(/Quý I\/2026.*14\/03\/2026.*2 quá hạn/);
    const registry = [{ name: 'Tổng hợp Quý I-2026', role: 'summary' as const, version: 1, period: 'Quý I-2026' }];
    const second = buildPeriodSummary(snapshotOf([plan, NOT_A_PLAN('Tổng hợp Quý I-2026')], { registry }), 'Quý I/2026');
    expect(second.ok && second.writes.sheets.map((sheet) => [sheet.model.name, sheet.replace])).toEqual([['Tổng hợp Quý I-2026', true]]);
    expect(second.ok && second.writes.registry).toEqual(registry);
  });

  it('refuses a period it cannot read, naming what it accepts', () => {
    const result = buildPeriodSummary(snapshotOf([plan]), 'Quý 9/2026');
    expect(result.ok).toBe(false);
    expect(actionOutcome(result)).toEqual({ ok: false, text: expect.stringMatching(/^Không hiểu kỳ báo cáo “Quý 9\/2026”.*Q1\/2026/), sheet: null });
  });
});

describe('create the template', () => {
  it('takes a free name, the settings’ year, and the settings sheet when missing', () => {
    const result = createTemplate(snapshotOf([NOT_A_PLAN('Theo dõi CCHC')], { settings: { planYear: 2027 } }));
    expect(result.ok && result.writes.sheets.map((sheet) => [sheet.model.name, sheet.own])).toEqual([
      ['Theo dõi CCHC (2)', false],
      ['Cài đặt CCHC', true],
    ]);
    expect(result.ok && String(result.writes.sheets[0]!.model.rows[0]![0])).toMatch(/NĂM 2027/);
    expect(result.ok && result.writes.activate).toBe('Theo dõi CCHC (2)');
    expect(createTemplate(snapshotOf([]), 2030).message).toEqual({ code: 'TEMPLATE_CREATED', params: { sheet: 'Theo dõi CCHC', year: 2030 } });
  });
});

describe('save the settings', () => {
  it('stores checked settings and puts a new window into the settings sheet’s cell', () => {
    const result = saveSettings(snapshotOf([plan], { settingsSheet: SETTINGS_SHEET }), { planYear: '2026', dueSoonDays: '14,0', planSheet: 'Phụ lục' });
    expect(result.ok && result.writes.settings).toEqual({ planYear: 2026, dueSoonDays: 14, planSheet: 'Phụ lục', boundaries: { dataStartDay: 15, cutOffDay: 14, reportDueDay: 20 } });
    expect(result.ok && result.writes.dueSoonCell).toBe(14);
    const same = saveSettings(snapshotOf([plan], { settingsSheet: SETTINGS_SHEET }), { dueSoonDays: 30 });
    expect(same.ok && same.writes.dueSoonCell).toBeNull();
  });

  it('refuses values outside their limits', () => {
    expect(saveSettings(snapshotOf([]), { dueSoonDays: -3 }).message).toEqual({ code: 'DUE_SOON_INVALID', params: { min: 0, max: 365 } });
    expect(saveSettings(snapshotOf([]), { dueSoonDays: 366 }).ok).toBe(false);
    expect(saveSettings(snapshotOf([]), { planYear: 1999 }).message.code).toBe('PLAN_YEAR_INVALID');
    expect(saveSettings(snapshotOf([]), { boundaries: { cutOffDay: 32 } }).message.code).toBe('BOUNDARY_INVALID');
    expect(saveSettings(snapshotOf([]), { dueSoonDays: { days: 3 } }).message.code).toBe('SETTINGS_UNREADABLE');
  });
});

describe('show a cell', () => {
  it('activates the sheet and selects the cell, or says what is wrong', () => {
    const snapshot = snapshotOf([plan]);
    expect(showCell(snapshot, 'Phụ lục', 'F12')).toMatchObject({ ok: true, writes: { activate: 'Phụ lục', select: { sheet: 'Phụ lục', cell: 'F12' } } });
    expect(showCell(snapshot, 'Khác', 'F12').message.code).toBe('SHEET_GONE');
    expect(showCell(snapshot, 'Phụ lục', 'F0').message.code).toBe('CELL_INVALID');
  });
});
