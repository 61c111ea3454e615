import { findBlock } from './own-styles.js';
import { attribute, escapeXml, unescapeXml, withAttribute } from './xml-text.js';

/** A sheet listed in xl/workbook.xml, with its element as written. */
export interface WorkbookSheet {
  readonly element: string;
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
  readonly state: string;
}

export interface DefinedNameEntry {
  readonly element: string;
  readonly name: string;
  readonly localSheetId: number | undefined;
}

/** The namespace prefix of the workbook's elements ("" or "x:"). */
export function workbookPrefix(xml: string): string {
  return /<(\w+:)?workbook[\s>]/.exec(xml)?.[1] ?? '';
}

export function parseWorkbookSheets(xml: string): WorkbookSheet[] {
  const p = workbookPrefix(xml);
  const block = findBlock(xml, `${p}sheets`);
  if (block === null || block.selfClosing) return [];
  const inner = xml.slice(block.innerStart, block.innerEnd);
  return [...inner.matchAll(new RegExp(`<${p.replace(':', '\\:')}sheet(?=[\\s/>])[^>]*>(?:\\s*</${p.replace(':', '\\:')}sheet>)?`, 'g'))].map((match) => ({
    element: match[0],
    name: attribute(match[0], 'name') ?? '',
    sheetId: Number(attribute(match[0], 'sheetId') ?? 0),
    relationshipId:
      /\s\w+:id\s*=\s*("([^"]*)"|'([^']*)')/
        .exec(match[0])
        ?.slice(2)
        .find((value) => value !== undefined) ?? '',
    state: attribute(match[0], 'state') ?? 'visible',
  }));
}

export function parseDefinedNames(xml: string): DefinedNameEntry[] {
  const p = workbookPrefix(xml);
  const block = findBlock(xml, `${p}definedNames`);
  if (block === null || block.selfClosing) return [];
  const q = p.replace(':', '\\:');
  const inner = xml.slice(block.innerStart, block.innerEnd);
  return [...inner.matchAll(new RegExp(`<${q}definedName(?=[\\s/>])[^>]*?/>|<${q}definedName(?=[\\s>])[^>]*>[\\s\\S]*?</${q}definedName>`, 'g'))].map((match) => {
    const start = /^<[^>]*>/.exec(match[0])![0];
    const local = attribute(start, 'localSheetId');
    return { element: match[0], name: attribute(start, 'name') ?? '', localSheetId: local === undefined ? undefined : Number(local) };
  });
}

/** Whether the workbook counts its dates from 1904. */
export function usesDate1904(xml: string): boolean {
  const tag = /<(?:\w+:)?workbookPr(?=[\s/>])[^>]*>/.exec(xml)?.[0];
  const value = tag === undefined ? undefined : attribute(tag, 'date1904');
  return value === '1' || value === 'true';
}

/** A new sheet element, in the workbook's prefix and with its relationship prefix. */
export function sheetElement(xml: string, name: string, sheetId: number, relationshipId: string, state?: 'hidden' | 'veryHidden'): string {
  const p = workbookPrefix(xml);
  const relPrefix = /xmlns:(\w+)="http:\/\/(?:schemas\.openxmlformats\.org\/officeDocument\/2006|purl\.oclc\.org\/ooxml\/officeDocument)\/relationships"/.exec(xml)?.[1] ?? 'r';
  return `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}"${state === undefined ? '' : ` state="${state}"`} ${relPrefix}:id="${escapeXml(relationshipId)}"/>`;
}

export function definedNameElement(xml: string, name: string, formula: string, localSheetId?: number): string {
  const p = workbookPrefix(xml);
  return `<${p}definedName name="${escapeXml(name)}"${localSheetId === undefined ? '' : ` localSheetId="${localSheetId}"`}>${escapeXml(formula)}</${p}definedName>`;
}

/**
 * xl/workbook.xml with a new sheet list, a new list of defined names, and the window opening on a
 * tab; every other element and attribute (workbookPr, protection, calcPr, extLst,
 * mc:AlternateContent…) stays as written. Needs a <sheets> element, as every workbook has.
 */
export function editWorkbook(xml: string, edit: { sheets: readonly string[]; definedNames: readonly string[]; activeTab: number }): string {
  const p = workbookPrefix(xml);
  const sheets = findBlock(xml, `${p}sheets`);
  if (sheets === null) throw new Error('workbook.xml has no <sheets>');
  let result = xml.slice(0, sheets.start) + `<${p}sheets>${edit.sheets.join('')}</${p}sheets>` + xml.slice(sheets.end);

  const names = findBlock(result, `${p}definedNames`);
  const namesXml = edit.definedNames.length === 0 ? '' : `<${p}definedNames>${edit.definedNames.join('')}</${p}definedNames>`;
  if (names !== null) {
    result = result.slice(0, names.start) + namesXml + result.slice(names.end);
  } else if (namesXml !== '') {
    // CT_Workbook: sheets, functionGroups, externalReferences, then definedNames.
    const after = findBlock(result, `${p}externalReferences`) ?? findBlock(result, `${p}functionGroups`) ?? findBlock(result, `${p}sheets`)!;
    result = result.slice(0, after.end) + namesXml + result.slice(after.end);
  }

  const views = findBlock(result, `${p}bookViews`);
  if (views === null || views.selfClosing) {
    const at = findBlock(result, `${p}sheets`)!.start;
    const view = `<${p}bookViews><${p}workbookView activeTab="${edit.activeTab}"/></${p}bookViews>`;
    result = views === null ? result.slice(0, at) + view + result.slice(at) : result.slice(0, views.start) + view + result.slice(views.end);
  } else {
    const first = new RegExp(`<${p.replace(':', '\\:')}workbookView(?=[\\s/>])[^>]*>`).exec(result.slice(views.innerStart, views.innerEnd));
    if (first !== null) {
      let tag = withAttribute(first[0], 'activeTab', String(edit.activeTab));
      if (attribute(tag, 'firstSheet') !== undefined) tag = withAttribute(tag, 'firstSheet', '0');
      const at = views.innerStart + first.index;
      result = result.slice(0, at) + tag + result.slice(at + first[0].length);
    }
  }
  return result;
}

/** A defined name's element with its sheet index changed. */
export function withLocalSheetId(element: string, localSheetId: number): string {
  const start = /^<[^>]*>/.exec(element)![0];
  return withAttribute(start, 'localSheetId', String(localSheetId)) + element.slice(start.length);
}

export { unescapeXml };
