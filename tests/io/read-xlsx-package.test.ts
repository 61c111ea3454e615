import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileReadError, type FileReadErrorCode } from '../../io/files/file-read-error.js';
import { readGridFile, type GridFile } from '../../io/files/read-grid-file.js';
import { DEFAULT_XLSX_LIMITS, readXlsx } from '../../io/files/read-xlsx.js';
import { isDateFormatCode } from '../../io/files/xlsx/date-styles.js';
import { MAX_TEXT_LENGTH } from '../../io/files/xlsx/stream-xml.js';
import { buildWorkbook, deflatedOf, deflatedZeros, RELATIONSHIP_TYPE, rawZip, row, sheetData, workbookParts } from '../helpers/ooxml-workbook.js';
import { renderMessage } from '../../src/messages/catalogue.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

/** The header and two tasks of a plan, as shared strings 0–5 and numbers. */
const PLAN_STRINGS = ['<t>STT</t>', '<t>Nhiệm vụ</t>', '<t>Thời hạn</t>', '<t>Ban hành kế hoạch</t>', '<t>Báo cáo quý</t>', '<t>Quý II/2026</t>'];
const PLAN_ROWS = sheetData(
  row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'),
  row(2, '<c r="A2"><v>1</v></c><c r="B2" t="s"><v>3</v></c><c r="C2" s="1"><v>46037</v></c>'),
  row(3, '<c r="A3"><v>2</v></c><c r="B3" t="s"><v>4</v></c><c r="C3" t="s"><v>5</v></c>'),
);
const PLAN_GRID = [
  ['STT', 'Nhiệm vụ', 'Thời hạn'],
  [1, 'Ban hành kế hoạch', { date: '2026-01-15' }],
  [2, 'Báo cáo quý', 'Quý II/2026'],
];
const DATE_STYLES = { cellXfs: '<xf numFmtId="0"/><xf numFmtId="14"/>' };

/** Reads a workbook that must be read, failing on anything thrown but a FileReadError. */
async function read(bytes: Uint8Array, name = 'ke-hoach.xlsx'): Promise<GridFile> {
  return readGridFile(bytes, name);
}

/** Reads a file that must be refused, and checks the refusal is a FileReadError naming the file in Vietnamese. */
async function refusal(bytes: Uint8Array, code: FileReadErrorCode, name = 'ke-hoach.xlsx', run: () => Promise<unknown> = () => readGridFile(bytes, name)): Promise<FileReadError> {
  const error = await run().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(FileReadError);
  expect((error as FileReadError).code).toBe(code);
  expect((error as FileReadError).message).toMatch(new RegExp(`^Tệp “${name.replace('.', '\\.')}”`));
  expect((error as FileReadError).message).not.toContain('không mong đợi');
  return error as FileReadError;
}

