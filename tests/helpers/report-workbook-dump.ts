import ExcelJS from 'exceljs';

/**
 * A workbook as a plain, comparable value: per sheet, in tab order, everything exceljs reads —
 * cell values, formulas and cached results, the format each cell shows (its own, or the file's
 * default when it has none), merges, column widths, row heights, data validations, conditional
 * formats, views, print setup — and the workbook's defined names. Not the zip bytes, which hold
 * timestamps, nor the ids exceljs makes up on each write (a data bar's x14 id).
 */
export interface WorkbookDump {
  readonly sheets: readonly string[];
  readonly definedNames: readonly unknown[];
  readonly bySheet: Readonly<Record<string, SheetDump>>;
}

export type SheetDump = Record<string, unknown>;

export async function dumpWorkbook(bytes: Uint8Array): Promise<WorkbookDump> {
  const { workbook, defaultStyle } = await loadWorkbook(bytes);
  const bySheet: Record<string, SheetDump> = {};
  for (const sheet of workbook.worksheets) bySheet[sheet.name] = dumpSheet(sheet, defaultStyle ?? {});
  const definedNames = workbook.definedNames.model.map(({ name, ranges }) => ({ name, ranges: [...ranges].sort() })).sort((a, b) => a.name.localeCompare(b.name));
  return { sheets: workbook.worksheets.map((sheet) => sheet.name), definedNames, bySheet };
}

export function dumpSheet(sheet: ExcelJS.Worksheet, defaultStyle: Partial<ExcelJS.Style>): SheetDump {
  const rows: unknown[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      const style = Object.keys(cell.style ?? {}).length === 0 ? defaultStyle : cell.style;
      cells.push({ address: cell.address, type: cell.type, value: plain(cell.value), style: normaliseStyle(plain(style)) });
    });
    rows.push({ number, height: row.height, hidden: row.hidden, outlineLevel: row.outlineLevel, cells });
  });
  const model = sheet.model as unknown as { merges: string[]; dataValidations: Record<string, unknown> };
  const validations = Object.entries(model.dataValidations ?? {})
    .filter(([, rule]) => rule !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return {
    state: sheet.state,
    properties: plain(sheet.properties),
    views: plain((sheet.views ?? []).map((view) => ({ ...view, tabSelected: undefined }))),
    pageSetup: normalisePageSetup(plain(sheet.pageSetup)),
    headerFooter: withoutDefaults(plain(sheet.headerFooter), { differentFirst: false, differentOddEven: false }),
    autoFilter: plain(sheet.autoFilter),
    columns: (sheet.columns ?? []).map((column) => plain({ width: column.width, hidden: column.hidden, outlineLevel: column.outlineLevel, style: column.style })),
    rows,
    merges: [...model.merges].sort(),
    dataValidations: plain(validations),
    conditionalFormattings: plain(withoutIds((sheet as unknown as { conditionalFormattings: unknown }).conditionalFormattings)),
  };
}

/** A JSON-safe copy: dates as ISO text, undefined left out. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null, (_key, item: unknown) => (item instanceof Date ? item.toISOString() : item)));
}

/** Conditional formats without the GUIDs exceljs gives data bars afresh on every write. */
function withoutIds(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null), (key, item: unknown) => (key === 'x14Id' || key === 'id' ? undefined : item));
}

/** A value left out when it says what the format says anyway (exceljs writes some defaults and drops others). */
function withoutDefaults(value: unknown, defaults: Record<string, unknown>): unknown {
  if (value === null || typeof value !== 'object') return value;
  const kept = Object.entries(value).filter(([key, item]) => item !== null && !(key in defaults && JSON.stringify(defaults[key]) === JSON.stringify(item)));
  return Object.fromEntries(kept);
}

const ALIGNMENT_DEFAULTS = { horizontal: 'general', vertical: 'bottom', wrapText: false, shrinkToFit: false, indent: 0, textRotation: 0 };

/**
 * A cell format as it shows: General number format, bottom-aligned general alignment, no border, no
 * fill and default protection are the same as saying nothing.
 */
function normaliseStyle(style: unknown): unknown {
  if (style === null || typeof style !== 'object') return style;
  const { numFmt, alignment, border, fill, protection, ...rest } = style as Record<string, unknown>;
  const result: Record<string, unknown> = { ...rest };
  if (numFmt !== undefined && numFmt !== 'General') result.numFmt = numFmt;
  const align = withoutDefaults(alignment, ALIGNMENT_DEFAULTS) as Record<string, unknown> | null;
  if (align !== null && align !== undefined && Object.keys(align).length > 0) result.alignment = align;
  const sides = (border ?? {}) as Record<string, unknown>;
  if (Object.values(sides).some((side) => side !== null && typeof side === 'object' && 'style' in side)) result.border = border;
  const pattern = fill as { type?: string; pattern?: string } | undefined;
  if (pattern !== undefined && !(pattern.type === 'pattern' && pattern.pattern === 'none')) result.fill = fill;
  const lock = withoutDefaults(protection, { locked: true, hidden: false }) as Record<string, unknown> | undefined;
  if (lock !== undefined && lock !== null && Object.keys(lock).length > 0) result.protection = lock;
  return result;
}

/**
 * Print setup as it prints: enumerations compared without case ("none" and "None"), print options
 * that are off left out, and `useFirstPageNumber` left out — exceljs reads LibreOffice's "true" there
 * as false, and writes the page numbering back as the file had it.
 */
function normalisePageSetup(setup: unknown): unknown {
  const kept = withoutDefaults(setup, { showRowColHeaders: false, showGridLines: false, horizontalCentered: false, verticalCentered: false });
  if (kept === null || typeof kept !== 'object') return kept;
  const { useFirstPageNumber: _ignored, ...rest } = kept as Record<string, unknown>;
  return Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, typeof value === 'string' ? value.toLowerCase() : value]));
}

/**
 * A workbook loaded by exceljs, and the file's default cell format (its first cell format, "xf 0",
 * which carries the Normal style's font). exceljs gives cells in that format no style at all and
 * writes its own default (Calibri 11) in its place, so a LibreOffice workbook's Arial 10 or an Excel
 * workbook whose default font was set to Times New Roman would change look; the format is caught
 * here, while exceljs reconciles the file, to give those cells back.
 */
export async function loadWorkbook(bytes: Uint8Array): Promise<{ workbook: ExcelJS.Workbook; defaultStyle: Partial<ExcelJS.Style> | null }> {
  const workbook = new ExcelJS.Workbook();
  let defaultStyle: Partial<ExcelJS.Style> | null = null;
  // exceljs' loader calls reconcile(model) once, with the parsed styles; its typings leave it out.
  const xlsx = workbook.xlsx as unknown as { reconcile?(model: { styles?: { getStyleModel(id: number): Partial<ExcelJS.Style> | null } }, options: unknown): void };
  if (typeof xlsx.reconcile === 'function') {
    const reconcile = xlsx.reconcile.bind(xlsx);
    xlsx.reconcile = (model, options) => {
      defaultStyle = model.styles?.getStyleModel(0) ?? null;
      reconcile(model, options);
    };
  }
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return { workbook, defaultStyle };
}
