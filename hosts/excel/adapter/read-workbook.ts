/// <reference types="office-js" />
import type { Grid } from '../../../src/grid/grid.js';
import { OWN_SHEETS_REGISTRY, readRegistry, type OwnSheet } from '../../../src/sheet-model/own-sheets.js';
import { gridFromRange, mergedRanges } from './office-cells.js';
import { isResponseTooLarge } from './payload-size.js';
import { readAreaInChunks, type SheetArea } from './read-used-range.js';
import { loadSettingsCells, type SettingsCells } from './settings-cells.js';

/** What the add-in knows of a workbook after reading it once. */
export interface WorkbookSnapshot {
  /** Every sheet's name, in tab order, with whether the user can see it. */
  readonly sheets: readonly { readonly name: string; readonly visible: boolean }[];
  /** Defined names of the workbook, lower-cased. */
  readonly names: ReadonlySet<string>;
  /** The sheets the product made, from the `_cchc` registry (none without one). */
  readonly registry: readonly OwnSheet[];
  readonly hasRegistry: boolean;
  /** The plan sheet read: its name and cells (values and dates). */
  readonly sheet: string;
  readonly grid: Grid;
  /** The custom conditional formats on the plan sheet, with their formulas (only when asked for). */
  readonly customRules: readonly { readonly formula: string; readonly format: Excel.ConditionalFormat }[];
  /** The settings sheet's days off and due-soon window, by their defined names. */
  readonly settings: SettingsCells;
}

export interface ReadOptions {
  /** The plan sheet; the active sheet when not given. */
  readonly sheet?: string;
  /** Read the plan sheet's custom conditional formats too. */
  readonly withRules?: boolean;
  /** Read the plan sheet's merged cells (ExcelApi 1.13), for headers over two rows. */
  readonly merges?: boolean;
}

/**
 * The block read with the first sync, before the used range's size is known: a plan of a few hundred
 * rows is inside it, so that it needs no second read; empty cells cost a few bytes each.
 */
export const FIRST_READ_WINDOW: SheetArea = { top: 0, left: 0, rows: 500, columns: 32 };

/**
 * Reads what every action needs: the sheet list, the defined names, the plan sheet's used range (values
 * and number formats, so that date cells become dates, and its merged cells when asked), the settings
 * sheet's cells and the registry of own sheets; with `withRules`, the custom conditional formats on the
 * plan sheet. A plan inside FIRST_READ_WINDOW takes one sync (a second when the registry exists or rules
 * are wanted); a larger one is read in row chunks, each response under Excel on the web's 5 MB.
 */
export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookSnapshot> {
  let first: FirstRead;
  try {
    first = queueFirstRead(context, options, true);
    await context.sync();
  } catch (error) {
    // The window's cells may be huge texts: read again without it, then in chunks.
    if (!isResponseTooLarge(error)) throw error;
    first = queueFirstRead(context, options, false);
    await context.sync();
  }
  const { worksheets, target, used, merged, formats, registrySheet, settings, window } = first;

  const customs = formats === null ? [] : formats.items.filter((item) => item.type === 'Custom');
  const hasRegistry = !registrySheet.isNullObject;
  let registryRange: Excel.Range | null = null;
  if (hasRegistry) {
    registryRange = registrySheet.getUsedRangeOrNullObject(true);
    registryRange.load('values');
  }
  const rules = customs.map((format) => ({ format, rule: format.custom.rule.load('formula') }));
  if (hasRegistry || rules.length > 0) await context.sync();

  const merges = merged === null || merged.isNullObject ? [] : mergedRanges(merged.address);
  let grid: Grid = { sheet: target.name, rows: [] };
  if (!used.isNullObject) {
    const area: SheetArea = { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, columns: used.columnCount };
    const cells = window !== null && inside(area, FIRST_READ_WINDOW) ? cut(window, area) : await readAreaInChunks(context, target, area);
    grid = gridFromRange(target.name, area.top, area.left, cells.values, cells.numberFormat, merges);
  }
  return {
    sheets: worksheets.items.map((sheet) => ({ name: sheet.name, visible: sheet.visibility === 'Visible' })),
    names: new Set(context.workbook.names.items.map((name) => name.name.toLowerCase())),
    registry: registryRange === null || registryRange.isNullObject ? [] : readRegistry(registryRange.values),
    hasRegistry,
    sheet: target.name,
    grid,
    customRules: rules.map(({ format, rule }) => ({ format, formula: rule.formula })),
    settings: settings(),
  };
}

interface FirstRead {
  readonly worksheets: Excel.WorksheetCollection;
  readonly target: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas | null;
  readonly formats: Excel.ConditionalFormatCollection | null;
  readonly registrySheet: Excel.Worksheet;
  readonly settings: () => SettingsCells;
  readonly window: Excel.Range | null;
}

function queueFirstRead(context: Excel.RequestContext, options: ReadOptions, withWindow: boolean): FirstRead {
  const { workbook } = context;
  const worksheets = workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  workbook.names.load('items/name');
  const target = options.sheet === undefined ? worksheets.getActiveWorksheet() : worksheets.getItem(options.sheet);
  target.load('name');
  // Values only: cells merely formatted (borders down to row 1000…) would make the read larger, not the plan.
  const used = target.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  // Only areas whose top-left cell is in the used range come back: that cell holds the merged text.
  const merged = options.merges === true ? used.getMergedAreasOrNullObject().load('address') : null;
  const { top, left, rows, columns } = FIRST_READ_WINDOW;
  const window = withWindow ? target.getRangeByIndexes(top, left, rows, columns).load('values,numberFormat') : null;
  const settings = loadSettingsCells(workbook);
  const formats = options.withRules === true ? target.getRange().conditionalFormats : null;
  formats?.load('items/type');
  const registrySheet = worksheets.getItemOrNullObject(OWN_SHEETS_REGISTRY);
  registrySheet.load('name');
  return { worksheets, target, used, merged, formats, registrySheet, settings, window };
}

function inside(area: SheetArea, outer: SheetArea): boolean {
  return area.top >= outer.top && area.left >= outer.left && area.top + area.rows <= outer.top + outer.rows && area.left + area.columns <= outer.left + outer.columns;
}

/** The part of the window's cells that is the used range. */
function cut(window: Excel.Range, area: SheetArea): { values: unknown[][]; numberFormat: unknown[][] } {
  const rows = (grid: unknown[][]) => grid.slice(area.top, area.top + area.rows).map((row) => row.slice(area.left, area.left + area.columns));
  return { values: rows(window.values), numberFormat: rows(window.numberFormat) };
}
