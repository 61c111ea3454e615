import { defineMessages, quoted } from './define-messages.js';

/** A count as Vietnamese writes it: 20000000 → "20.000.000". */
export const groupedDigits = (count: number) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

const REMOVE_PASSWORD = 'mở tệp bằng Excel (nhập mật khẩu), vào Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu và lưu lại';
const SAVE_AS_XLSX = 'mở tệp bằng Excel, chọn Tệp › Lưu thành và chọn kiểu “Sổ làm việc Excel (*.xlsx)”';

/** The file as the clerk chose it: its name, never a path inside it. */
type File = { file: string };

/**
 * Why a file cannot be read, and what the reader noticed in a file it read all the same. Every
 * sentence names the file, and the sheet when there is one, as the clerk sees them in Excel or Word.
 */
export const FILE_READ_MESSAGES = defineMessages({
  FILE_EMPTY: {
    text: (p: File) => `Tệp ${quoted(p.file)} trống, không có dữ liệu. Hãy kiểm tra đã chọn đúng tệp kế hoạch chưa; ` + 'nếu đúng, hãy mở tệp gốc bằng Excel, lưu lại rồi chọn lại.',
    example: { file: 'ke-hoach.csv' },
  },
  FILE_PASSWORD_PROTECTED: {
    text: (p: File) => `Tệp ${quoted(p.file)} được đặt mật khẩu nên không đọc được. Hãy ${REMOVE_PASSWORD}, rồi chọn lại tệp.`,
    example: { file: 'ke-hoach.xlsx' },
  },
  FILE_LEGACY_XLS: {
    text: (p: File) => `Tệp ${quoted(p.file)} là bảng tính Excel đời cũ (.xls, Excel 97–2003), chương trình chưa đọc được định dạng này. ` + `Hãy ${SAVE_AS_XLSX}, rồi chọn tệp .xlsx vừa lưu.`,
    example: { file: 'ke-hoach.xls' },
  },
  FILE_PASSWORD_OR_LEGACY: {
    text: (p: File) =>
      `Tệp ${quoted(p.file)} không đọc được: đây có thể là tệp .xlsx được đặt mật khẩu, hoặc bảng tính Excel đời cũ (.xls). ` +
      `Nếu tệp có mật khẩu, hãy ${REMOVE_PASSWORD}; nếu là tệp .xls, hãy ${SAVE_AS_XLSX}; sau đó chọn lại tệp.`,
    example: { file: 'ke-hoach.xls' },
  },
  FILE_IS_PDF: {
    text: (p: File) =>
      `Tệp ${quoted(p.file)} là tệp PDF; chương trình không đọc bảng trong PDF. Hãy mở tệp PDF bằng Word ` +
      '(Word tự chuyển PDF thành văn bản Word), chọn Tệp › Lưu thành, kiểu “Tài liệu Word (*.docx)”, rồi chọn tệp .docx vừa lưu.',
    example: { file: 'ke-hoach.pdf' },
  },
  FILE_IS_IMAGE: {
    text: (p: File & { format: string }) =>
      `Tệp ${quoted(p.file)} là ảnh ${p.format}, không phải bảng tính; chương trình không đọc chữ trong ảnh. ` +
      'Hãy chọn bản Excel (.xlsx) của kế hoạch, hoặc sao chép bảng phụ lục từ bản Word sang Excel.',
    example: { file: 'chup-man-hinh.png', format: 'PNG' },
  },
  FILE_IS_OLD_WORD: {
    text: (p: File) =>
      `Tệp ${quoted(p.file)} là văn bản Word đời cũ (.doc) hoặc RTF, chương trình chưa đọc được định dạng này. ` +
      'Hãy mở bằng Word, chọn Tệp › Lưu thành, kiểu “Tài liệu Word (*.docx)”, rồi chọn tệp .docx vừa lưu.',
    example: { file: 'ke-hoach.doc' },
  },
  FILE_IS_OPENDOCUMENT: {
    text: (p: File) =>
      `Tệp ${quoted(p.file)} là tệp OpenDocument (LibreOffice), chương trình chưa đọc được. ` + 'Hãy mở bằng LibreOffice hoặc Excel, lưu thành “Sổ làm việc Excel (.xlsx)” rồi chọn lại tệp.',
    example: { file: 'ke-hoach.ods' },
  },
  FILE_IS_ZIP: {
    text: (p: File) => `Tệp ${quoted(p.file)} là tệp nén (.zip), không phải sổ làm việc Excel. Hãy giải nén rồi chọn tệp .xlsx bên trong.`,
    example: { file: 'ke-hoach.zip' },
  },
  FILE_IS_BINARY: {
    text: (p: File) => `Tệp ${quoted(p.file)} không phải bảng tính hay tệp văn bản. ` + 'Hãy chọn tệp Excel (.xlsx) hoặc tệp .csv, .txt chứa bảng phụ lục nhiệm vụ.',
    example: { file: 'ke-hoach.bin' },
  },
  FILE_CORRUPT_WORKBOOK: {
    text: (p: File) =>
      `Tệp ${quoted(p.file)} bị hỏng hoặc chưa được tải về đầy đủ nên không mở được như một sổ làm việc Excel. ` + 'Hãy thử mở tệp bằng Excel và lưu lại thành .xlsx, hoặc lấy lại bản gốc của tệp.',
    example: { file: 'ke-hoach.xlsx' },
  },
  FILE_CORRUPT_SHEET: {
    text: (p: File & { sheet: string }) =>
      `Tệp ${quoted(p.file)} có trang tính ${quoted(p.sheet)} bị hỏng nên không đọc được. ` +
      'Hãy thử mở tệp bằng Excel và lưu lại thành .xlsx, hoặc sao chép bảng phụ lục nhiệm vụ sang một sổ làm việc mới rồi chọn tệp đó.',
    example: { file: 'ke-hoach.xlsx', sheet: 'Phụ lục' },
  },
  FILE_WORKBOOK_TOO_LARGE: {
    text: (p: File & { megabytes: number; parts: number }) =>
      `Tệp ${quoted(p.file)} khi giải nén vượt quá mức chương trình đọc được (tối đa ${sizeText(p.megabytes)} và ${groupedDigits(p.parts)} phần); ` +
      'một sổ làm việc kế hoạch thật nhỏ hơn nhiều, nên tệp này có thể bị hỏng hoặc không phải sổ làm việc thật. ' +
      'Hãy sao chép riêng bảng phụ lục nhiệm vụ sang một sổ làm việc mới, lưu thành .xlsx rồi chọn tệp đó.',
    example: { file: 'ke-hoach.xlsx', megabytes: 1024, parts: 10000 },
  },
  FILE_TOO_MANY_CELLS: {
    text: (p: File & { limit: number; sheet: string }) =>
      `Tệp ${quoted(p.file)} có hơn ${groupedDigits(p.limit)} ô dữ liệu (vượt quá khi đọc đến trang tính ${quoted(p.sheet)}), ` +
      'nhiều hơn mức chương trình đọc được. Hãy xóa các trang tính, hàng, cột không cần, hoặc sao chép riêng ' +
      'bảng phụ lục nhiệm vụ sang một sổ làm việc mới rồi chọn tệp đó.',
    example: { file: 'ke-hoach.xlsx', limit: 20_000_000, sheet: 'Dữ liệu' },
  },
  FILE_CORRUPT_DOCUMENT: {
    text: (p: File) =>
      `Tệp ${quoted(p.file)} bị hỏng hoặc chưa được tải về đầy đủ nên không mở được như một văn bản Word. ` + 'Hãy thử mở tệp bằng Word và lưu lại thành .docx, hoặc lấy lại bản gốc của tệp.',
    example: { file: 'ke-hoach.docx' },
  },
  FILE_NO_TASK_TABLE: {
    text: (p: File & { expected: string }) => `Không tìm thấy bảng nhiệm vụ trong tệp ${quoted(p.file)}. Cần một dòng tiêu đề có các cột: ${p.expected}.`,
    example: { file: 'ke-hoach-ha-dong.docx', expected: 'STT, Nhiệm vụ (Nội dung), Cơ quan chủ trì, Thời gian hoàn thành' },
  },
  FILE_NO_SUCH_SHEET: {
    text: (p: File & { sheet: string; sheets: readonly string[] }) => `Tệp ${quoted(p.file)} không có trang ${quoted(p.sheet)}. Các trang có trong tệp: ${p.sheets.map(quoted).join(', ')}.`,
    example: { file: 'ke-hoach.xlsx', sheet: 'Phu luc', sheets: ['Kế hoạch', 'Phụ lục'] },
  },
  FILE_NO_SHEETS: {
    text: (p: File) =>
      `Tệp ${quoted(p.file)} không có trang tính nào để đọc (chỉ có trang biểu đồ, hoặc danh sách trang bị hỏng). ` +
      'Hãy mở tệp bằng Excel, kiểm tra bảng phụ lục nhiệm vụ còn đó, lưu lại thành .xlsx rồi chọn lại tệp.',
    example: { file: 'ke-hoach.xlsx' },
  },
  FILE_READ_AS_WINDOWS_1258: {
    text: (p: File) =>
      `Tệp ${quoted(p.file)} không dùng bảng mã UTF-8; đã đọc theo bảng mã Windows-1258 (tiếng Việt của Windows cũ). ` +
      'Nếu chữ tiếng Việt hiện sai, hãy mở tệp bằng Excel và lưu lại với kiểu “CSV UTF-8 (Phân tách bằng dấu phẩy)”.',
    example: { file: 'ke-hoach.csv' },
  },
  FILE_REPLACED_CHARACTERS: {
    text: (p: File) => `Tệp ${quoted(p.file)} có một số ký tự hỏng, không đọc được; chúng hiện thành dấu “�”.`,
    example: { file: 'ke-hoach.csv' },
  },
  FILE_UNBALANCED_QUOTES: {
    text: (p: File) => `Tệp ${quoted(p.file)} có dấu ngoặc kép (") không khép đúng; đã đọc mỗi dòng của tệp thành một hàng ` + 'và giữ nguyên các dấu ngoặc kép.',
    example: { file: 'phu-luc.txt' },
  },
  FILE_CELLS_OUTSIDE_GRID: {
    text: (p: File & { sheet: string; count: number; lastColumn: string }) =>
      `Trang tính ${quoted(p.sheet)} trong tệp ${quoted(p.file)} có ${groupedDigits(p.count)} ô dữ liệu nằm sau cột ${p.lastColumn} ` + 'hoặc ngoài giới hạn hàng của Excel; các ô đó không được đọc.',
    example: { file: 'ke-hoach.xlsx', sheet: 'Phụ lục', count: 2, lastColumn: 'AMJ' },
  },
  FILE_DOCUMENT_TABLES: {
    text: (p: File & { tables: number; first: number; parts: number }) =>
      `Văn bản ${quoted(p.file)} có ${p.tables} bảng; đã đọc bảng ${p.first} làm bảng nhiệm vụ` + (p.parts > 1 ? `, nối ${p.parts} phần của bảng (Word tách bảng khi sang trang) thành một.` : '.'),
    example: { file: 'ke-hoach.docx', tables: 3, first: 1, parts: 2 },
  },
  FILE_TRACKED_CHANGES: {
    text: (p: File) => `Văn bản ${quoted(p.file)} còn thay đổi được theo dõi (Track Changes) chưa chấp nhận; đã đọc như khi chấp nhận hết: ` + 'giữ phần chèn thêm, bỏ phần đã xóa.',
    example: { file: 'ke-hoach.docx' },
  },
  FILE_HIDDEN_SHEET: {
    text: (p: File & { sheet: string }) => `Trang tính ${quoted(p.sheet)} trong tệp ${quoted(p.file)} đang bị ẩn; vẫn được đọc như các trang khác.`,
    example: { file: 'ke-hoach.xlsx', sheet: 'Cũ' },
  },
  FILE_READER_FAILED: {
    text: (p: File & { detail: string }) => `Không đọc được tệp ${quoted(p.file)}: ${p.detail}.`,
    example: { file: 'xa-an-khanh.xlsx', detail: 'Maximum call stack size exceeded' },
  },
  FILE_CANNOT_OPEN: {
    text: (p: File & { reason: 'missing' | 'unopenable' }) => `Tệp ${quoted(p.file)} ${p.reason === 'missing' ? 'không tồn tại' : 'không mở được'}.`,
    example: { file: 'ke-hoach.xlsx', reason: 'missing' },
  },
});

/** A size limit in megabytes as a clerk reads it: "200 MB", "1 GB". */
function sizeText(megabytes: number): string {
  return megabytes >= 1024 ? `${groupedDigits(Math.round(megabytes / 1024))} GB` : `${groupedDigits(Math.round(megabytes))} MB`;
}