describe('the package reader on hand-built workbooks', () => {
  it('reads a sheet with a table part that has no style info, as LibreOffice writes tables', async () => {
    const table =
      `<table xmlns="${MAIN}" id="1" name="BangNhiemVu" displayName="BangNhiemVu" ref="A1:C3" headerRowCount="1">` +
      '<autoFilter ref="A1:C3"/><tableColumns count="3"><tableColumn id="1" name="STT"/><tableColumn id="2" name="Nhiệm vụ"/>' +
      '<tableColumn id="3" name="Thời hạn"/></tableColumns></table>';
    const bytes = buildWorkbook({
      sheets: [
        { name: 'Phụ lục', body: `${PLAN_ROWS}<tableParts count="1"><tablePart r:id="rId1"/></tableParts>`, relationships: [{ type: RELATIONSHIP_TYPE.table, target: '../tables/table1.xml' }] },
      ],
      sharedStrings: PLAN_STRINGS,
      styles: DATE_STYLES,
      extraParts: { 'xl/tables/table1.xml': table },
    });
    const { grids, notices } = await read(bytes);
    expect(grids).toEqual([{ sheet: 'Phụ lục', rows: PLAN_GRID, merges: [] }]);
    expect(notices.map(renderMessage)).toEqual([]);
  });

  it('reads a sheet holding a picture, with every target written from the root as openpyxl writes them', async () => {
    const drawing =
      '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
      '<xdr:oneCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
      '<xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="1" name="Image 1"/><xdr:cNvPicPr/></xdr:nvPicPr>' +
      '<xdr:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>' +
      '<xdr:spPr><a:prstGeom prst="rect"/></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>';
    const bytes = buildWorkbook({
      absoluteTargets: true,
      sheets: [{ name: 'Phụ lục', body: `${PLAN_ROWS}<drawing r:id="rId1"/>`, relationships: [{ type: RELATIONSHIP_TYPE.drawing, target: '/xl/drawings/drawing1.xml' }] }],
      sharedStrings: PLAN_STRINGS,
      styles: DATE_STYLES,
      extraParts: {
        'xl/drawings/drawing1.xml': drawing,
        'xl/drawings/_rels/drawing1.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIP_TYPE.image}" Target="/xl/media/image1.png"/></Relationships>`,
        'xl/media/image1.png': PNG,
      },
    });
    const file = await read(bytes);
    expect(file.grids[0]!.rows).toEqual(PLAN_GRID);
    expect(file.package!.bytes('xl/media/image1.png')).toEqual(PNG);
  });

  it('reads drop-down lists on a whole column and on the whole sheet, and x14 lists on another sheet, without expanding them', async () => {
    const validations =
      '<dataValidations count="2">' +
      '<dataValidation type="list" allowBlank="1" sqref="C2:C1048576"><formula1>"Hoàn thành,Đang thực hiện"</formula1></dataValidation>' +
      '<dataValidation type="whole" operator="between" allowBlank="1" sqref="A1:XFD1048576"><formula1>0</formula1><formula2>100</formula2></dataValidation>' +
      '</dataValidations>';
    const x14 =
      '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:dataValidations xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main" count="1"><x14:dataValidation type="list" allowBlank="1">' +
      "<x14:formula1><xm:f>'Danh mục'!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>D1:D1048576 F1:XFD1048576</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>";
    const bytes = buildWorkbook({
      sheets: [
        { name: 'Phụ lục', body: `${PLAN_ROWS}${validations}${x14}` },
        { name: 'Danh mục', body: sheetData(row(1, '<c r="A1" t="inlineStr"><is><t>Hoàn thành</t></is></c>')) },
      ],
      sharedStrings: PLAN_STRINGS,
      styles: DATE_STYLES,
    });
    const { grids } = await read(bytes);
    expect(grids.map((grid) => grid.rows)).toEqual([PLAN_GRID, [['Hoàn thành']]]);
  });

  it('reads shared and inline strings, rich text runs joined, phonetic runs left out, escapes and spaces kept', async () => {
    const bytes = buildWorkbook({
      sheets: [
        {
          name: 'Chuỗi',
          body: sheetData(
            row(
              1,
              '<c r="A1" t="s"><v>0</v></c>',
              '<c r="B1" t="s"><v>1</v></c>',
              '<c r="C1" t="inlineStr"><is><r><t xml:space="preserve">Phòng </t></r><r><rPr><b/></rPr><t>Văn hóa</t></r></is></c>',
              '<c r="D1" t="s"><v>2</v></c>',
              '<c r="E1" t="s"><v>3</v></c>',
              '<c r="F1" t="s"><v>4</v></c>',
            ),
            row(2, '<c r="A2" t="inlineStr"><is><t>=SUM(A1)</t></is></c>', '<c r="B2" t="s"><v>5</v></c>', '<c r="C2" t="inlineStr"><is><t></t></is></c>'),
          ),
        },
      ],
      sharedStrings: [
        '<t>Chia sẻ</t>',
        '<r><t xml:space="preserve">Rà soát </t></r><r><rPr><b/><sz val="11"/></rPr><t>văn bản</t></r>',
        '<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>',
        '<t>Báo cáo_x000D__x000A_hằng quý</t>',
        '<t xml:space="preserve">  hai khoảng trắng  </t>',
        '<t></t>',
      ],
    });
    const { grids } = await read(bytes);
    expect(grids[0]!.rows).toEqual([['Chia sẻ', 'Rà soát văn bản', 'Phòng Văn hóa', '東京', 'Báo cáo\r\nhằng quý', '  hai khoảng trắng  '], ['=SUM(A1)']]);
  });

  it('reads numbers, booleans, errors, ISO dates, formula results and cells written without a reference', async () => {
    const bytes = buildWorkbook({
      sheets: [
        {
          name: 'Giá trị',
          body: sheetData(
            row(1, '<c r="A1"><v>42.5</v></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="b"><v>0</v></c><c r="D1" t="e"><v>#N/A</v></c><c r="E1" t="d"><v>2026-03-31T00:00:00</v></c>'),
            row(
              2,
              '<c r="A2"><f>1+1</f><v>2</v></c><c r="B2" t="str"><f>"Quý "&amp;"I"</f><v>Quý I</v></c><c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D2"><f>NOW()</f></c><c r="E2" s="1"><f>DATE(2026,6,30)</f><v>46203</v></c>',
            ),
            row(3, '<c r="A3"><f t="shared" ref="A3:A4" si="0">A2+1</f><v>3</v></c>'),
            row(4, '<c r="A4"><f t="shared" si="0"/><v>4</v></c>'),
            '<row r="6"><c><v>10</v></c><c><v>11</v></c><c r="E6"><v>12</v></c><c><v>13</v></c></row>',
            '<row><c r="B7" s="0"/><c r="C7" s="1"><v>1E+300</v></c></row>',
          ),
        },
      ],
      styles: DATE_STYLES,
    });
    const { grids } = await read(bytes);
    expect(grids[0]!.rows).toEqual([
      [42.5, true, false, { error: '#N/A' }, { date: '2026-03-31' }],
      [2, 'Quý I', { error: '#DIV/0!' }, null, { date: '2026-06-30' }],
      [3],
      [4],
      [],
      [10, 11, null, null, 12, 13],
      [null, null, { error: '########' }],
    ]);
  });

  it('counts dates from 1904 in a workbook saved in the 1904 date system', async () => {
    const bytes = buildWorkbook({
      date1904: true,
      sheets: [{ name: 'Mac', body: sheetData(row(1, '<c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>44575</v></c><c r="C1"><v>44575</v></c>')) }],
      styles: DATE_STYLES,
    });
    const { grids } = await read(bytes);
    expect(grids[0]!.rows).toEqual([[{ date: '1904-01-01' }, { date: '2026-01-15' }, 44575]]);
  });

  it('tells date formats from number formats, escaped letters and quoted text included', async () => {
    const numFmts =
      '<numFmts count="5"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0\\ \\h\\ộ"/>' +
      '<numFmt numFmtId="166" formatCode="[$-42A]dd\\ mmmm\\ yyyy;@"/><numFmt numFmtId="167" formatCode="0.0&quot; ngày&quot;"/>' +
      '<numFmt numFmtId="168" formatCode="[Red]0.00;[Blue]\\-0.00"/></numFmts>';
    const cellXfs = ['0', '164', '165', '166', '167', '168', '14', '22', '49', '10'].map((id) => `<xf numFmtId="${id}"/>`).join('');
    const cells = Array.from({ length: 10 }, (_, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${i}"><v>46037</v></c>`).join('');
    const bytes = buildWorkbook({ sheets: [{ name: 'Định dạng', body: sheetData(row(1, cells)) }], styles: { numFmts, cellXfs } });
    const { grids } = await read(bytes);
    const date = { date: '2026-01-15' };
    expect(grids[0]!.rows).toEqual([[46037, date, 46037, date, 46037, 46037, date, date, 46037, 46037]]);
    const codes = ['General', 'mm:ss', 'h:mm AM/PM', 'DD/MM/YYYY', '0.00E+00', '"Ngày "0', '_(* #,##0_)', '[$-F800]dddd, mmmm dd, yyyy'];
    expect(codes.map(isDateFormatCode)).toEqual([false, true, true, true, false, false, false, true]);
  });

  it('keeps a merged value in its top-left cell only, a value written under the rest hidden as Excel hides it', async () => {
    const bytes = buildWorkbook({
      sheets: [
        {
          name: 'Gộp',
          body:
            sheetData(row(1, '<c r="A1" t="inlineStr"><is><t>Tiêu đề</t></is></c><c r="B1" t="inlineStr"><is><t>ẩn dưới ô gộp</t></is></c>'), row(2, '<c r="A2"><v>7</v></c><c r="C2"><v>8</v></c>')) +
            '<mergeCells count="3"><mergeCell ref="C2:D3"/><mergeCell ref="A1:B1"/><mergeCell ref="A1:B1"/></mergeCells>',
        },
      ],
    });
    const { grids } = await read(bytes);
    expect(grids[0]).toEqual({
      sheet: 'Gộp',
      rows: [['Tiêu đề'], [7, null, 8]],
      merges: [
        { top: 0, left: 0, bottom: 0, right: 1 },
        { top: 1, left: 2, bottom: 2, right: 3 },
      ],
    });
  });

  it('reads a value at XFD1048576 without a row of 16,384 cells or a million row arrays, and says what it left out', async () => {
    const bytes = buildWorkbook({
      sheets: [
        {
          name: 'Rộng',
          body:
            '<dimension ref="A1:XFD1048576"/>' +
            sheetData(
              row(1, '<c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="AMJ1"><v>1024</v></c><c r="AMK1"><v>1025</v></c>'),
              row(1048576, '<c r="A1048576"><v>1</v></c><c r="XFD1048576" t="inlineStr"><is><t>góc cuối</t></is></c>'),
            ) +
            '<mergeCells count="1"><mergeCell ref="A2:XFD2"/></mergeCells>',
        },
      ],
    });
    const { grids, notices } = await read(bytes, 'rong.xlsx');
    const rows = grids[0]!.rows;
    expect(rows).toHaveLength(1_048_576);
    expect(rows[0]).toHaveLength(1024);
    expect(rows[0]![1023]).toBe(1024);
    expect(rows[1_048_575]).toEqual([1]);
    expect(new Set(rows.slice(1, -1)).size).toBe(1); // every empty row is the one shared empty array
    expect(grids[0]!.merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 1023 }]);
    expect(notices.map(renderMessage)).toEqual(['Trang tính “Rộng” trong tệp “rong.xlsx” có 2 ô dữ liệu nằm sau cột AMJ hoặc ngoài giới hạn hàng của Excel; các ô đó không được đọc.']);
  });

  it('lists hidden and very hidden sheets with a notice each, and leaves chart sheets out', async () => {
    const parts = workbookParts({
      sheets: [
        { name: 'Phụ lục', body: PLAN_ROWS },
        { name: 'Ẩn', body: sheetData(row(1, '<c r="A1"><v>1</v></c>')), state: 'hidden' },
        { name: 'Rất ẩn', body: sheetData(), state: 'veryHidden' },
      ],
      sharedStrings: PLAN_STRINGS,
      styles: DATE_STYLES,
    });
    const text = (name: string) => new TextDecoder().decode(parts[name]);
    const encode = (value: string) => new TextEncoder().encode(value);
    parts['xl/workbook.xml'] = encode(text('xl/workbook.xml').replace('</sheets>', '<sheet name="Biểu đồ" sheetId="9" r:id="rId99"/></sheets>'));
    parts['xl/_rels/workbook.xml.rels'] = encode(
      text('xl/_rels/workbook.xml.rels').replace(
        '</Relationships>',
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
      ),
    );
    parts['xl/chartsheets/sheet1.xml'] = encode(`<chartsheet xmlns="${MAIN}"><drawing r:id="rId1" xmlns:r="x"/></chartsheet>`);
    const { fflateZip } = await import('../helpers/ooxml-workbook-zip.js');
    const { grids, notices } = await read(fflateZip(parts));
    expect(grids.map((grid) => grid.sheet)).toEqual(['Phụ lục', 'Ẩn', 'Rất ẩn']);
    expect(notices.map(renderMessage)).toEqual([
      'Trang tính “Ẩn” trong tệp “ke-hoach.xlsx” đang bị ẩn; vẫn được đọc như các trang khác.',
      'Trang tính “Rất ẩn” trong tệp “ke-hoach.xlsx” đang bị ẩn; vẫn được đọc như các trang khác.',
    ]);
  });

  it('reads parts whose elements carry a namespace prefix, as the Open XML SDK writes them', async () => {
    const parts = workbookParts({ sheets: [{ name: 'Tiền tố', body: '' }] });
    parts['xl/worksheets/sheet1.xml'] = new TextEncoder().encode(
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>STT</x:t></x:is></x:c><x:c r="B1"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    );
    const { fflateZip } = await import('../helpers/ooxml-workbook-zip.js');
    const { grids } = await read(fflateZip(parts));
    expect(grids[0]!.rows).toEqual([['STT', 5]]);
  });

  it('reads an .xlsm with its macros and hands back the package, every part byte for byte', async () => {
    const vba = Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256);
    const bytes = buildWorkbook({ macroEnabled: true, sheets: [{ name: 'Phụ lục', body: PLAN_ROWS }], sharedStrings: PLAN_STRINGS, styles: DATE_STYLES, extraParts: { 'xl/vbaProject.bin': vba } });
    const file = await read(bytes, 'ke-hoach.xlsm');
    expect(file.format).toBe('workbook');
    expect(file.grids[0]!.rows).toEqual(PLAN_GRID);
    const parts = workbookParts({ macroEnabled: true, sheets: [{ name: 'Phụ lục', body: PLAN_ROWS }], sharedStrings: PLAN_STRINGS, styles: DATE_STYLES, extraParts: { 'xl/vbaProject.bin': vba } });
    expect([...file.package!.names].sort()).toEqual(Object.keys(parts).sort());
    for (const [name, content] of Object.entries(parts)) expect(file.package!.bytes(name)).toEqual(content);
  });

  it('gives a workbook with a sheet whose part is missing an empty grid for that sheet', async () => {
    const parts = workbookParts({
      sheets: [
        { name: 'Phụ lục', body: PLAN_ROWS },
        { name: 'Mất', body: '' },
      ],
      sharedStrings: PLAN_STRINGS,
      styles: DATE_STYLES,
    });
    delete parts['xl/worksheets/sheet2.xml'];
    const { fflateZip } = await import('../helpers/ooxml-workbook-zip.js');
    const { grids } = await read(fflateZip(parts));
    expect(grids.map((grid) => grid.rows.length)).toEqual([3, 0]);
  });
});

