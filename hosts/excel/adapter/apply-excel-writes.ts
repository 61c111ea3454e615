/// <reference types="office-js" />
import { officeCell } from './office-cells.js';
import { OWN_SHEETS_REGISTRY, registryRows, type OwnSheet } from '../../../src/sheet-model/own-sheets.js';
import type { WorkbookWrites } from '../../../src/use-cases/workbook-port.js';
import { ensureDoneWordsCell } from './done-words-cell.js';
import { readOf, type ExcelReads } from './excel-snapshot.js';
import { queueDueSoonDays } from './settings-cells.js';
import { queueModelLayout, writeColumnsUpdate, writeModelRows, type ChunkProgress, type HostFeatures } from './write-sheet.js';

export interface ApplyOptions {
  readonly features: HostFeatures;
  readonly progress?: ChunkProgress;
}

/** Queues the registry sheet's new content, creating it (very hidden) the first time. */
function queueRegistry(context: Excel.RequestContext, reads: ExcelReads, entries: readonly OwnSheet[]): void {
  const rows = registryRows(entries).map((row) => row.map((value) => officeCell(value).formula));
  const worksheets = context.workbook.worksheets;
  let registry: Excel.Worksheet;
  if (reads.first.hasRegistry) {
    registry = worksheets.getItem(OWN_SHEETS_REGISTRY);
    registry.getRange().clear();
  } else {
    registry = worksheets.add(OWN_SHEETS_REGISTRY);
  }
  registry.getRangeByIndexes(0, 0, rows.length, rows[0]!.length).formulas = rows;
  registry.visibility = 'VeryHidden';
}

/**
 * Applies what a use case decided, as the workbook allows it: the plan's columns (our earlier status
 * rules replaced, the user's kept), whole sheets (rows in chunks, a sync each; the own sheets being
 * replaced deleted first), then what to show, the registry and the due-soon cell, and one last sync.
 */
export async function applyExcelWrites(context: Excel.RequestContext, reads: ExcelReads, writes: WorkbookWrites, options: ApplyOptions): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const sheetRows = writes.sheets.reduce((sum, write) => sum + write.model.rows.length, 0);
  let before = 0;
  const columns = writes.statusColumns;
  if (columns !== null) {
    const ours = new Set(columns.update.rules.map((rule) => `=${rule.formula}`));
    for (const { formula, format } of readOf(reads, columns.sheet)?.customRules ?? []) if (ours.has(formula)) format.delete();
    before = await writeColumnsUpdate(context, worksheets.getItem(columns.sheet), columns.update, {
      features: options.features,
      progress: (done, total) => options.progress?.(done, total + sheetRows),
    });
  }
  if (writes.doneWordsCell) await ensureDoneWordsCell(context, reads.first.names);
  const total = before + sheetRows;
  for (const { model, replace } of writes.sheets) {
    if (replace) worksheets.getItem(model.name).delete();
    const sheet = worksheets.add(model.name);
    const offset = before;
    await writeModelRows(context, sheet, model, (done) => options.progress?.(offset + done, total));
    before += model.rows.length;
    queueModelLayout(context, sheet, model, { features: options.features, existingNames: reads.first.names });
  }
  if (writes.activate !== null) worksheets.getItem(writes.activate).activate();
  if (writes.select !== null) worksheets.getItem(writes.select.sheet).getRange(writes.select.cell).select();
  if (writes.registry !== null) queueRegistry(context, reads, writes.registry);
  if (writes.dueSoonCell !== null) queueDueSoonDays(reads.first.settings, writes.dueSoonCell);
  await context.sync();
}
