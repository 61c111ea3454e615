/// <reference types="office-js" />
import type { Grid } from '../../src/grid/grid.js';
import { OWN_SHEETS_REGISTRY, readRegistry, type OwnSheet } from '../../src/sheet-model/own-sheets.js';
import { gridFromRange } from './office-cells.js';

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
}

/**
 * Reads what every action needs in one go: the sheet list, the defined names, the plan sheet's used
 * range (values and number formats, so that date cells become dates) and the registry of own sheets;
 * with `withRules`, the custom conditional formats on the plan sheet. One sync, a second only when
 * the registry exists or rules are wanted.
 */
export async function readWorkbook(context: Excel.RequestContext, options: { sheet?: string; withRules?: boolean }): Promise<WorkbookSnapshot> {
  const { workbook } = context;
  const worksheets = workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  workbook.names.load('items/name');
  const target = options.sheet === undefined ? worksheets.getActiveWorksheet() : worksheets.getItem(options.sheet);
  target.load('name');
  const used = target.getUsedRangeOrNullObject();
  used.load('values,numberFormat,rowIndex,columnIndex');
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

  const grid = used.isNullObject ? { sheet: target.name, rows: [] } : gridFromRange(target.name, used.rowIndex, used.columnIndex, used.values, used.numberFormat);
  return {
    sheets: worksheets.items.map((sheet) => ({ name: sheet.name, visible: sheet.visibility === 'Visible' })),
    names: new Set(workbook.names.items.map((name) => name.name.toLowerCase())),
    registry: registryRange === null || registryRange.isNullObject ? [] : readRegistry(registryRange.values),
    hasRegistry,
    sheet: target.name,
    grid,
    customRules: rules.map(({ format, rule }) => ({ format, formula: rule.formula })),
  };
}
