import { TAB_COLOURS } from '../../src/sheet-model/palette.js';
import { openOoxmlPackage, type OoxmlPackage } from '../files/ooxml-package.js';
import { SETTINGS_TITLE_PREFIX } from '../../src/sheet-model/settings-sheet-model.js';
import { SUMMARY_TITLE_PREFIX } from '../../src/sheet-model/summary-sheet-model.js';
import { HELPER_HEADER_PREFIX } from '../../src/sheet/plan-sheet-layout.js';
import { DEFAULT_SETTINGS_NAMES } from '../../src/sheet/row-formulas.js';
import { isRegistryName, OWN_SHEETS_REGISTRY, OWN_SHEETS_VERSION, readRegistry, REGISTRY_HEADER, registryRows, type OwnSheet, type OwnSheetRole } from '../../src/sheet-model/own-sheets.js';
import { PLAN_HEADER_ROW_INDEX } from '../../src/sheet-model/plan-table-model.js';
import { freeSheetName, sheetNameKey } from '../../src/sheet-model/own-sheet-names.js';
import type { CellValue } from '../../src/grid/cell-value.js';
import type { DetailedSheetModel } from '../../src/sheet-model/sheet-model.js';
import { appendOwnStyles } from './own-styles.js';
import { basePackage } from './base-package.js';
import { drawingXml, sheetCharts } from './chart-parts.js';
import { editAppProperties } from './app-properties.js';
import { firstRows, lazySharedStrings } from './own-sheet-cells.js';
import {
  addDefault,
  contentTypeOf,
  editContentTypes,
  editRelationships,
  hasDefault,
  isType,
  parseRelationships,
  REL_TYPES,
  relationshipsPartOf,
  relationshipsXml,
  relativeTarget,
  resolvePart,
} from './package-index.js';
import { absoluteReference, writeSheetXml } from './sheet-xml.js';
import { definedNameElement, editWorkbook, parseDefinedNames, parseWorkbookSheets, sheetElement, usesDate1904, withLocalSheetId, type WorkbookSheet } from './workbook-part.js';
import { ZipWriter } from './zip-writer.js';

/** The names the product's sheets get in a workbook. */
export interface OwnSheetNames {
  readonly plan: string;
  readonly summary: string;
  readonly settings: string;
}

/** The product's sheets to write, as models, in the order plan, summary, settings. */
export interface OwnSheetModels {
  readonly plan: DetailedSheetModel;
  /** None in a blank template: the workbook then opens on the plan sheet. */
  readonly summary?: DetailedSheetModel;
  readonly settings: DetailedSheetModel;
}

export interface ReportPackage {
  readonly bytes: Uint8Array;
  /** Whether the workbook holds macros (its main part is macro-enabled): it must be saved as .xlsm. */
  readonly macroEnabled: boolean;
  /** How many texts were cut to the 32,767 characters a cell can hold. */
  readonly cutCells: number;
}

const CONTENT_TYPES = '[Content_Types].xml';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const MACRO_MAIN = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';

type Slot = OwnSheetRole | 'registry';

/**
 * Writes the report into a workbook package: every part of the user's package is copied byte for
 * byte, our sheets are added as new parts (inline strings, our formats appended to the styles), and
 * only the indexes that must change are edited, by splicing: [Content_Types].xml, the workbook part
 * (sheet list, our defined names, the tab it opens on), its relationships, docProps/app.xml and the
 * styles part. Without a source the same happens on a minimal package (`basePackage`).
 *
 * A package this function wrote before has its registry sheet ("_cchc"): the sheets listed there that
 * still look like ours (the plan sheet, the settings sheet, the summary of the same period, the
 * registry) are removed with the parts only they used, and the new ones take their places; summaries
 * of other periods stay. The user's own sheets are never read, only listed. Everything is
 * deterministic (part names, ids, the ZIP's timestamps), so that rebuilding gives the same bytes.
 */
