import type { Grid } from '../../src/grid/grid.js';
import { isRegistryName, readOwnSheets, REGISTRY_HEADER } from '../../src/sheet-model/own-sheets.js';

/**
 * The sheets of a workbook the product made (its registry, the plan, summary and settings sheets it
 * lists), by name: the reader says nothing about those, the clerk did not make them.
 */
export function ownSheetNames(grids: readonly Grid[]): ReadonlySet<string> {
  const registries = grids.filter((grid) => isRegistryName(grid.sheet) && grid.rows[0]?.[0] === REGISTRY_HEADER[0]);
  if (registries.length === 0) return new Set();
  const listed = readOwnSheets(grids);
  return new Set([...registries.map((grid) => grid.sheet), ...(listed.plan === undefined ? [] : [listed.plan]), ...listed.summaries, ...(listed.settings === undefined ? [] : [listed.settings])]);
}
