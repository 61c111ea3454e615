import type { IsoDate } from '../../src/dates/calendar-date.js';
import type { Grid } from '../../src/grid/grid.js';
import { sheetNameKey } from '../../src/sheet-model/own-sheet-names.js';
import { isRegistryName, readRegistry, REGISTRY_HEADER } from '../../src/sheet-model/own-sheets.js';
import type { PlanSettings } from '../../src/use-cases/dashboard.js';
import type { WorkbookSnapshot } from '../../src/use-cases/workbook-port.js';

/**
 * A file's sheets as the use cases see them: every sheet read and shown (a file has no active
 * sheet), the product's own sheets from its registry when a report wrote it, no settings sheet read
 * (a file is judged with the settings given).
 */
export function fileSnapshot(grids: readonly Grid[], today: IsoDate, settings: PlanSettings): WorkbookSnapshot {
  const byName = new Map(grids.map((grid) => [grid.sheet, grid]));
  const present = new Set(grids.map((grid) => sheetNameKey(grid.sheet)));
  const registry = grids.find((grid) => isRegistryName(grid.sheet) && grid.rows[0]?.[0] === REGISTRY_HEADER[0]);
  return {
    today,
    sheets: grids.map((grid) => ({ name: grid.sheet, visible: true })),
    activeSheet: null,
    registry: registry === undefined ? [] : readRegistry(registry.rows).filter((entry) => present.has(sheetNameKey(entry.name))),
    settings,
    settingsSheet: { present: false, hasDoneWords: false, daysOff: [], dueSoonDays: null },
    grid: (sheet) => byName.get(sheet) ?? null,
  };
}