export function writeReportPackage(
  source: Uint8Array | OoxmlPackage | undefined,
  models: (names: OwnSheetNames) => OwnSheetModels,
  wanted: OwnSheetNames & { readonly period: string; readonly created: string },
): ReportPackage {
  const pkg = source === undefined ? basePackage(wanted.created) : source instanceof Uint8Array ? openOoxmlPackage(source) : source;
  const present = new Map(pkg.names.map((name) => [name.toLowerCase(), name]));
  const has = (part: string) => present.has(part.toLowerCase());
  const partBytes = (part: string) => pkg.bytes(present.get(part.toLowerCase()) ?? part);
  const partText = (part: string) => pkg.text(present.get(part.toLowerCase()) ?? part);

  const rootRels = parseRelationships(partText('_rels/.rels'));
  const office = rootRels.find((rel) => isType(rel, REL_TYPES.officeDocument));
  if (office === undefined) throw new Error('The package has no workbook part');
  const workbookPath = resolvePart('', office.target);
  const workbookXml = partText(workbookPath)!;
  const workbookRelsPath = relationshipsPartOf(workbookPath);
  const workbookRelsXml = partText(workbookRelsPath) ?? relationshipsXml([]);
  const workbookRels = parseRelationships(workbookRelsXml);
  const contentTypes = partText(CONTENT_TYPES)!;
  const macroEnabled = contentTypeOf(contentTypes, workbookPath) === MACRO_MAIN;

  const sheets = parseWorkbookSheets(workbookXml).map((sheet) => {
    const rel = workbookRels.find((item) => item.id === sheet.relationshipId);
    return { ...sheet, part: rel === undefined ? '' : resolvePart(workbookPath, rel.target) };
  });
  const sharedRel = workbookRels.find((rel) => isType(rel, REL_TYPES.sharedStrings));
  const sharedString = lazySharedStrings(sharedRel === undefined ? undefined : partText(resolvePart(workbookPath, sharedRel.target)));
  const rowsOf = (sheet: { part: string }, count: number): CellValue[][] => {
    const bytes = sheet.part === '' ? undefined : partBytes(sheet.part);
    return bytes === undefined ? [] : firstRows(bytes, count, sharedString);
  };

  // Our earlier sheets, by the registry.
  const slots = new Map<(typeof sheets)[number], Slot>();
  const keptSummaries: OwnSheet[] = [];
  const registry = sheets.find((sheet) => isRegistryName(sheet.name) && rowsOf(sheet, 1)[0]?.[0] === REGISTRY_HEADER[0]);
  if (registry !== undefined) {
    slots.set(registry, 'registry');
    const byKey = new Map(sheets.map((sheet) => [sheetNameKey(sheet.name), sheet]));
    for (const entry of readRegistry(rowsOf(registry, 10_000))) {
      const sheet = byKey.get(sheetNameKey(entry.name));
      if (sheet === undefined || slots.has(sheet) || !looksLikeOwn(rowsOf(sheet, PLAN_HEADER_ROW_INDEX + 1), entry.role)) continue;
      if (entry.role === 'summary' && entry.period !== wanted.period) keptSummaries.push({ ...entry, name: sheet.name });
      else slots.set(sheet, entry.role);
    }
  }
  const remaining = sheets.filter((sheet) => !slots.has(sheet));
  const taken = remaining.map((sheet) => sheet.name);
  const pick = (name: string) => {
    const free = freeSheetName(name, taken);
    taken.push(free);
    return free;
  };
  const names: OwnSheetNames = { plan: pick(wanted.plan), summary: wanted.summary === '' ? '' : pick(wanted.summary), settings: pick(wanted.settings) };
  const registryName = pick(OWN_SHEETS_REGISTRY);
  const own = models(names);
  const ownSheets: OwnSheet[] = [
    { name: names.plan, role: 'plan', version: OWN_SHEETS_VERSION, period: '' },
    ...(own.summary === undefined ? [] : [{ name: names.summary, role: 'summary' as const, version: OWN_SHEETS_VERSION, period: wanted.period }]),
    { name: names.settings, role: 'settings', version: OWN_SHEETS_VERSION, period: '' },
  ];
  const registryModel = registrySheetModel(registryName, [...ownSheets, ...keptSummaries]);

  // The tabs: the user's where they were, ours in the places of the ones they replace.
  type Tab = { kind: 'user'; sheet: (typeof sheets)[number] } | { kind: 'own'; slot: Slot };
  const tabs = placeTabs(
    sheets.map((sheet) => (slots.has(sheet) ? { slot: slots.get(sheet)! } : sheet)),
    new Set(keptSummaries.map((item) => item.name)),
  )
    .filter((item) => !('slot' in item) || item.slot !== 'summary' || own.summary !== undefined)
    .map((item): Tab => (typeof item === 'object' && 'slot' in item ? { kind: 'own', slot: item.slot } : { kind: 'user', sheet: item as (typeof sheets)[number] }));
  const nameOfTab = (tab: Tab) => (tab.kind === 'user' ? tab.sheet.name : tab.slot === 'registry' ? registryName : names[tab.slot]);
  const modelOf: Partial<Record<Slot, DetailedSheetModel>> = { ...own, registry: registryModel };
  const tabIndex = (slot: Slot) => tabs.findIndex((tab) => tab.kind === 'own' && tab.slot === slot);

  // Parts of our earlier sheets, and what only they used.
  const removedSheets = [...slots.keys()];
  const removedParts = new Set<string>();
  const removedRelIds = new Set(removedSheets.map((sheet) => sheet.relationshipId));
  const visit = (part: string) => {
    const key = part.toLowerCase();
    if (removedParts.has(key) || !has(part)) return;
    removedParts.add(key);
    const rels = relationshipsPartOf(part);
    if (!has(rels)) return;
    removedParts.add(rels.toLowerCase());
    for (const rel of parseRelationships(partText(rels))) if (!rel.external) visit(resolvePart(part, rel.target));
  };
  for (const sheet of removedSheets) if (sheet.part !== '') visit(sheet.part);
  // A part another part still points at stays (a picture shared with a sheet of the user's).
  for (const name of pkg.names) {
    if (!name.endsWith('.rels') || removedParts.has(name.toLowerCase())) continue;
    const from = name.replace(/(^|\/)_rels\/([^/]+)\.rels$/, '$1$2');
    for (const rel of parseRelationships(pkg.text(name))) {
      if (rel.external || (name === workbookRelsPath && removedRelIds.has(rel.id))) continue;
      const target = resolvePart(from, rel.target).toLowerCase();
      if (removedSheets.every((sheet) => sheet.part.toLowerCase() !== target)) removedParts.delete(target);
    }
  }
  const calcChain = workbookRels.find((rel) => isType(rel, REL_TYPES.calcChain));
  if (calcChain !== undefined && removedSheets.length > 0) {
    // Dropped only when some of its cells are on the sheets removed (Excel would call the file
    // damaged); Excel rebuilds it. A cell without "i" is on the sheet of the one before.
    const chainPath = resolvePart(workbookPath, calcChain.target);
    const removedIds = new Set(removedSheets.map((sheet) => String(sheet.sheetId)));
    const chain = partText(chainPath) ?? '';
    if ([...chain.matchAll(/<(?:\w+:)?c(?=[\s/>])[^>]*?\si="(\d+)"/g)].some((match) => removedIds.has(match[1]!))) {
      removedRelIds.add(calcChain.id);
      removedParts.add(chainPath.toLowerCase());
    }
  }

  // Names for the new parts: the lowest free numbers, so that a rebuild finds the same.
  const usedParts = new Set([...pkg.names.map((name) => name.toLowerCase())].filter((name) => !removedParts.has(name)));
  const freePart = (pattern: (n: number) => string) => {
    for (let n = 1; ; n++) {
      const part = pattern(n);
      if (!usedParts.has(part.toLowerCase())) {
        usedParts.add(part.toLowerCase());
        return part;
      }
    }
  };
  const workbookDir = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const usedRelIds = new Set(workbookRels.filter((rel) => !removedRelIds.has(rel.id)).map((rel) => rel.id));
  const freeRelId = () => {
    for (let n = 1; ; n++) {
      const id = `rIdCchc${n}`;
      if (!usedRelIds.has(id)) {
        usedRelIds.add(id);
        return id;
      }
    }
  };
  let nextSheetId = remaining.reduce((max, sheet) => Math.max(max, sheet.sheetId), 0) + 1;
  const slotsInOrder = (['plan', 'summary', 'settings', 'registry'] as const).filter((slot) => modelOf[slot] !== undefined);
  const newSheets = new Map(slotsInOrder.map((slot) => [slot, { part: freePart((n) => `${workbookDir}worksheets/sheet${n}.xml`), relationshipId: freeRelId(), sheetId: nextSheetId++ }]));

  // The summary's charts.
  const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;
  const charts = own.summary === undefined ? [] : sheetCharts(own.summary, quoted(names.summary));
  const summaryPart = newSheets.get('summary')?.part ?? '';
  const drawingPart = charts.length === 0 ? undefined : freePart((n) => `xl/drawings/drawing${n}.xml`);
  const chartParts = charts.map(() => freePart((n) => `xl/charts/chart${n}.xml`));

  // Styles: ours appended to the user's part (or to a new one when the package has none).
  const stylesRel = workbookRels.find((rel) => isType(rel, REL_TYPES.styles));
  const stylesPath = stylesRel === undefined ? freePart((n) => `${workbookDir}styles${n === 1 ? '' : n}.xml`) : resolvePart(workbookPath, stylesRel.target);
  const stylesSource = (stylesRel === undefined ? undefined : partText(stylesPath)) ?? basePackage(wanted.created).text('xl/styles.xml')!;
  const styles = appendOwnStyles(stylesSource);

  // The tab the workbook opens on is our summary; it is marked selected only when no sheet of the
  // user's is (two selected tabs would be a group, edited together).
  const userSelects = remaining.some((sheet) => {
    const bytes = sheet.part === '' ? undefined : partBytes(sheet.part);
    return bytes !== undefined && /<(?:\w+:)?sheetView\b[^>]*\btabSelected\s*=\s*["'](1|true)["']/.test(new TextDecoder().decode(bytes.subarray(0, 16_384)));
  });

  // xl/workbook.xml: sheets, names, the opening tab.
  const oldIndex = new Map(sheets.map((sheet, index) => [sheet, index]));
  const newIndexOfOld = new Map<number, number>();
  tabs.forEach((tab, index) => {
    if (tab.kind === 'user') newIndexOfOld.set(oldIndex.get(tab.sheet)!, index);
  });
  const settingsNames = new Set(Object.values(DEFAULT_SETTINGS_NAMES));
  const keptNames = parseDefinedNames(workbookXml).flatMap((entry) => {
    if (entry.localSheetId === undefined) return settingsNames.has(entry.name) ? [] : [entry.element];
    const index = newIndexOfOld.get(entry.localSheetId);
    if (index === undefined) return [];
    return [index === entry.localSheetId ? entry.element : withLocalSheetId(entry.element, index)];
  });
  const ownNames: string[] = [];
  for (const slot of slotsInOrder) {
    const model = modelOf[slot]!;
    for (const { name, range } of model.names) ownNames.push(definedNameElement(workbookXml, name, `${quoted(model.name)}!${absoluteReference(range)}`));
    if (model.printTitleRows !== undefined) {
      const { top, bottom } = model.printTitleRows;
      ownNames.push(definedNameElement(workbookXml, '_xlnm.Print_Titles', `${quoted(model.name)}!$${top + 1}:$${bottom + 1}`, tabIndex(slot)));
    }
  }
  const sheetElements = tabs.map((tab) => {
    if (tab.kind === 'user') return tab.sheet.element;
    const item = newSheets.get(tab.slot)!;
    return sheetElement(workbookXml, nameOfTab(tab), item.sheetId, item.relationshipId, tab.slot === 'registry' ? 'veryHidden' : undefined);
  });
  const newWorkbookXml = editWorkbook(workbookXml, { sheets: sheetElements, definedNames: [...keptNames, ...ownNames], activeTab: tabIndex(own.summary === undefined ? 'plan' : 'summary') });

  const newWorkbookRels = editRelationships(workbookRelsXml, removedRelIds, [
    ...slotsInOrder.map((slot) => ({ id: newSheets.get(slot)!.relationshipId, type: REL_TYPES.worksheet, target: relativeTarget(workbookPath, newSheets.get(slot)!.part) })),
    ...(stylesRel === undefined ? [{ id: freeRelId(), type: REL_TYPES.styles, target: relativeTarget(workbookPath, stylesPath) }] : []),
  ]);

  let newContentTypes = editContentTypes(contentTypes, removedParts, [
    ...slotsInOrder.map((slot) => ({ part: newSheets.get(slot)!.part, type: WORKSHEET_TYPE })),
    ...(drawingPart === undefined ? [] : [{ part: drawingPart, type: DRAWING_TYPE }]),
    ...chartParts.map((part) => ({ part, type: CHART_TYPE })),
    ...(stylesRel === undefined ? [{ part: stylesPath, type: STYLES_TYPE }] : []),
  ]);
  if (!hasDefault(newContentTypes, 'rels')) newContentTypes = addDefault(newContentTypes, 'rels', 'application/vnd.openxmlformats-package.relationships+xml');

  const appRel = rootRels.find((rel) => isType(rel, REL_TYPES.extendedProperties));
  const appPath = appRel === undefined ? undefined : resolvePart('', appRel.target);
  const appXml = appPath === undefined ? undefined : partText(appPath);

  const replaced = new Map<string, string>([
    [CONTENT_TYPES.toLowerCase(), newContentTypes],
    [workbookPath.toLowerCase(), newWorkbookXml],
    [workbookRelsPath.toLowerCase(), newWorkbookRels],
    [stylesPath.toLowerCase(), styles.xml],
  ]);
  if (appPath !== undefined && appXml !== undefined)
    replaced.set(
      appPath.toLowerCase(),
      editAppProperties(
        appXml,
        sheets.map((sheet) => sheet.name),
        tabs.map(nameOfTab),
      ),
    );

  const zip = new ZipWriter();
  const written = new Set<string>();
  for (const name of pkg.names) {
    const key = name.toLowerCase();
    if (removedParts.has(key)) continue;
    written.add(key);
    const text = replaced.get(key);
    zip.add(name, text ?? pkg.bytes(name)!);
  }
  for (const [key, text] of replaced) {
    if (!written.has(key)) zip.add(key === workbookRelsPath.toLowerCase() ? workbookRelsPath : key === stylesPath.toLowerCase() ? stylesPath : key, text);
  }
  const date1904 = usesDate1904(workbookXml);
  let cutCells = 0;
  slotsInOrder.forEach((slot, index) => {
    const item = newSheets.get(slot)!;
    const withDrawing = slot === 'summary' && drawingPart !== undefined;
    zip.addStreamed(item.part, (emit) => {
      cutCells += writeSheetXml(
        modelOf[slot]!,
        { styles: styles.indexes, tabSelected: slot === (own.summary === undefined ? 'plan' : 'summary') && !userSelects, date1904, idSeed: index + 1, ...(withDrawing ? { drawingId: 'rId1' } : {}) },
        emit,
      ).cutCells;
    });
  });
  if (drawingPart !== undefined) {
    zip.add(relationshipsPartOf(summaryPart), relationshipsXml([{ id: 'rId1', type: REL_TYPES.drawing, target: relativeTarget(summaryPart, drawingPart) }]));
    zip.add(drawingPart, drawingXml(charts.map((chart, index) => ({ chart, relationshipId: `rId${index + 1}` }))));
    zip.add(relationshipsPartOf(drawingPart), relationshipsXml(chartParts.map((part, index) => ({ id: `rId${index + 1}`, type: REL_TYPES.chart, target: relativeTarget(drawingPart, part) }))));
    charts.forEach((chart, index) => zip.add(chartParts[index]!, chart.xml));
  }
  return { bytes: zip.finish(), macroEnabled, cutCells };
}

/** Whether a sheet the registry names still is what the product wrote (not a sheet the user put under that name). */
function looksLikeOwn(rows: readonly (readonly CellValue[])[], role: OwnSheetRole): boolean {
  const text = (value: CellValue | undefined) => (typeof value === 'string' ? value : '');
  switch (role) {
    case 'plan':
      return (rows[PLAN_HEADER_ROW_INDEX] ?? []).some((value) => text(value).startsWith(HELPER_HEADER_PREFIX));
    case 'summary':
      return text(rows[0]?.[0]).startsWith(SUMMARY_TITLE_PREFIX);
    case 'settings':
      return text(rows[0]?.[0]).startsWith(SETTINGS_TITLE_PREFIX);
  }
}

/**
 * The tabs in their new order: the user's sheets where they were; each of ours in the place of the one
 * it replaces, or, new to the workbook, next to the product's other sheets (or after the user's);
 * the registry last.
 */
function placeTabs<T extends WorkbookSheet>(order: readonly (T | { slot: Slot })[], keptSummaries: ReadonlySet<string>): (T | { slot: Slot })[] {
  const tabs: (T | { slot: Slot })[] = [];
  const placed = new Set<Slot>();
  for (const item of order) {
    if (!('slot' in item)) tabs.push(item);
    else if (item.slot !== 'registry' && !placed.has(item.slot)) {
      placed.add(item.slot);
      tabs.push(item);
    }
  }
  const isOwn = (tab: T | { slot: Slot }, slots: readonly Slot[]) => ('slot' in tab ? slots.includes(tab.slot) : keptSummaries.has(tab.name));
  const lastIndex = (slots: readonly Slot[]) => tabs.reduce((last, tab, index) => (isOwn(tab, slots) ? index : last), -1);
  if (!placed.has('plan')) {
    const first = tabs.findIndex((tab) => isOwn(tab, ['summary', 'settings']));
    tabs.splice(first === -1 ? tabs.length : first, 0, { slot: 'plan' });
  }
  if (!placed.has('summary')) tabs.splice(lastIndex(['plan']) + 1, 0, { slot: 'summary' });
  if (!placed.has('settings')) tabs.splice(lastIndex(['plan', 'summary']) + 1, 0, { slot: 'settings' });
  tabs.push({ slot: 'registry' });
  return tabs;
}

/** The registry sheet as a model: one line per sheet of ours under a header. */
function registrySheetModel(name: string, sheets: readonly OwnSheet[]): DetailedSheetModel {
  const rows = registryRows(sheets);
  return {
    name,
    rows,
    looks: [],
    merges: [],
    columnWidths: [34, 10, 10, 16],
    hiddenColumns: [],
    frozenRows: 0,
    validations: [],
    rules: [],
    dataBars: [],
    names: [],
    rowHeights: rows.map(() => null),
    tabColor: TAB_COLOURS.registry,
    orientation: 'portrait',
    lookVariants: [],
    wholeNumberValidations: [],
    validationMessages: [],
  };
}
