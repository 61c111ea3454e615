import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FileReadError, type FileReadErrorCode } from '../../io/files/file-read-error.js';
import { readGridFile } from '../../io/files/read-grid-file.js';

const testFile = (name: string) => new Uint8Array(readFileSync(new URL(`../files/${name}`, import.meta.url)));
const ascii = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => {
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((offset, part) => (all.set(part, offset), offset + part.length), 0);
  return all;
};

/** A 1×1 PNG picture, whole: signature, IHDR, IDAT, IEND. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const JPEG_START = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...ascii('JFIF'), 0x00, 0x01, 0x01]);
const PDF = ascii('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
/** An OLE compound file header whose directory cannot be read: nothing tells an .xls from an encrypted .xlsx. */
const OLE_HEADER = concat(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), new Uint8Array(504));

async function smallWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Phụ lục').addRow(['STT', 'Nhiệm vụ', 'Thời gian']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Reads a file that must be refused, and gives the error. */
async function refusal(bytes: Uint8Array, fileName: string): Promise<FileReadError> {
  const error = await readGridFile(bytes, fileName).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(FileReadError);
  return error as FileReadError;
}

async function expectRefused(bytes: Uint8Array, fileName: string, code: FileReadErrorCode) {
  const error = await refusal(bytes, fileName);
  expect(error.code).toBe(code);
  expect(error.message).toContain(`“${fileName}”`);
  expect(error.message).toMatch(/^Tệp /);
  return error;
}

describe('readGridFile on files that are not plans', () => {
  it('refuses an empty file', async () => {
    await expectRefused(new Uint8Array(0), 'ke-hoach.xlsx', 'EMPTY_FILE');
  });

  it('refuses a file of only spaces and line breaks, or only a byte order mark', async () => {
    await expectRefused(ascii('  \r\n\t \n'), 'ke-hoach.csv', 'EMPTY_FILE');
    await expectRefused(ascii('\ufeff\n'), 'ke-hoach.txt', 'EMPTY_FILE');
    await expectRefused(new Uint8Array([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]), 'unicode.txt', 'EMPTY_FILE');
  });

  it('calls a ZIP header followed by garbage a damaged workbook', async () => {
    const garbage = Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919) % 251);
    const error = await expectRefused(concat(ascii('PK\u0003\u0004'), garbage), 'ke-hoach.xlsx', 'CORRUPT_WORKBOOK');
    expect(error.message).toContain('bị hỏng');
  });

  it('calls a real .xlsx cut short a damaged workbook', async () => {
    const whole = await smallWorkbook();
    await expectRefused(whole.subarray(0, Math.floor(whole.length / 2)), 'ke-hoach.xlsx', 'CORRUPT_WORKBOOK');
    await expectRefused(whole.subarray(0, whole.length - 30), 'ke-hoach.xlsx', 'CORRUPT_WORKBOOK');
  });

  it('says that an .xlsx saved with a password must have it removed', async () => {
    const error = await expectRefused(testFile('ke-hoach-mat-khau.xlsx'), 'ke-hoach-mat-khau.xlsx', 'PASSWORD_PROTECTED');
    expect(error.message).toContain('mật khẩu');
  });

  it('says that an Excel 97–2003 .xls must be saved as .xlsx', async () => {
    const error = await expectRefused(testFile('ke-hoach-excel-97.xls'), 'ke-hoach-excel-97.xls', 'LEGACY_XLS');
    expect(error.message).toContain('.xlsx');
  });

  it('names both a password and an old .xls when an OLE file cannot be told apart', async () => {
    const error = await expectRefused(OLE_HEADER, 'ke-hoach.xlsx', 'PASSWORD_OR_LEGACY');
    expect(error.message).toContain('mật khẩu');
    expect(error.message).toContain('.xls');
    expect(error.message).toContain('Lưu thành');
  });

  it('refuses a PNG or JPEG picture named .xlsx', async () => {
    const png = await expectRefused(PNG, 'ke-hoach.xlsx', 'NOT_A_SPREADSHEET');
    expect(png.params).toMatchObject({ kind: 'image', format: 'PNG' });
    expect(png.message).toContain('không phải bảng tính');
    const jpeg = await expectRefused(JPEG_START, 'anh-chup.csv', 'NOT_A_SPREADSHEET');
    expect(jpeg.params).toMatchObject({ kind: 'image', format: 'JPEG' });
  });

  it('refuses a PDF named .xlsx and tells the clerk to open it in Word and choose the .docx', async () => {
    const error = await expectRefused(PDF, 'ke-hoach.xlsx', 'NOT_A_SPREADSHEET');
    expect(error.params).toMatchObject({ kind: 'pdf' });
    expect(error.message).toContain('là tệp PDF');
    expect(error.message).toContain('mở tệp PDF bằng Word');
    expect(error.message).toContain('chọn tệp .docx vừa lưu');
  });

  it('asks for an OpenDocument spreadsheet to be saved as .xlsx', async () => {
    const error = await expectRefused(testFile('ke-hoach-libreoffice.ods'), 'ke-hoach-libreoffice.ods', 'NOT_A_SPREADSHEET');
    expect(error.params).toMatchObject({ kind: 'opendocument' });
    expect(error.message).toContain('.xlsx');
  });

  it('tells a ZIP archive named .zip from a damaged .xlsx', async () => {
    const emptyZip = concat(ascii('PK\u0005\u0006'), new Uint8Array(18));
    const zip = await expectRefused(emptyZip, 'tai-lieu.zip', 'NOT_A_SPREADSHEET');
    expect(zip.params).toMatchObject({ kind: 'zip' });
    await expectRefused(emptyZip, 'ke-hoach.xlsx', 'CORRUPT_WORKBOOK');
  });

  it('refuses binary data named .csv, and calls binary data named .xlsx a damaged workbook', async () => {
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 31 + 7) % 256);
    const csv = await expectRefused(binary, 'ke-hoach.csv', 'NOT_A_SPREADSHEET');
    expect(csv.params).toMatchObject({ kind: 'binary' });
    await expectRefused(binary, 'ke-hoach.xlsx', 'CORRUPT_WORKBOOK');
  });

  it('names the file without the folder a browser puts before it', async () => {
    const error = await refusal(new Uint8Array(0), 'C:\\fakepath\\ke-hoach.xlsx');
    expect(error.message).toContain('“ke-hoach.xlsx”');
    expect(error.message).not.toContain('fakepath');
  });

  it('reads text named .xlsx rather than refusing it', async () => {
    const { grids } = await readGridFile(ascii('STT;Nhiem vu\n1;Ban hanh\n'), 'xuat-tu-phan-mem.xlsx');
    expect(grids[0]!.rows).toEqual([
      ['STT', 'Nhiem vu'],
      ['1', 'Ban hanh'],
    ]);
  });
});
