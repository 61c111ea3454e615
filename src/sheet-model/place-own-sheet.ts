import { freeSheetName, sheetNameKey } from './own-sheet-names.js';
import type { OwnSheet, OwnSheetRole } from './own-sheets.js';

/**
 * Where to write one of the product's sheets: over the sheet the registry lists for that role (and
 * for a summary, that period) when it still exists, else on a new sheet with a free name, so that a
 * user's sheet of the same name is never touched.
 *
 * @example placeOwnSheet([], ['Cài đặt CCHC'], 'settings', 'Cài đặt CCHC') → { name: 'Cài đặt CCHC (2)', replace: false }
 */
export function placeOwnSheet(registry: readonly OwnSheet[], existingNames: readonly string[], role: OwnSheetRole, wanted: string, period = ''): { name: string; replace: boolean } {
  const present = new Map(existingNames.map((name) => [sheetNameKey(name), name]));
  for (const entry of registry) {
    if (entry.role !== role || (role === 'summary' && entry.period !== period)) continue;
    const name = present.get(sheetNameKey(entry.name));
    if (name !== undefined) return { name, replace: true };
  }
  return { name: freeSheetName(wanted, existingNames), replace: false };
}
