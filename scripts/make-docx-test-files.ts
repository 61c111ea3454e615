/**
 * Makes the Word test files in tests/files/docx/ from the appendix fixtures (tests/fixtures/plans/*.txt),
 * by two producers, so that each .docx holds the same plan as its fixture text:
 * - hand-built OOXML (document.xml written here, zipped with fflate): a two-row header with vMerge and
 *   gridSpan, section rows merged across, cells of several paragraphs, "-" lists as Word numbering,
 *   tracked changes (an insertion kept, a deletion and a deleted row dropped), content controls around a
 *   cell's text and around a row;
 * - LibreOffice Writer converting an HTML rendering of the same tables (rowspan/colspan, <p>, <ul>).
 * Each fixture's pieces (the table Word split at page breaks, the targets table before the tasks) stay
 * separate tables. Run: npx tsx scripts/make-docx-test-files.ts (needs libreoffice-writer-nogui).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import he from 'he';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'tests/files/docx');
const FIXTURES = ['an-tuong-2026', 'tran-hung-dao-2026', 'dong-da-2026-2030'] as const;
type Fixture = (typeof FIXTURES)[number];

/** A cell as the producers write it: paragraphs, each with its runs and whether it is a "-" list item. */
interface Para {
  readonly text: string;
  readonly bold: boolean;
  readonly item: boolean;
}
type Piece = { kind: 'p'; para: Para } | { kind: 'table'; rows: Para[][][] };

/** The fixture as paragraphs and tables: lines with a tab are table rows, a blank line or prose ends a table. */
function pieces(name: Fixture): Piece[] {
  const lines = readFileSync(join(ROOT, `tests/fixtures/plans/${name}.txt`), 'utf8')
    .replace(/\r\n?/g, '\n')
    .replace(/\n$/, '')
    .split('\n');
  const result: Piece[] = [];
  let table: string[][] | null = null;
  const flush = () => {
    if (table === null) return;
    const width = Math.max(...table.map((row) => row.length));
    result.push({ kind: 'table', rows: table.map((row) => Array.from({ length: width }, (_, i) => cellParas(row[i] ?? ''))) });
    table = null;
  };
  for (const line of lines) {
    if (line.includes('\t')) (table ??= []).push(line.split('\t'));
    else {
      flush();
      const bold = line.includes('**');
      result.push({ kind: 'p', para: { text: line.replace(/\*\*/g, '').trim(), bold, item: false } });
    }
  }
  flush();
  return result;
}

/** A text cell's paragraphs: `<b>` as bold, `<br>` as a new paragraph, "<ul> - a - b" as list items. */
function cellParas(cell: string): Para[] {
  const bold = /<b>/i.test(cell);
  const list = /<ul\b/i.test(cell);
  const text = he.decode(cell.replace(/<\/?(?:b|ul)\b[^>]*>/gi, '')).trim();
  if (list) {
    return text
      .split(/(?:^|\s)-\s/)
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map((part) => ({ text: part, bold, item: true }));
  }
  return text.split(/<br\s*\/?>/i).map((part) => ({ text: part.trim(), bold, item: false }));
}

const isSectionRow = (row: Para[][]) => (row[0]?.[0]?.text ?? '') !== '' && row.slice(1).filter((cell) => cell.some((p) => p.text !== '')).length <= 1 && !/^\d+$/.test(row[0]?.[0]?.text ?? '');
const isHeaderRow = (row: Para[][]) => /^(STT|TT)$/.test(row[0]?.[0]?.text ?? '');

/** Long task texts split into two paragraphs after the first comma, as a clerk types them in Word. */
function splitLong(paras: Para[], column: number, rowIndex: number): Para[] {
  if (column !== 1 || rowIndex % 3 !== 0 || paras.length !== 1) return paras;
  const [only] = paras as [Para];
  const at = only.text.indexOf(', ');
  if (at < 0) return paras;
  return [
    { ...only, text: only.text.slice(0, at + 1) },
    { ...only, text: only.text.slice(at + 2) },
  ];
}

// ---------- hand-built OOXML ----------

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function run(text: string, bold: boolean): string {
  return `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xml(text)}</w:t></w:r>`;
}

function paragraph(para: Para, inner?: string): string {
  const pPr = para.item ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' : '';
  return `<w:p>${pPr}${inner ?? (para.text === '' ? '' : run(para.text, para.bold))}</w:p>`;
}

interface HandState {
  taskRows: number;
  trackedDone: boolean;
  deletedRowDone: boolean;
}

