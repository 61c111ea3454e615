import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { comparePackages, expectPackagePreserved } from '../helpers/package-preserved.js';

/**
 * The assertion the corpus test relies on must itself tell a faithful writer from an unfaithful one:
 * it passes a package re-zipped or extended the way a package-level writer extends it, and names the
 * part of every kind of loss.
 */
const corpus = (name: string) => new Uint8Array(readFileSync(new URL(`../files/corpus/${name}`, import.meta.url)));

function edit(bytes: Uint8Array, change: (parts: Record<string, Uint8Array>) => void, level: 0 | 6 | 9 = 6): Uint8Array {
  const parts = unzipSync(bytes);
  change(parts);
  return zipSync(parts, { level });
}

const text = (parts: Record<string, Uint8Array>, name: string) => strFromU8(parts[name]!);
const splice = (parts: Record<string, Uint8Array>, name: string, from: string, to: string) => {
  const before = text(parts, name);
  if (!before.includes(from)) throw new Error(`${name} has no ${from}`);
  parts[name] = strToU8(before.replace(from, to));
};

/** What a package-level report writer does: one more sheet, its relationship, content type, name, format and title. */
function addOurSheet(parts: Record<string, Uint8Array>): void {
  parts['xl/worksheets/sheet9.xml'] = strToU8('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>');
  splice(parts, '[Content_Types].xml', '</Types>', '<Override PartName="/xl/worksheets/sheet9.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>');
  splice(
    parts,
    'xl/_rels/workbook.xml.rels',
    '</Relationships>',
    '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet9.xml"/></Relationships>',
  );
  splice(parts, 'xl/workbook.xml', '</sheets>', '<sheet name="Theo dõi CCHC" sheetId="9" r:id="rId99"/></sheets>');
  splice(parts, 'xl/workbook.xml', '</definedNames>', '<definedName name="_cchc_done">"xong"</definedName></definedNames>');
  splice(parts, 'xl/workbook.xml', 'activeTab="0"', 'activeTab="2"');
  splice(parts, 'xl/workbook.xml', '<calcPr calcId="191029"/>', '<calcPr calcId="191029" fullCalcOnLoad="1"/>');
  splice(parts, 'xl/styles.xml', '</cellXfs>', '<xf numFmtId="14" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>');
  splice(parts, 'docProps/app.xml', '</vt:vector></TitlesOfParts>', '<vt:lpstr>Theo dõi CCHC</vt:lpstr></vt:vector></TitlesOfParts>');
}

