import type { Grid } from '../../src/grid/grid.js';
import type { PlanSettings } from '../../src/use-cases/dashboard.js';
import { DEFAULT_PLAN_SETTINGS } from '../../src/use-cases/plan-settings.js';
import type { SettingsSheetCells, WorkbookSnapshot } from '../../src/use-cases/workbook-port.js';
import type { OwnSheet } from '../../src/sheet-model/own-sheets.js';

export const NO_SETTINGS_SHEET: SettingsSheetCells = { present: false, hasDoneWords: false, daysOff: [], dueSoonDays: null };

/** A plain snapshot: the grids given are the sheets read; `hidden` sheets are listed but not visible. */
export function snapshotOf(
  grids: readonly Grid[],
  extra: { today?: string; active?: string | null; registry?: OwnSheet[]; settings?: Partial<PlanSettings>; settingsSheet?: Partial<SettingsSheetCells>; hidden?: string[]; unread?: string[] } = {},
): WorkbookSnapshot & { reads: string[] } {
  const reads: string[] = [];
  const byName = new Map(grids.map((grid) => [grid.sheet, grid]));
  const names = [...grids.map((grid) => grid.sheet), ...(extra.hidden ?? []), ...(extra.unread ?? [])];
  return {
    reads,
    today: extra.today ?? '2026-03-20',
    sheets: names.map((name) => ({ name, visible: !(extra.hidden ?? []).includes(name) })),
    activeSheet: extra.active === undefined ? (names[0] ?? null) : extra.active,
    registry: extra.registry ?? [],
    settings: { ...DEFAULT_PLAN_SETTINGS, ...extra.settings },
    settingsSheet: { ...NO_SETTINGS_SHEET, ...extra.settingsSheet },
    grid: (sheet) => {
      reads.push(sheet);
      return byName.get(sheet) ?? (extra.hidden?.includes(sheet) ? { sheet, rows: [] } : null);
    },
  };
}

export const NOT_A_PLAN = (sheet: string): Grid => ({ sheet, rows: [['Danh sách cán bộ'], ['Nguyễn Văn A']] });
