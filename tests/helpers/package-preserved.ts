import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';

/**
 * Whether a workbook the product wrote kept the user's package: every part of the input other than
 * the package indexes byte for byte, and every entry the indexes held. What a report may change is
 * exactly the indexes it must extend to add its own sheets (issue 12).
 */

/** The parts a writer may edit, to add its sheets, names and formats; anything else is the user's. */
export const INDEX_PARTS = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'docProps/app.xml', 'xl/styles.xml'] as const;

/** Parts a writer may drop (Excel rebuilds the calculation chain). */
export const DROPPABLE_PARTS = ['xl/calcChain.xml'] as const;

export interface PreservedOptions {
  readonly indexParts?: readonly string[];
  readonly droppableParts?: readonly string[];
}

/** One way the output falls short: something of the user's is gone, or is there but different. */
export interface PackageDifference {
  readonly part: string;
  readonly kind: 'lost' | 'changed';
  readonly detail: string;
}

const MAX_LINES = 60;

/**
 * Throws, with one line per difference naming the part, unless the output preserves the input's
 * package (see `comparePackages`).
 */
export function expectPackagePreserved(input: Uint8Array, output: Uint8Array, options: PreservedOptions = {}): void {
  const differences = comparePackages(input, output, options);
  if (differences.length === 0) return;
  const shown = differences.slice(0, MAX_LINES).map((d) => `  ${d.part}: ${d.kind} — ${d.detail}`);
  const lines = differences.length > MAX_LINES ? [...shown, `  … and ${differences.length - MAX_LINES} more`] : shown;
  throw new Error(`The user's package was not preserved (${differences.length} difference${differences.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
}

/**
 * Every way the output does not preserve the input: a non-index part missing or not byte-identical;
 * an index part missing, or missing or altering one of its entries — a content type Default or
 * Override, a <sheet>, a defined name (same name, scope and value), any other element of the
 * workbook part (workbookPr, workbookProtection, pivotCaches, externalReferences, extLst, …), a
 * relationship of the workbook, a title or other property of docProps/app.xml, and in the styles part
 * the user's number formats (same id and code) and fonts, fills, borders, cell style formats, cell
 * formats, cell styles and differential formats at the same indices, colours, table styles and
 * extensions. A dropped droppable part may take its content type, relationship and nothing else.
 */
export function comparePackages(input: Uint8Array, output: Uint8Array, options: PreservedOptions = {}): PackageDifference[] {
  const indexParts = new Set(options.indexParts ?? INDEX_PARTS);
  const droppable = new Set(options.droppableParts ?? DROPPABLE_PARTS);
  const before = unzip(input, 'input');
  let after: Record<string, Uint8Array>;
  try {
    after = unzip(output, 'output');
  } catch (error) {
    return [{ part: '(package)', kind: 'lost', detail: (error as Error).message }];
  }
  const differences: PackageDifference[] = [];
  const dropped = new Set([...droppable].filter((name) => before[name] !== undefined && after[name] === undefined));

  for (const [name, bytes] of Object.entries(before)) {
    if (dropped.has(name)) continue;
    const kept = after[name];
    if (kept === undefined) {
      differences.push({ part: name, kind: 'lost', detail: `not in the output (${bytes.length} bytes in the input)` });
      continue;
    }
    if (indexParts.has(name)) continue;
    const at = firstDifference(bytes, kept);
    if (at !== -1)
      differences.push({
        part: name,
        kind: 'changed',
        detail: `not byte-identical: ${bytes.length} bytes in, ${kept.length} out, first difference at byte ${at} (${excerpt(bytes, at)} → ${excerpt(kept, at)})`,
      });
  }

  const compare: Record<string, (a: string, b: string, report: Report) => void> = {
    '[Content_Types].xml': (a, b, report) => compareContentTypes(a, b, report, dropped),
    'xl/workbook.xml': compareWorkbook,
    'xl/_rels/workbook.xml.rels': (a, b, report) => compareRelationships(a, b, report, dropped),
    'docProps/app.xml': compareAppProperties,
    'xl/styles.xml': compareStyles,
  };
  const decoder = new TextDecoder();
  for (const name of indexParts) {
    const a = before[name];
    const b = after[name];
    if (a === undefined || b === undefined || compare[name] === undefined) continue;
    const report: Report = (kind, detail) => differences.push({ part: name, kind, detail });
    try {
      compare[name](decoder.decode(a), decoder.decode(b), report);
    } catch (error) {
      report('changed', `cannot be read: ${(error as Error).message}`);
    }
  }
  return differences;
}

type Report = (kind: PackageDifference['kind'], detail: string) => void;

function unzip(bytes: Uint8Array, which: string): Record<string, Uint8Array> {
  try {
    const files = unzipSync(bytes);
    return Object.fromEntries(Object.entries(files).filter(([name]) => !name.endsWith('/')));
  } catch (error) {
    throw new Error(`the ${which} is not a ZIP package: ${(error as Error).message}`);
  }
}

function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

function excerpt(bytes: Uint8Array, at: number): string {
  return JSON.stringify(Buffer.from(bytes.subarray(Math.max(0, at - 20), at + 40)).toString('utf8'));
}

// --- XML, as fast-xml-parser's ordered tree -------------------------------------------------------

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

function parse(xml: string): XmlNode[] {
  return parser.parse(xml) as XmlNode[];
}

function tagOf(node: XmlNode): string {
  return Object.keys(node).find((key) => key !== ':@') ?? '';
}

function localName(tag: string): string {
  return tag.slice(tag.indexOf(':') + 1);
}

function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attrs(node: XmlNode): Record<string, string> {
  return node[':@'] ?? {};
}

/** Element children with the given local name. */
function children(node: XmlNode, name: string): XmlNode[] {
  return childrenOf(node).filter((child) => localName(tagOf(child)) === name);
}

function elementChildren(node: XmlNode): XmlNode[] {
  return childrenOf(node).filter((child) => !tagOf(child).startsWith('#'));
}

function root(xml: string, name: string): XmlNode {
  const found = parse(xml).find((node) => localName(tagOf(node)) === name);
  if (found === undefined) throw new Error(`no <${name}> root element`);
  return found;
}

function textOf(node: XmlNode): string {
  return childrenOf(node)
    .map((child) => (tagOf(child) === '#text' ? String(child['#text']) : textOf(child)))
    .join('');
}

/** A node as a string in which attribute order does not matter, for comparing entries whole. */
function canonical(node: XmlNode): string {
  const tag = tagOf(node);
  if (tag === '#text') return JSON.stringify(node['#text']);
  const attributes = Object.entries(attrs(node))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(' ');
  return `<${tag}${attributes ? ` ${attributes}` : ''}>${childrenOf(node).map(canonical).join('')}</${tag}>`;
}

function short(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

// --- the index parts --------------------------------------------------------------------------------

function compareContentTypes(a: string, b: string, report: Report, dropped: ReadonlySet<string>): void {
  const types = (xml: string) => {
    const top = root(xml, 'Types');
    return {
      defaults: new Map(children(top, 'Default').map((node) => [attrs(node).Extension!.toLowerCase(), attrs(node).ContentType!])),
      overrides: new Map(children(top, 'Override').map((node) => [attrs(node).PartName!.toLowerCase(), attrs(node).ContentType!])),
    };
  };
  const before = types(a);
  const after = types(b);
  for (const [extension, type] of before.defaults) {
    const kept = after.defaults.get(extension);
    if (kept === undefined) report('lost', `<Default Extension="${extension}" ContentType="${type}"/> is gone`);
    else if (kept !== type) report('changed', `<Default Extension="${extension}"> was ${type}, is ${kept}`);
  }
  const droppedNames = new Set([...dropped].map((name) => `/${name}`.toLowerCase()));
  for (const [partName, type] of before.overrides) {
    if (droppedNames.has(partName)) continue;
    const kept = after.overrides.get(partName);
    if (kept === undefined) report('lost', `<Override PartName="${partName}" ContentType="${type}"/> is gone`);
    else if (kept !== type) report('changed', `<Override PartName="${partName}"> was ${type}, is ${kept}`);
  }
}

/** Workbook elements a writer adding sheets must edit; checked entry by entry rather than whole. */
const WORKBOOK_EDITED = new Set(['sheets', 'definedNames', 'bookViews', 'calcPr']);
/** Attributes of <calcPr> a writer may set so that its formulas are calculated on opening. */
const CALC_PR_FREE = new Set(['calcId', 'fullCalcOnLoad', 'forceFullCalc']);
/** Attributes of <workbookView> that follow the sheets (which one is open, which tab is first). */
const VIEW_FREE = new Set(['activeTab', 'firstSheet']);

function compareWorkbook(a: string, b: string, report: Report): void {
  const before = root(a, 'workbook');
  const after = root(b, 'workbook');
  const sheetsOf = (workbook: XmlNode) => children(workbook, 'sheets').flatMap((sheets) => children(sheets, 'sheet'));
  const sheetsBefore = sheetsOf(before);
  const sheetsAfter = sheetsOf(after);
  const byName = new Map(sheetsAfter.map((sheet) => [attrs(sheet).name!, sheet]));

  for (const sheet of sheetsBefore) {
    const name = attrs(sheet).name!;
    const kept = byName.get(name);
    if (kept === undefined) {
      report('lost', `<sheet name="${name}"> is gone`);
      continue;
    }
    for (const [key, value] of Object.entries(attrs(sheet))) {
      if (attrs(kept)[key] !== value) report('changed', `<sheet name="${name}"> ${key} was "${value}", is "${attrs(kept)[key] ?? '(none)'}"`);
    }
  }
  const order = sheetsAfter.map((sheet) => attrs(sheet).name!).filter((name) => sheetsBefore.some((s) => attrs(s).name === name));
  const orderBefore = sheetsBefore.map((sheet) => attrs(sheet).name!).filter((name) => byName.has(name));
  if (order.join('\u0000') !== orderBefore.join('\u0000')) report('changed', `the user's sheets are reordered: ${orderBefore.join(', ')} → ${order.join(', ')}`);

  const names = (workbook: XmlNode, sheets: XmlNode[]) => {
    const map = new Map<string, XmlNode>();
    for (const node of children(workbook, 'definedNames').flatMap((list) => children(list, 'definedName'))) {
      const local = attrs(node).localSheetId;
      const scope = local === undefined ? '' : (attrs(sheets[Number(local)] ?? {}).name ?? `#${local}`);
      map.set(`${attrs(node).name}\u0000${scope}`, node);
    }
    return map;
  };
  const namesAfter = names(after, sheetsAfter);
  for (const [key, node] of names(before, sheetsBefore)) {
    const [name, scope] = key.split('\u0000');
    const label = `<definedName name="${name}"${scope ? ` scope "${scope}"` : ''}>`;
    const kept = namesAfter.get(key);
    if (kept === undefined) {
      report('lost', `${label} ${short(textOf(node))} is gone`);
      continue;
    }
    if (textOf(kept) !== textOf(node)) report('changed', `${label} was ${short(textOf(node))}, is ${short(textOf(kept))}`);
    for (const [attr, value] of Object.entries(attrs(node))) {
      if (attr === 'localSheetId') continue;
      if (attrs(kept)[attr] !== value) report('changed', `${label} ${attr} was "${value}", is "${attrs(kept)[attr] ?? '(none)'}"`);
    }
  }

  const viewsOf = (workbook: XmlNode) => children(workbook, 'bookViews').flatMap((views) => children(views, 'workbookView'));
  const viewsAfter = viewsOf(after);
  viewsOf(before).forEach((view, i) => {
    const kept = viewsAfter[i];
    if (kept === undefined) return report('lost', `<workbookView> ${i + 1} is gone`);
    for (const [key, value] of Object.entries(attrs(view))) {
      if (!VIEW_FREE.has(key) && attrs(kept)[key] !== value) report('changed', `<workbookView> ${key} was "${value}", is "${attrs(kept)[key] ?? '(none)'}"`);
    }
  });
  const calcBefore = children(before, 'calcPr')[0];
  const calcAfter = children(after, 'calcPr')[0];
  if (calcBefore !== undefined) {
    for (const [key, value] of Object.entries(attrs(calcBefore))) {
      if (!CALC_PR_FREE.has(key) && attrs(calcAfter ?? {})[key] !== value) report('changed', `<calcPr> ${key} was "${value}", is "${attrs(calcAfter ?? {})[key] ?? '(none)'}"`);
    }
  }

  compareElementsWhole(
    elementChildren(before).filter((node) => !WORKBOOK_EDITED.has(localName(tagOf(node)))),
    elementChildren(after),
    report,
  );
}

/** Each element of `before` must be in `after`, whole (compared without regard to attribute order). */
function compareElementsWhole(before: XmlNode[], after: XmlNode[], report: Report): void {
  const left = after.map(canonical);
  for (const node of before) {
    const text = canonical(node);
    const at = left.indexOf(text);
    if (at !== -1) {
      left.splice(at, 1);
      continue;
    }
    const tag = tagOf(node);
    const same = after.filter((other) => tagOf(other) === tag);
    if (same.length === 0) report('lost', `<${tag}> is gone: ${short(text)}`);
    else report('changed', `<${tag}> was ${short(text)}, is ${short(canonical(same[0]!))}`);
  }
}

function compareRelationships(a: string, b: string, report: Report, dropped: ReadonlySet<string>): void {
  const rels = (xml: string) => new Map(children(root(xml, 'Relationships'), 'Relationship').map((node) => [attrs(node).Id!, attrs(node)]));
  const after = rels(b);
  for (const [id, rel] of rels(a)) {
    if ([...dropped].some((name) => name === `xl/${rel.Target}` || `/${name}` === rel.Target)) continue;
    const kept = after.get(id);
    if (kept === undefined) {
      report('lost', `<Relationship Id="${id}" Target="${rel.Target}"> is gone`);
      continue;
    }
    for (const key of ['Type', 'Target', 'TargetMode']) {
      if (kept[key] !== rel[key]) report('changed', `<Relationship Id="${id}"> ${key} was "${rel[key] ?? '(none)'}", is "${kept[key] ?? '(none)'}"`);
    }
  }
}

/** Properties that describe the package's sheets or the saving program rather than the user's document. */
const APP_COMPUTED = new Set(['HeadingPairs', 'TitlesOfParts', 'Application', 'AppVersion', 'TotalTime', 'Pages', 'Words', 'Characters', 'CharactersWithSpaces', 'Lines', 'Paragraphs']);

function compareAppProperties(a: string, b: string, report: Report): void {
  const before = root(a, 'Properties');
  const after = root(b, 'Properties');
  const titles = (properties: XmlNode) => children(properties, 'TitlesOfParts').flatMap((titles) => children(titles, 'vector').flatMap((vector) => elementChildren(vector).map(textOf)));
  const left = titles(after);
  for (const title of titles(before)) {
    const at = left.indexOf(title);
    if (at === -1) report('lost', `the title “${title}” is gone from <TitlesOfParts>`);
    else left.splice(at, 1);
  }
  compareElementsWhole(
    elementChildren(before).filter((node) => !APP_COMPUTED.has(localName(tagOf(node)))),
    elementChildren(after),
    report,
  );
}

/** Lists of the styles part whose entries are referred to by index: the user's must keep theirs. */
const STYLE_LISTS = ['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs'];

function compareStyles(a: string, b: string, report: Report): void {
  const before = root(a, 'styleSheet');
  const after = root(b, 'styleSheet');
  const list = (sheet: XmlNode, name: string) => children(sheet, name).flatMap(elementChildren);

  const formats = (sheet: XmlNode) => new Map(list(sheet, 'numFmts').map((node) => [attrs(node).numFmtId!, attrs(node).formatCode!]));
  const formatsAfter = formats(after);
  for (const [id, code] of formats(before)) {
    const kept = formatsAfter.get(id);
    if (kept === undefined) report('lost', `<numFmt numFmtId="${id}" formatCode="${code}"> is gone`);
    else if (kept !== code) report('changed', `<numFmt numFmtId="${id}"> was "${code}", is "${kept}"`);
  }

  for (const name of STYLE_LISTS) {
    const had = list(before, name);
    const has = list(after, name);
    had.forEach((node, i) => {
      const kept = has[i];
      if (kept === undefined) report('lost', `<${name}> entry ${i} is gone: ${short(canonical(node))}`);
      else if (canonical(kept) !== canonical(node)) report('changed', `<${name}> entry ${i} was ${short(canonical(node))}, is ${short(canonical(kept))}`);
    });
  }

  for (const name of ['colors']) {
    const had = children(before, name)[0];
    if (had === undefined) continue;
    const has = children(after, name)[0];
    if (has === undefined) report('lost', `<${name}> is gone`);
    else if (canonical(has) !== canonical(had)) report('changed', `<${name}> was ${short(canonical(had))}, is ${short(canonical(has))}`);
  }
  compareElementsWhole(list(before, 'tableStyles'), list(after, 'tableStyles'), report);
  compareElementsWhole(list(before, 'extLst'), list(after, 'extLst'), report);
}
