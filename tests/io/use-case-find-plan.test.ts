import { beforeAll, describe, expect, it } from 'vitest';
import type { Grid } from '../../src/grid/grid.js';
import { renderMessage } from '../../src/messages/catalogue.js';
import { findPlanSheet, nextSheetToRead, planSheetCandidates, userSheets } from '../../src/use-cases/find-plan-sheet.js';
import { fixtureGrid } from '../helpers/sheet-model-inputs.js';
import { NOT_A_PLAN, snapshotOf } from '../helpers/use-case-snapshot.js';

let plan: Grid;
beforeAll(async () => {
  plan = { ...(await fixtureGrid('tran-hung-dao-2026')), sheet: 'Phụ lục' };
});

const other = (grid: Grid, sheet: string): Grid => ({ ...grid, sheet });

describe('the one rule for the plan sheet', () => {
  it('takes the chosen sheet alone, and says so when it is gone', () => {
    const chosen = snapshotOf([NOT_A_PLAN('Ghi chú'), plan], { settings: { planSheet: 'Ghi chú' } });
    const search = findPlanSheet(chosen);
    expect(search.found).toBe(false);
    expect(!search.found && renderMessage(search.message)).toMatch(/^Trang “Ghi chú”: /);
    const gone = findPlanSheet(snapshotOf([plan], { settings: { planSheet: 'Đã xóa' } }));
    expect(!gone.found && gone.message).toEqual({ code: 'PLAN_SHEET_MISSING', params: { sheet: 'Đã xóa' } });
  });

  it('takes the active sheet when it holds a plan, else the first of the user’s sheets that does', () => {
    const two = snapshotOf([plan, other(plan, 'Bản sao')], { active: 'Bản sao' });
    expect(findPlanSheet(two)).toMatchObject({ found: true, sheet: 'Bản sao' });
    const fallback = snapshotOf([NOT_A_PLAN('Ghi chú'), plan], { active: 'Ghi chú' });
    expect(findPlanSheet(fallback)).toMatchObject({ found: true, sheet: 'Phụ lục' });
    expect(planSheetCandidates(fallback)).toEqual(['Ghi chú', 'Phụ lục']);
  });

  it('never reads the product’s own sheets (summaries, settings, registry), even when active', () => {
    const registry = [{ name: 'Tổng hợp Quý I-2026', role: 'summary' as const, version: 1, period: 'Quý I-2026' }];
    const snapshot = snapshotOf([other(plan, 'Tổng hợp Quý I-2026'), other(plan, '_cchc'), plan], { active: 'Tổng hợp Quý I-2026', registry });
    expect(planSheetCandidates(snapshot)).toEqual(['Phụ lục']);
    expect(userSheets(snapshot)).toEqual(['Phụ lục']);
    expect(findPlanSheet(snapshot)).toMatchObject({ found: true, sheet: 'Phụ lục' });
  });

  it('tries a file’s plan sheet that a report made before the others, and skips hidden sheets', () => {
    const registry = [{ name: 'Theo dõi CCHC', role: 'plan' as const, version: 1, period: '' }];
    const snapshot = snapshotOf([other(plan, 'Bản gốc'), other(plan, 'Theo dõi CCHC')], { active: null, registry, hidden: ['Ẩn'] });
    expect(planSheetCandidates(snapshot)).toEqual(['Theo dõi CCHC', 'Bản gốc']);
    expect(findPlanSheet(snapshot)).toMatchObject({ found: true, sheet: 'Theo dõi CCHC' });
  });

  it('says why the first sheet holds no plan, or that there is no sheet at all', () => {
    const none = findPlanSheet(snapshotOf([NOT_A_PLAN('Trang tính1'), NOT_A_PLAN('Trang tính2')]));
    expect(!none.found && none.message.code).toBe('NO_PLAN_ON_SHEET');
    expect(!none.found && renderMessage(none.message)).toMatch(/Trang “Trang tính1”: .*(STT|Nhiệm vụ)/);
    const empty = findPlanSheet(snapshotOf([], { active: null }));
    expect(!empty.found && empty.message.code).toBe('NO_SHEETS');
  });

  it('tells an eager host which sheet to read next, and nothing once the plan is read', () => {
    const unread = snapshotOf([NOT_A_PLAN('Ghi chú')], { unread: ['Phụ lục'] });
    expect(nextSheetToRead(unread)).toBe('Phụ lục');
    expect(nextSheetToRead(snapshotOf([plan], { unread: ['Khác'] }))).toBeNull();
    expect(nextSheetToRead(snapshotOf([NOT_A_PLAN('Ghi chú')]))).toBeNull();
  });

  it('reads a lazy host’s sheets only up to the first that holds the plan', () => {
    const snapshot = snapshotOf([plan, NOT_A_PLAN('Ghi chú'), other(plan, 'Bản sao')], { active: 'Phụ lục' });
    findPlanSheet(snapshot);
    expect(snapshot.reads).toEqual(['Phụ lục']);
  });
});