describe('expectPackagePreserved', () => {
  const names = corpus('excel-defined-names.xlsx');

  it('passes the same package, re-zipped at another compression level', () => {
    expect(comparePackages(names, names)).toEqual([]);
    expectPackagePreserved(
      names,
      edit(names, () => {}, 0),
    );
  });

  it('passes a package extended as a package-level writer extends it, the calculation chain dropped', () => {
    const withActiveTab = edit(names, (parts) => splice(parts, 'xl/workbook.xml', '<workbookView ', '<workbookView activeTab="0" '));
    const extended = edit(withActiveTab, (parts) => {
      addOurSheet(parts);
      delete parts['xl/calcChain.xml'];
      splice(parts, '[Content_Types].xml', '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>', '');
      splice(parts, 'xl/_rels/workbook.xml.rels', /<Relationship Id="rId6"[^>]*calcChain[^>]*\/>/.exec(text(parts, 'xl/_rels/workbook.xml.rels'))![0], '');
    });
    expect(comparePackages(withActiveTab, extended)).toEqual([]);
  });

  it('names a lost part and a part whose bytes changed', () => {
    const damaged = edit(names, (parts) => {
      delete parts['xl/theme/theme1.xml'];
      splice(parts, 'xl/worksheets/sheet2.xml', '<v>5</v>', '<v>50</v>');
    });
    expect(() => expectPackagePreserved(names, damaged)).toThrow(/^ {2}xl\/theme\/theme1\.xml: lost — not in the output/m);
    expect(() => expectPackagePreserved(names, damaged)).toThrow(/^ {2}xl\/worksheets\/sheet2\.xml: changed — not byte-identical: \d+ bytes in, \d+ out/m);
  });

  it('names a defined name lost, or given another value, and a sheet-scoped name moved to another sheet', () => {
    const changed = edit(names, (parts) => {
      splice(parts, 'xl/workbook.xml', '<definedName name="SoNgayCanhBao">7</definedName>', '');
      splice(parts, 'xl/workbook.xml', '"Trần Hưng Đạo"', '"Tran Hung Dao"');
      splice(parts, 'xl/workbook.xml', '<definedName name="TyLeMucTieu" localSheetId="1">', '<definedName name="TyLeMucTieu" localSheetId="0">');
    });
    const found = comparePackages(names, changed);
    expect(found).toContainEqual(expect.objectContaining({ part: 'xl/workbook.xml', kind: 'lost', detail: expect.stringContaining('SoNgayCanhBao') }));
    expect(found).toContainEqual(expect.objectContaining({ part: 'xl/workbook.xml', kind: 'changed', detail: expect.stringContaining('"Tran Hung Dao"') }));
    expect(found).toContainEqual(expect.objectContaining({ kind: 'lost', detail: expect.stringContaining('<definedName name="TyLeMucTieu" scope "Số liệu">') }));
  });

  it('names a number format that lost its escape and a cell format renumbered', () => {
    const formats = corpus('excel-number-formats.xlsx');
    const changed = edit(formats, (parts) => {
      splice(parts, 'xl/styles.xml', 'formatCode="0.0\\%"', 'formatCode="0.0%"');
      splice(parts, 'xl/styles.xml', '<cellXfs count="8">', '<cellXfs count="9"><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>');
    });
    const found = comparePackages(formats, changed);
    expect(found).toContainEqual({ part: 'xl/styles.xml', kind: 'changed', detail: '<numFmt numFmtId="164"> was "0.0\\%", is "0.0%"' });
    expect(found.filter((d) => d.detail.startsWith('<cellXfs> entry'))).toHaveLength(8);
  });

  it('names an .xlsm that became an .xlsx, a relationship gone and a workbook element gone', () => {
    const macros = corpus('excel-macros.xlsm');
    const changed = edit(macros, (parts) => {
      splice(parts, '[Content_Types].xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml');
      splice(parts, '[Content_Types].xml', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>', '');
      splice(parts, 'xl/_rels/workbook.xml.rels', /<Relationship Id="rId6"[^>]*vbaProject[^>]*\/>/.exec(text(parts, 'xl/_rels/workbook.xml.rels'))![0], '');
      splice(parts, 'xl/workbook.xml', '<workbookPr codeName="ThisWorkbook" defaultThemeVersion="166925"/>', '<workbookPr defaultThemeVersion="166925"/>');
    });
    const found = comparePackages(macros, changed);
    expect(found).toContainEqual(
      expect.objectContaining({
        part: '[Content_Types].xml',
        kind: 'changed',
        detail: expect.stringContaining('<Override PartName="/xl/workbook.xml"> was application/vnd.ms-excel.sheet.macroEnabled.main+xml'),
      }),
    );
    expect(found).toContainEqual(expect.objectContaining({ part: '[Content_Types].xml', kind: 'lost', detail: expect.stringContaining('Extension="bin"') }));
    expect(found).toContainEqual(expect.objectContaining({ part: 'xl/_rels/workbook.xml.rels', kind: 'lost', detail: expect.stringContaining('vbaProject.bin') }));
    expect(found).toContainEqual(expect.objectContaining({ part: 'xl/workbook.xml', kind: 'changed', detail: expect.stringContaining('<workbookPr>') }));
  });

  it('names a user sheet gone or renamed, reordered sheets, and a title gone from docProps/app.xml', () => {
    const changed = edit(names, (parts) => {
      splice(parts, 'xl/workbook.xml', 'name="Số liệu"', 'name="So lieu"');
      splice(parts, 'docProps/app.xml', '<vt:lpstr>TenPhuong</vt:lpstr>', '');
    });
    const found = comparePackages(names, changed);
    expect(found).toContainEqual({ part: 'xl/workbook.xml', kind: 'lost', detail: '<sheet name="Số liệu"> is gone' });
    expect(found).toContainEqual({ part: 'docProps/app.xml', kind: 'lost', detail: 'the title “TenPhuong” is gone from <TitlesOfParts>' });
    const swapped = edit(names, (parts) => {
      const workbook = text(parts, 'xl/workbook.xml');
      const [first, second] = workbook.match(/<sheet [^>]*\/>/g)!;
      parts['xl/workbook.xml'] = strToU8(workbook.replace(`${first}${second}`, `${second}${first}`));
    });
    expect(comparePackages(names, swapped)).toContainEqual(expect.objectContaining({ detail: "the user's sheets are reordered: Phụ lục, Số liệu → Số liệu, Phụ lục" }));
  });

  it('calls an output that is not a ZIP lost altogether', () => {
    expect(comparePackages(names, strToU8('not a zip'))).toEqual([{ part: '(package)', kind: 'lost', detail: expect.stringContaining('the output is not a ZIP package') }]);
  });
});