describe('the package reader on hostile and damaged workbooks', () => {
  it('refuses a 5 MB ZIP bomb that inflates to 5 GB before inflating it, in bounded memory', async () => {
    const zeros = deflatedZeros(16 * 1024 * 1024);
    const entries = Array.from({ length: 320 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, ...zeros, declaredSize: 16 * 1024 * 1024 }));
    const bomb = rawZip(entries);
    expect(bomb.length).toBeLessThan(6 * 1024 * 1024);
    const rss = process.memoryUsage().rss;
    const error = await refusal(bomb, 'WORKBOOK_TOO_LARGE', 'bom.xlsx');
    expect(error.message).toContain('1 GB');
    expect(process.memoryUsage().rss - rss).toBeLessThan(256 * 1024 * 1024);
  });

  it('calls a part that declares less than it holds damaged, stopping as soon as it passes what it declared', async () => {
    const parts = workbookParts({ sheets: [{ name: 'Phụ lục', body: PLAN_ROWS }], sharedStrings: PLAN_STRINGS, styles: DATE_STYLES });
    const zeros = deflatedZeros(16 * 1024 * 1024);
    const entries = Object.entries(parts).map(([name, content]) =>
      name === 'xl/worksheets/sheet1.xml' ? { name, ...zeros, declaredSize: 1000 } : { name, ...deflatedOf(content), declaredSize: content.length },
    );
    const rss = process.memoryUsage().rss;
    const error = await refusal(rawZip(entries), 'CORRUPT_WORKBOOK', 'noi-doi.xlsx');
    expect(error.params.detail).toBe('xl/worksheets/sheet1.xml inflates to more than the 1000 bytes it declares');
    expect(process.memoryUsage().rss - rss).toBeLessThan(256 * 1024 * 1024);
  });

  it('refuses a workbook over the cell limit, naming the limit and the sheet', async () => {
    const cells = Array.from({ length: 101 }, (_, i) => `<c r="A${i + 1}"><v>${i}</v></c>`).map((cell, i) => row(i + 1, cell));
    const bytes = buildWorkbook({
      sheets: [
        { name: 'Nhỏ', body: sheetData(row(1, '<c r="A1"><v>1</v></c>')) },
        { name: 'Nhiều ô', body: sheetData(...cells.slice(2)) },
      ],
    });
    const limits = { ...DEFAULT_XLSX_LIMITS, maxCells: 100 };
    await expect(readXlsx(bytes, 'vua.xlsx', limits)).resolves.toMatchObject({ grids: [{ sheet: 'Nhỏ' }, { sheet: 'Nhiều ô' }] });
    const over = buildWorkbook({
      sheets: [
        { name: 'Nhỏ', body: sheetData(row(1, '<c r="A1"><v>1</v></c>')) },
        { name: 'Nhiều ô', body: sheetData(...cells) },
      ],
    });
    const error = await refusal(over, 'TOO_MANY_CELLS', 'nhieu-o.xlsx', () => readXlsx(over, 'nhieu-o.xlsx', limits));
    expect(error.message).toContain('hơn 100 ô');
    expect(error.message).toContain('“Nhiều ô”');
    expect(DEFAULT_XLSX_LIMITS.maxCells).toBe(20_000_000);
  });

  it('keeps at most a million characters of one text, however long the file makes it', async () => {
    const long = 'Nhiệm vụ '.repeat(300_000);
    const bytes = buildWorkbook({
      sheets: [{ name: 'Dài', body: sheetData(row(1, `<c r="A1" t="inlineStr"><is><t>${long}</t></is></c><c r="B1" t="s"><v>0</v></c>`)) }],
      sharedStrings: [`<r><t>${long}</t></r><r><t>${long}</t></r>`],
    });
    const [a, b] = (await read(bytes)).grids[0]!.rows[0] as string[];
    expect([a!.length, b!.length]).toEqual([MAX_TEXT_LENGTH, MAX_TEXT_LENGTH]);
    expect(a!.startsWith('Nhiệm vụ Nhiệm vụ')).toBe(true);
  });

  it('calls a cut-short workbook damaged, wherever it is cut', async () => {
    const whole = buildWorkbook({ sheets: [{ name: 'Phụ lục', body: PLAN_ROWS }], sharedStrings: PLAN_STRINGS, styles: DATE_STYLES });
    for (const length of [40, Math.floor(whole.length / 3), Math.floor(whole.length / 2), whole.length - 10]) {
      await refusal(whole.subarray(0, length), 'CORRUPT_WORKBOOK');
    }
  });

  it.each([
    ['an unclosed cell', sheetData(row(1, '<c r="A1"><v>1</v>'))],
    ['a mismatched end tag', '<sheetData><row r="1"><c r="A1"><v>1</c></row></sheetData>'],
    ['an undefined entity', sheetData(row(1, '<c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c>'))],
    ['text after the root', `${sheetData()}</worksheet><extra/>`],
  ])('calls a sheet part with %s damaged, naming the file and the sheet, keeping the part in the details', async (_what, body) => {
    const bytes = buildWorkbook({ sheets: [{ name: 'Phụ lục', body }] });
    const error = await refusal(bytes, 'CORRUPT_WORKBOOK', 'hong.xlsx');
    expect(error.params.detail).toContain('xl/worksheets/sheet1.xml');
    expect(error.message).toContain('trang tính “Phụ lục” bị hỏng');
    expect(error.message).not.toContain('xl/');
  });

  it('calls broken shared strings, styles or workbook parts damaged too', async () => {
    for (const part of ['xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels']) {
      const parts = workbookParts({ sheets: [{ name: 'Phụ lục', body: PLAN_ROWS }], sharedStrings: PLAN_STRINGS, styles: DATE_STYLES });
      parts[part] = parts[part]!.subarray(0, parts[part]!.length - 5);
      const { fflateZip } = await import('../helpers/ooxml-workbook-zip.js');
      const error = await refusal(fflateZip(parts), 'CORRUPT_WORKBOOK');
      expect(error.params.detail).toContain(part);
    }
  });
});