function handCell(paras: Para[], column: number, state: HandState, extra = ''): string {
  let body: string;
  const stt = state.taskRows;
  if (column === 1 && !state.trackedDone && paras.length === 1 && paras[0]!.text.length > 20) {
    // A tracked change: the end of the text inserted, a word deleted; read as accepted.
    const text = paras[0]!.text;
    const cut = text.lastIndexOf(' ', Math.floor(text.length / 2));
    body = paragraph(
      paras[0]!,
      `${run(text.slice(0, cut + 1), false)}<w:del w:id="1" w:author="Văn thư" w:date="2026-01-05T00:00:00Z"><w:r><w:delText xml:space="preserve">(dự thảo cũ) </w:delText></w:r></w:del><w:ins w:id="2" w:author="Văn thư" w:date="2026-01-05T00:00:00Z">${run(text.slice(cut + 1), false)}</w:ins>`,
    );
    state.trackedDone = true;
  } else if (column === 5 && stt % 4 === 2 && paras.length === 1) {
    // The deadline typed into a content control.
    body = paragraph(paras[0]!, `<w:sdt><w:sdtPr><w:alias w:val="Thời hạn"/></w:sdtPr><w:sdtContent>${run(paras[0]!.text, false)}</w:sdtContent></w:sdt>`);
  } else {
    body = paras.map((para) => paragraph(para)).join('');
  }
  return `<w:tc><w:tcPr>${extra}</w:tcPr>${body || '<w:p/>'}</w:tc>`;
}

function handTable(rows: Para[][][], state: HandState, twoRowHeader: boolean): string {
  const width = rows[0]!.length;
  const out: string[] = [];
  const grid = `<w:tblGrid>${'<w:gridCol w:w="1500"/>'.repeat(width)}</w:tblGrid>`;
  rows.forEach((row, index) => {
    if (isHeaderRow(row) && twoRowHeader && width === 6) {
      // STT | Tên nhiệm vụ | Cơ quan (over Chủ trì, Phối hợp) | Sản phẩm | Thời gian
      const restart = '<w:vMerge w:val="restart"/>';
      const t = (text: string) => [{ text, bold: true, item: false }];
      out.push(
        `<w:tr><w:trPr><w:tblHeader/></w:trPr>${handCell(t(row[0]![0]!.text), 0, state, restart)}${handCell(t(row[1]![0]!.text), 0, state, restart)}${handCell(t('Cơ quan'), 0, state, '<w:gridSpan w:val="2"/>')}${handCell(t(row[4]![0]!.text), 0, state, restart)}${handCell(t(row[5]![0]!.text), 0, state, restart)}</w:tr>`,
      );
      const cont = '<w:vMerge/>';
      out.push(
        `<w:tr>${handCell([], 0, state, cont)}${handCell([], 0, state, cont)}${handCell(t('Chủ trì'), 0, state)}${handCell(t('Phối hợp'), 0, state)}${handCell([], 0, state, cont)}${handCell([], 0, state, cont)}</w:tr>`,
      );
      return;
    }
    if (isSectionRow(row) && !isHeaderRow(row)) {
      // The numeral in the first cell, the title merged over the rest (or the whole row when the title is in the first cell).
      const titleInFirst = row.slice(1).every((cell) => cell.every((p) => p.text === ''));
      if (titleInFirst) out.push(`<w:tr>${handCell(row[0]!, 0, state, `<w:gridSpan w:val="${width}"/>`)}</w:tr>`);
      else out.push(`<w:tr>${handCell(row[0]!, 0, state)}${handCell(row[1]!, 1, state, `<w:gridSpan w:val="${width - 1}"/>`)}</w:tr>`);
      return;
    }
    const numbered = /^\d+$/.test(row[0]?.[0]?.text ?? '');
    if (numbered) state.taskRows++;
    const cells = row.map((paras, column) => handCell(splitLong(paras, column, index), column, state)).join('');
    const wrapInControl = numbered && state.taskRows % 5 === 0;
    const tr = `<w:tr>${cells}</w:tr>`;
    out.push(wrapInControl ? `<w:sdt><w:sdtPr><w:alias w:val="Nhiệm vụ"/></w:sdtPr><w:sdtContent>${tr}</w:sdtContent></w:sdt>` : tr);
    if (numbered && !state.deletedRowDone && state.taskRows === 3) {
      // A row deleted with Track Changes on: not part of the plan.
      const gone = row.map((_, column) => handCell([{ text: column === 0 ? '99' : column === 1 ? 'Nhiệm vụ đã bị xóa khỏi kế hoạch' : 'Không còn', bold: false, item: false }], 9, state)).join('');
      out.push(`<w:tr><w:trPr><w:del w:id="3" w:author="Văn thư" w:date="2026-01-05T00:00:00Z"/></w:trPr>${gone}</w:tr>`);
      state.deletedRowDone = true;
    }
  });
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>${grid}${out.join('')}</w:tbl>`;
}

function handDocx(name: Fixture): Uint8Array {
  const state: HandState = { taskRows: 0, trackedDone: false, deletedRowDone: false };
  const body = pieces(name)
    .map((piece) => (piece.kind === 'p' ? paragraph(piece.para) : handTable(piece.rows, state, name === 'an-tuong-2026')))
    .join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>`;
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
    'word/document.xml': document,
    'word/numbering.xml': numbering,
  };
  const mtime = new Date('2026-01-05T00:00:00Z');
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, [strToU8(text), { mtime }]])));
}

