/**
 * Makes the small hostile workbooks in this folder (the huge ones are made in memory by
 * tests/helpers/hostile-zips.ts). Each starts from the corpus plan sheet, so that what goes wrong is only the
 * hostile part.
 *
 *     npx tsx tests/files/hostile/make-hostile.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8 } from 'fflate';
import { buildWorkbook, coreXml, PAGE_MARGINS, planSheet, zipParts, type WorkbookSpec } from '../corpus/excel-package.js';
import { planRows } from '../corpus/plan-rows.js';

const here = fileURLToPath(new URL('.', import.meta.url));

type Parts = Record<string, Uint8Array>;

function edit(parts: Parts, name: string, change: (xml: string) => string): Parts {
  const before = strFromU8(parts[name]!);
  const after = change(before);
  if (after === before) throw new Error(`${name} unchanged`);
  return { ...parts, [name]: strToU8(after) };
}

const plan = (spec: Partial<WorkbookSpec> = {}, planSpec: Parameters<typeof planSheet>[0] = {}) => buildWorkbook({ sheets: [planSheet(planSpec)], ...spec });

const files: Record<string, () => Uint8Array> = {
  'cell-at-xfd1.xlsx': () =>
    zipParts(
      edit(plan(), 'xl/worksheets/sheet1.xml', (xml) =>
        xml.replace(/(<row r="1" [^>]*>.*?)(<\/row>)/, '$1<c r="XFD1" t="inlineStr"><is><t>ghi chú lạc ở cột cuối</t></is></c>$2').replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1:XFD17"/>').replace('spans="1:1"', 'spans="1:16384"'),
      ),
    ),
  'cell-at-xfd1048576.xlsx': () =>
    zipParts(
      edit(plan(), 'xl/worksheets/sheet1.xml', (xml) =>
        xml.replace('</sheetData>', '<row r="1048576" spans="16384:16384"><c r="XFD1048576" t="inlineStr"><is><t>ô cuối cùng của trang</t></is></c></row></sheetData>').replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1:XFD1048576"/>'),
      ),
    ),
  'validation-whole-sheet.xlsx': () =>
    zipParts(
      plan(
        {},
        {
          planTail: `<dataValidations count="1"><dataValidation type="textLength" operator="lessThanOrEqual" allowBlank="1" showErrorMessage="1" error="Tối đa 32.767 ký tự." sqref="A1:XFD1048576"><formula1>32767</formula1></dataValidation></dataValidations>${PAGE_MARGINS}`,
        },
      ),
    ),
  'validation-whole-columns.xlsx': () =>
    zipParts(
      plan(
        {},
        {
          planTail:
            '<dataValidations count="2"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="C:D"><formula1>"Phòng Văn hóa - xã hội,Phòng Kinh tế, Hạ tầng và Đô thị"</formula1></dataValidation>' +
            `<dataValidation type="textLength" operator="lessThanOrEqual" allowBlank="1" sqref="B1:B1048576 E1:F1048576"><formula1>1000</formula1></dataValidation></dataValidations>${PAGE_MARGINS}`,
        },
      ),
    ),
  'user-sheet-named-cchc.xlsx': () =>
    zipParts(buildWorkbook({ sheets: [planSheet({}), { name: '_cchc', rows: [['Ghi chú riêng của văn phòng'], ['Trang này của người dùng, không phải của công cụ.']] }] })),
  'core-created-empty.xlsx': () => zipParts(plan({ coreXml: coreXml('<dcterms:created xsi:type="dcterms:W3CDTF"></dcterms:created>') })),
  'core-created-malformed.xlsx': () => zipParts(plan({ coreXml: coreXml('<dcterms:created xsi:type="dcterms:W3CDTF">15/01/2026 8:30 SA</dcterms:created>') })),
  'truncated.xlsx': () => {
    const whole = zipParts(plan());
    return whole.subarray(0, Math.floor(whole.length * 0.6));
  },
  'malformed-sheet-xml.xlsx': () => zipParts(edit(plan(), 'xl/worksheets/sheet1.xml', (xml) => xml.replace(/(<row r="9" [^>]*>.*?)<\/row>/, '$1<c r="G9" t="s"><v>0</v></row>'))),
  'no-sheets.xlsx': () => zipParts(buildWorkbook({ sheets: [] })),
  'task-text-over-32767.xlsx': () => {
    const long = `${planRows()[8]![1]}: ${'Rà soát, cập nhật từng thủ tục hành chính của phường. '.repeat(700)}`;
    return zipParts(plan({}, { planCells: [[8, 1, long]] }));
  },
};

for (const [name, make] of Object.entries(files)) writeFileSync(join(here, name), make());
console.log(`${Object.keys(files).length} files in ${here}`);
