import { describe, expect, it } from 'vitest';
import { readGridFile } from '../../io/files/read-grid-file.js';
import { readPlanFile } from '../../io/files/read-plan-file.js';
import { renderMessage, renderMessages } from '../../src/messages/catalogue.js';
import { REGISTRY_HEADER } from '../../src/sheet-model/own-sheets.js';
import { buildWorkbook, row, sheetData, workbookParts } from '../helpers/ooxml-workbook.js';

const options = { today: '2026-01-01' };

/** An inline-string cell: the test workbooks carry no shared strings. */
const text = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;

const PLAN = sheetData(
  row(1, text('A1', 'STT') + text('B1', 'Nhiệm vụ') + text('C1', 'Cơ quan chủ trì') + text('D1', 'Thời gian hoàn thành')),
  row(2, '<c r="A2"><v>1</v></c>' + text('B2', 'Ban hành kế hoạch') + text('C2', 'Văn phòng') + text('D2', 'Quý I/2026')),
);

/** What a clerk must never read in a sentence about a file. */
function expectHonest(sentence: string) {
  expect(sentence).not.toMatch(/undefined|NaN|\[object /);
  expect(sentence).not.toMatch(/xl\/|word\/|\.xml\b/);
}

describe('notices about a workbook', () => {
  it('say nothing about the product’s own hidden registry when a report is read again, but still tell of the clerk’s hidden sheets', async () => {
    const registry = sheetData(
      row(1, REGISTRY_HEADER.map((header, index) => text(`${'ABCD'[index]}1`, header)).join('')),
      row(2, text('A2', 'Theo dõi CCHC') + text('B2', 'plan') + '<c r="C2"><v>1</v></c>'),
      row(3, text('A3', 'Cài đặt CCHC') + text('B3', 'settings') + '<c r="C3"><v>1</v></c>'),
    );
    const bytes = buildWorkbook({
      sheets: [
        { name: 'Theo dõi CCHC', body: PLAN },
        { name: 'Cài đặt CCHC', body: sheetData(), state: 'hidden' },
        { name: 'Ghi chú cũ', body: sheetData(), state: 'hidden' },
        { name: '_cchc', body: registry, state: 'veryHidden' },
      ],
    });
    const { grids, notices } = await readGridFile(bytes, 'bao-cao-quy-1.xlsx');
    expect(grids.map((grid) => grid.sheet)).toEqual(['Theo dõi CCHC', 'Cài đặt CCHC', 'Ghi chú cũ', '_cchc']);
    expect(notices.map(renderMessage)).toEqual(['Trang tính “Ghi chú cũ” trong tệp “bao-cao-quy-1.xlsx” đang bị ẩn; vẫn được đọc như các trang khác.']);
  });

  it('still tell of a hidden sheet named like the registry that is not one', async () => {
    const bytes = buildWorkbook({
      sheets: [
        { name: 'Phụ lục', body: PLAN },
        { name: '_cchc', body: sheetData(row(1, text('A1', 'của tôi'))), state: 'hidden' },
      ],
    });
    const { notices } = await readGridFile(bytes, 'ke-hoach.xlsx');
    expect(notices.map(renderMessage)).toEqual(['Trang tính “_cchc” trong tệp “ke-hoach.xlsx” đang bị ẩn; vẫn được đọc như các trang khác.']);
  });

  it('call a sheet without a name by its tab’s position', async () => {
    const parts = workbookParts({
      sheets: [
        { name: 'Phụ lục', body: PLAN },
        { name: 'Ẩn', body: sheetData(), state: 'hidden' },
      ],
    });
    const workbook = new TextDecoder().decode(parts['xl/workbook.xml']).replace('name="Ẩn" ', '');
    parts['xl/workbook.xml'] = new TextEncoder().encode(workbook);
    const { fflateZip } = await import('../helpers/ooxml-workbook-zip.js');
    const { grids, notices } = await readGridFile(fflateZip(parts), 'ke-hoach.xlsx');
    expect(grids.map((grid) => grid.sheet)).toEqual(['Phụ lục', 'Trang 2']);
    expect(notices.map(renderMessage)).toEqual(['Trang tính “Trang 2” trong tệp “ke-hoach.xlsx” đang bị ẩn; vẫn được đọc như các trang khác.']);
  });
});

describe('a plan file that cannot be read', () => {
  it('says nothing of the product’s own registry, settings and summary sheets when a report’s plan sheet lost its table', async () => {
    const registry = sheetData(
      row(1, REGISTRY_HEADER.map((header, index) => text(`${'ABCD'[index]}1`, header)).join('')),
      row(2, text('A2', 'Theo dõi CCHC') + text('B2', 'plan') + '<c r="C2"><v>1</v></c>'),
      row(3, text('A3', 'Tổng hợp Quý I-2026') + text('B3', 'summary') + '<c r="C3"><v>1</v></c>' + text('D3', 'Quý I-2026')),
      row(4, text('A4', 'Cài đặt CCHC') + text('B4', 'settings') + '<c r="C4"><v>1</v></c>'),
    );
    const bytes = buildWorkbook({
      sheets: [
        { name: 'Ghi chú', body: sheetData(row(1, text('A1', 'Họp giao ban'))) },
        { name: 'Theo dõi CCHC', body: sheetData(row(1, text('A1', 'KẾ HOẠCH'))) },
        { name: 'Tổng hợp Quý I-2026', body: sheetData(row(1, text('A1', 'TỔNG HỢP'))) },
        { name: 'Cài đặt CCHC', body: sheetData(row(1, text('A1', 'CÀI ĐẶT'))) },
        { name: '_cchc', body: registry, state: 'veryHidden' },
      ],
    });
    const loaded = await readPlanFile(bytes, 'bao-cao.xlsx', options);
    expect(loaded.kind).toBe('no-table');
    if (loaded.kind !== 'no-table') return;
    expect(loaded.messages.map((said) => said.params)).toEqual([expect.objectContaining({ sheet: 'Theo dõi CCHC' }), expect.objectContaining({ sheet: 'Ghi chú' })]);
  });

  it('names the sheets the file has when the sheet asked for is not there', async () => {
    const bytes = buildWorkbook({
      sheets: [
        { name: 'Kế hoạch', body: sheetData() },
        { name: 'Phụ lục', body: PLAN },
      ],
    });
    const loaded = await readPlanFile(bytes, 'ke-hoach.xlsx', { ...options, sheet: 'Phu luc' });
    expect(loaded.kind).toBe('unreadable');
    if (loaded.kind !== 'unreadable') return;
    const said = renderMessages(loaded.messages);
    expect(said).toBe('Tệp “ke-hoach.xlsx” không có trang “Phu luc”. Các trang có trong tệp: “Kế hoạch”, “Phụ lục”.');
    expectHonest(said);
  });

  it('says a workbook with no worksheet has none, never a sheet “undefined”', async () => {
    const parts = workbookParts({ sheets: [{ name: 'Phụ lục', body: PLAN }] });
    const workbook = new TextDecoder().decode(parts['xl/workbook.xml']).replace(/<sheets>.*<\/sheets>/s, '<sheets/>');
    parts['xl/workbook.xml'] = new TextEncoder().encode(workbook);
    const { fflateZip } = await import('../helpers/ooxml-workbook-zip.js');
    for (const sheet of [undefined, 'Phụ lục']) {
      const loaded = await readPlanFile(fflateZip(parts), 'ke-hoach.xlsx', { ...options, ...(sheet === undefined ? {} : { sheet }) });
      expect(loaded.kind).toBe('unreadable');
      if (loaded.kind !== 'unreadable') continue;
      const said = renderMessages(loaded.messages);
      expect(said).toMatch(/^Tệp “ke-hoach\.xlsx” không có trang tính nào để đọc/);
      expectHonest(said);
    }
  });

  it('names the damaged sheet, not the package part', async () => {
    const bytes = buildWorkbook({
      sheets: [
        { name: 'Phụ lục', body: PLAN },
        { name: 'Số liệu', body: '<sheetData><row r="1"><c r="A1"><v>1</c></row></sheetData>' },
      ],
    });
    const loaded = await readPlanFile(bytes, 'ke-hoach.xlsx', options);
    expect(loaded.kind).toBe('unreadable');
    if (loaded.kind !== 'unreadable') return;
    const said = renderMessages(loaded.messages);
    expect(said).toMatch(/^Tệp “ke-hoach\.xlsx” có trang tính “Số liệu” bị hỏng/);
    expectHonest(said);
  });

  it('names a broken workbook by the file when no sheet is to blame', async () => {
    const parts = workbookParts({ sheets: [{ name: 'Phụ lục', body: PLAN }] });
    parts['xl/workbook.xml'] = parts['xl/workbook.xml']!.subarray(0, 60);
    const { fflateZip } = await import('../helpers/ooxml-workbook-zip.js');
    const loaded = await readPlanFile(fflateZip(parts), 'ke-hoach.xlsx', options);
    expect(loaded.kind).toBe('unreadable');
    if (loaded.kind === 'unreadable') {
      expect(loaded.messages.map((said) => said.code)).toEqual(['FILE_CORRUPT_WORKBOOK']);
      expectHonest(renderMessages(loaded.messages));
    }
  });

  it('checks honesty with a check that can fail', () => {
    expect(() => expectHonest('không có trang “undefined”')).toThrow();
    expect(() => expectHonest('phần xl/worksheets/sheet3.xml bị hỏng')).toThrow();
  });
});