describe('the package reader on a workbook saved by LibreOffice', () => {
  let file: GridFile;
  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cchc-lo-read-'));
    const source = new URL('../files/xlsx-package/libreoffice-features.fods', import.meta.url).pathname;
    await promisify(execFile)('soffice', [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', folder, source], {
      timeout: 120_000,
    });
    file = await read(new Uint8Array(readFileSync(join(folder, 'libreoffice-features.xlsx'))), 'libreoffice-features.xlsx');
  }, 150_000);

  it('holds a table part without style info, a drop-down list and the 1904 date system, as LibreOffice writes them', () => {
    const names = file.package!.names;
    expect(names).toContain('xl/tables/table1.xml');
    expect(file.package!.text('xl/tables/table1.xml')).not.toContain('tableStyleInfo');
    expect(file.package!.text('xl/workbook.xml')).toMatch(/date1904="(true|1)"/);
    expect(file.package!.text('xl/worksheets/sheet1.xml')).toContain('<dataValidation');
  });

  it('reads every sheet: the header under a drop-down column, the table with rich text and 1904 dates, the hidden sheet', () => {
    expect(file.grids).toEqual([
      { sheet: 'Phụ lục', rows: [['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Tiến độ']], merges: [] },
      {
        sheet: 'Bảng',
        rows: [
          ['STT', 'Nhiệm vụ', 'Hạn'],
          [1, 'Rà soát văn bản QPPL', { date: '2026-01-15' }],
          [2, 'Báo cáo quý', { date: '2026-04-15' }],
        ],
        merges: [],
      },
      { sheet: 'Ẩn', rows: [['ẩn']], merges: [] },
    ]);
    expect(file.notices.map(renderMessage)).toEqual(['Trang tính “Ẩn” trong tệp “libreoffice-features.xlsx” đang bị ẩn; vẫn được đọc như các trang khác.']);
  });
});
