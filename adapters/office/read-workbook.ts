/// <reference types="office-js" />
import type { Grid } from '../../src/grid/grid.js';
import { OWN_SHEETS_REGISTRY, readRegistry, type OwnSheet } from '../../src/sheet-model/own-sheets.js';
import { gridFromRange, mergedRanges } from './office-cells.js';
import { loadSettingsCells, type SettingsCells } from './settings-cells.js';

/** What the add-in knows of a workbook after reading it once (at most two syncs). */
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
 * Reads what every action needs in one go: the sheet list, the defined names, the plan sheet's used
 * range (values and number formats, so that date cells become dates, and its merged cells when
 * asked), the settings sheet's cells and the registry of own sheets; with `withRules`, the custom
 * conditional formats on the plan sheet. One sync, a second only when the registry exists or rules
 * are wanted.
 */
export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookSnapshot> {
  const { workbook } = context;
  const worksheets = workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  workbook.names.load('items/name');
  const target = options.sheet === undefined ? worksheets.getActiveWorksheet() : worksheets.getItem(options.sheet);
  target.load('name');
  // Values only: cells merely formatted (borders down to row 1000…) would make the read larger, not the plan.
  const used = target.getUsedRangeOrNullObject(true);
  used.load('values,numberFormat,rowIndex,columnIndex');
  // Only areas whose top-left cell is in the used range come back: that cell holds the merged text.
  const merged = options.merges === true ? used.getMergedAreasOrNullObject().load('address') : null;
  const settings = loadSettingsCells(workbook);
  const formats = options.withRules === true ? target.getRange().conditionalFormats : null;
  formats?.load('items/type');
  const registrySheet = worksheets.getItemOrNullObject(OWN_SHEETS_REGISTRY);
  registrySheet.load('name');
  await context.sync();

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
  const grid = used.isNullObject ? { sheet: target.name, rows: [] } : gridFromRange(target.name, used.rowIndex, used.columnIndex, used.values, used.numberFormat, merges);
  return {
    sheets: worksheets.items.map((sheet) => ({ name: sheet.name, visible: sheet.visibility === 'Visible' })),
    names: new Set(workbook.names.items.map((name) => name.name.toLowerCase())),
    registry: registryRange === null || registryRange.isNullObject ? [] : readRegistry(registryRange.values),
    hasRegistry,
    sheet: target.name,
    grid,
    customRules: rules.map(({ format, rule }) => ({ format, formula: rule.formula })),
    settings: settings(),
  };
}