// ---------- LibreOffice from HTML ----------

const html = (text: string) => he.encode(text, { useNamedReferences: false, allowUnsafeSymbols: true });

function htmlCell(paras: Para[], attrs = ''): string {
  const items = paras.filter((p) => p.item);
  const inner = items.length > 0 ? `<ul>${items.map((p) => `<li>${html(p.text)}</li>`).join('')}</ul>` : paras.map((p) => `<p>${p.bold ? `<b>${html(p.text)}</b>` : html(p.text)}</p>`).join('');
  return `<td${attrs}>${inner}</td>`;
}

function htmlTable(rows: Para[][][], twoRowHeader: boolean): string {
  const width = rows[0]!.length;
  const out = rows.map((row, index) => {
    if (isHeaderRow(row) && twoRowHeader && width === 6) {
      const t = (text: string) => [{ text, bold: true, item: false }];
      return `<tr>${htmlCell(t(row[0]![0]!.text), ' rowspan="2"')}${htmlCell(t(row[1]![0]!.text), ' rowspan="2"')}${htmlCell(t('Cơ quan'), ' colspan="2"')}${htmlCell(t(row[4]![0]!.text), ' rowspan="2"')}${htmlCell(t(row[5]![0]!.text), ' rowspan="2"')}</tr><tr>${htmlCell(t('Chủ trì'))}${htmlCell(t('Phối hợp'))}</tr>`;
    }
    if (isSectionRow(row) && !isHeaderRow(row)) {
      const titleInFirst = row.slice(1).every((cell) => cell.every((p) => p.text === ''));
      if (titleInFirst) return `<tr>${htmlCell(row[0]!, ` colspan="${width}"`)}</tr>`;
      return `<tr>${htmlCell(row[0]!)}${htmlCell(row[1]!, ` colspan="${width - 1}"`)}</tr>`;
    }
    return `<tr>${row.map((paras, column) => htmlCell(splitLong(paras, column, index))).join('')}</tr>`;
  });
  return `<table border="1" cellspacing="0">${out.join('\n')}</table>`;
}

function libreOfficeDocx(names: readonly Fixture[]): Map<Fixture, Uint8Array> {
  const folder = mkdtempSync(join(tmpdir(), 'cchc-docx-'));
  try {
    const inputs = names.map((name) => {
      const body = pieces(name)
        .map((piece) => (piece.kind === 'p' ? `<p>${piece.para.bold ? `<b>${html(piece.para.text)}</b>` : html(piece.para.text)}</p>` : htmlTable(piece.rows, name === 'an-tuong-2026')))
        .join('\n');
      const path = join(folder, `${name}.html`);
      writeFileSync(path, `<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>${name}</title></head><body>\n${body}\n</body></html>\n`);
      return path;
    });
    mkdirSync(join(folder, 'out'));
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', '--norestore', '--writer', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(folder, 'out'), ...inputs],
      { stdio: 'pipe', timeout: 180_000 },
    );
    return new Map(names.map((name) => [name, new Uint8Array(readFileSync(join(folder, 'out', `${name}.docx`)))]));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

mkdirSync(OUT, { recursive: true });
const write = (file: string, bytes: Uint8Array) => {
  writeFileSync(`${join(OUT, file)}.tmp`, bytes);
  renameSync(`${join(OUT, file)}.tmp`, join(OUT, file));
};
for (const name of FIXTURES) write(`hand-${name}.docx`, handDocx(name));
if (!process.argv.includes('--hand-only')) for (const [name, bytes] of libreOfficeDocx(FIXTURES)) write(`libreoffice-${name}.docx`, bytes);
console.log(`Wrote the .docx test files to ${OUT}`);
