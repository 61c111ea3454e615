import type { CellValue } from '../grid/cell-value.js';
import type { Grid } from '../grid/grid.js';
import { sheetNameKey } from './own-sheet-names.js';

/**
 * Name of the "very hidden" sheet (not even listed under Unhide) in which the report workbook lists
 * the sheets the product made, so that rebuilding removes those and nothing else.
 */
export const OWN_SHEETS_REGISTRY = '_cchc';

/**
 * Whether a sheet name is one the registry may have: "_cchc", or "_cchc (2)"… when a sheet of the
 * user's already had that name (the registry is then told by its header row, not by its name alone).
 */
export function isRegistryName(name: string): boolean {
  return /^_cchc(?: \(\d+\))?$/.test(name);
}

/** Layout version of the sheets this code writes, kept in the registry for later versions to read. */
export const OWN_SHEETS_VERSION = 1;

export type OwnSheetRole = 'plan' | 'summary' | 'settings';

/** One line of the registry: a sheet the product made, what it is, and for a summary its period. */
export interface OwnSheet {
  readonly name: string;
  readonly role: OwnSheetRole;
  readonly version: number;
  /** A summary's period, as its short title ("Quý I-2026"); '' for the other sheets. */
  readonly period: string;
}

/** The registry's header row; its lines follow: sheet name, role, version, period. */
export const REGISTRY_HEADER = ['Trang do công cụ CCHC tạo', 'Vai trò', 'Phiên bản', 'Kỳ báo cáo'] as const;

const ROLES: ReadonlySet<string> = new Set<OwnSheetRole>(['plan', 'summary', 'settings']);

/**
 * The sheets of a workbook the product made, from its registry sheet: the plan sheet, the summary
 * sheets and the settings sheet, by name. Sheets listed but no longer in the workbook (the user
 * deleted or renamed them) are left out; a workbook without a registry has none.
 *
 * @example readOwnSheets(grids) → { plan: 'Theo dõi CCHC', summaries: ['Tổng hợp Quý I-2026'], settings: 'Cài đặt CCHC' }
 */
export function readOwnSheets(grids: readonly Grid[]): { plan?: string; summaries: string[]; settings?: string } {
  const registry = grids.find((grid) => isRegistryName(grid.sheet) && grid.rows[0]?.[0] === REGISTRY_HEADER[0]);
  const present = new Map(grids.map((grid) => [sheetNameKey(grid.sheet), grid.sheet]));
  const result: { plan?: string; summaries: string[]; settings?: string } = { summaries: [] };
  if (registry === undefined) return result;
  for (const sheet of readRegistry(registry.rows)) {
    const name = present.get(sheetNameKey(sheet.name));
    if (name === undefined) continue;
    if (sheet.role === 'summary') result.summaries.push(name);
    else result[sheet.role] ??= name;
  }
  return result;
}

/** The registry's lines, from its rows as cell values (header first); lines that make no sense are skipped. */
export function readRegistry(rows: readonly (readonly CellValue[])[]): OwnSheet[] {
  const sheets: OwnSheet[] = [];
  for (const row of rows.slice(1)) {
    const [name, role, version, period] = row;
    if (typeof name !== 'string' || name === '' || typeof role !== 'string' || !ROLES.has(role)) continue;
    sheets.push({
      name,
      role: role as OwnSheetRole,
      version: typeof version === 'number' ? version : Number(version) || 0,
      period: typeof period === 'string' ? period : '',
    });
  }
  return sheets;
}

/** The registry sheet's rows for a list of own sheets. */
export function registryRows(sheets: readonly OwnSheet[]): (string | number)[][] {
  return [[...REGISTRY_HEADER], ...sheets.map(({ name, role, version, period }) => [name, role, version, period])];
}
