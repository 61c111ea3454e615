/**
 * Writes samples/ke-hoach-cchc-mau.xlsx: the Trần Hưng Đạo appendix as an office keeps it in Excel,
 * with the clerk's progress filled in for some tasks and a sheet of their own notes.
 * Run with `npx tsx scripts/make-sample-plan.ts`; the result is committed for `npm run demo`.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';

const source = new URL('../tests/fixtures/plans/tran-hung-dao-2026.txt', import.meta.url);
const lines = readFileSync(source, 'utf8')
  .split('\n')
  .map((line) => line.split('\t'));

/** Progress as of mid-June 2026: STT → [Tình trạng, Ngày hoàn thành]. */
const PROGRESS: Record<string, [string, Date | null]> = {
  '1': ['Hoàn thành', new Date(Date.UTC(2026, 0, 12))],
  '2': ['Hoàn thành', new Date(Date.UTC(2026, 5, 8))],
  '3': ['Đang thực hiện', null],
  '6': ['Đang thực hiện', null],
  '8': ['Hoàn thành', new Date(Date.UTC(2026, 2, 20))],
  '11': ['Đang thực hiện', null],
  '18': ['Hoàn thành', new Date(Date.UTC(2026, 3, 6))],
  '19': ['Đang thực hiện', null],
  '29': ['Hoàn thành', null],
  '37': ['Đang thực hiện', null],
  '38': ['Hoàn thành', new Date(Date.UTC(2026, 2, 27))],
  '46': ['Chưa thực hiện', null],
};

const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet('Phụ lục');
for (const cells of lines) {
  const isHeader = cells[0] === 'TT';
  const extra = isHeader ? ['Tình trạng', 'Ngày hoàn thành'] : (PROGRESS[cells[0] ?? ''] ?? []);
  const row = sheet.addRow([...cells.map((cell) => (cell === '' ? null : cell)), ...(cells.length === 6 ? extra : [])]);
  if (isHeader) row.font = { bold: true };
}
sheet.getColumn(8).numFmt = 'dd/mm/yyyy';
sheet.getColumn(2).width = 60;
const notes = workbook.addWorksheet('Ghi chú của văn phòng');
notes.addRow(['Người cập nhật', 'Ngày', 'Nội dung']);
notes.addRow(['Nguyễn Thị Lan', new Date(Date.UTC(2026, 5, 12)), 'Cập nhật tiến độ 6 tháng đầu năm']);
notes.getColumn(2).numFmt = 'dd/mm/yyyy';
await workbook.xlsx.writeFile(new URL('../samples/ke-hoach-cchc-mau.xlsx', import.meta.url).pathname);
