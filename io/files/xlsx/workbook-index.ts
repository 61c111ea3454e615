import type { OoxmlPackage } from '../ooxml-package.js';
import { hasType, partBytes, readRelationships } from './package-relationships.js';
import { attributeOf, streamXml } from './stream-xml.js';

export interface WorkbookSheet {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  /** The worksheet part, or undefined when the sheet is a chart sheet or its part is missing. */
  readonly part: string | undefined;
}

export interface WorkbookIndex {
  /** The workbook part, "xl/workbook.xml" as Excel and LibreOffice name it. */
  readonly part: string;
  /** Worksheets in workbook order (chart and dialog sheets left out). */
  readonly sheets: readonly WorkbookSheet[];
  /** Dates count from 1904-01-01 (a workbook made by old Excel for Mac). */
  readonly date1904: boolean;
  readonly sharedStringsPart: string | undefined;
  readonly stylesPart: string | undefined;
}

/**
 * What the workbook part says: its sheets (name, visibility, part, through the workbook's
 * relationships), the date system, and where the shared strings and the styles are.
 * Undefined when the package holds no workbook part (a Word document, an OpenDocument file…).
 */
export function readWorkbookIndex(pkg: OoxmlPackage): WorkbookIndex | undefined {
  const main = readRelationships(pkg, '').find((relationship) => hasType(relationship, 'officeDocument'));
  const part = main !== undefined && partBytes(pkg, main.part) !== undefined ? main.part : 'xl/workbook.xml';
  const bytes = partBytes(pkg, part);
  if (bytes === undefined) return undefined;
  const relationships = readRelationships(pkg, part);
  const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]));
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  streamXml(bytes, part, {
    open(name, attributes) {
      if (name === 'workbookPr') {
        const value = attributeOf(attributes, 'date1904');
        date1904 = value === '1' || value === 'true';
      } else if (name === 'sheet') {
        const relationship = byId.get(attributeOf(attributes, 'id') ?? '');
        if (relationship !== undefined && !hasType(relationship, 'worksheet')) return; // a chart sheet, a dialog sheet
        const state = attributeOf(attributes, 'state');
        sheets.push({
          // A sheet without a name (a broken index) is called by its tab's position, as the clerk finds it.
          name: attributeOf(attributes, 'name') || `Trang ${sheets.length + 1}`,
          state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
          part: relationship?.part,
        });
      }
    },
  });
  const partOfType = (type: string) => relationships.find((relationship) => hasType(relationship, type))?.part;
  return { part, sheets, date1904, sharedStringsPart: partOfType('sharedStrings'), stylesPart: partOfType('styles') };
}
