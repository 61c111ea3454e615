import type { FileReadErrorCode } from './file-read-error.js';

/** What a file turned out to be when it is not a spreadsheet (`NOT_A_SPREADSHEET`). */
export type ForeignFileKind = 'pdf' | 'image' | 'word' | 'opendocument' | 'zip' | 'binary';

type Params = Readonly<Record<string, string>>;

const q = (text: string | undefined) => `“${text ?? ''}”`;

/** A count as Vietnamese writes it: 20000000 → "20.000.000". */
export const groupedDigits = (count: number) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

const REMOVE_PASSWORD =
  'mở tệp bằng Excel (nhập mật khẩu), vào Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu và lưu lại';
const SAVE_AS_XLSX = 'mở tệp bằng Excel, chọn Tệp › Lưu thành và chọn kiểu “Sổ làm việc Excel (*.xlsx)”';

const FOREIGN: Readonly<Record<ForeignFileKind, (file: string, p: Params) => string>> = {
  pdf: (f) =>
    `Tệp ${q(f)} là tệp PDF; chương trình không đọc bảng trong PDF. Hãy mở tệp PDF bằng Word ` +
    '(Word tự chuyển PDF thành văn bản Word), chọn Tệp › Lưu thành, kiểu “Tài liệu Word (*.docx)”, rồi chọn tệp .docx vừa lưu.',
  image: (f, p) =>
    `Tệp ${q(f)} là ảnh ${p.format ?? ''}, không phải bảng tính; chương trình không đọc chữ trong ảnh. ` +
    'Hãy chọn bản Excel (.xlsx) của kế hoạch, hoặc sao chép bảng phụ lục từ bản Word sang Excel.',
  word: (f) =>
    `Tệp ${q(f)} là văn bản Word đời cũ (.doc) hoặc RTF, chương trình chưa đọc được định dạng này. ` +
    'Hãy mở bằng Word, chọn Tệp › Lưu thành, kiểu “Tài liệu Word (*.docx)”, rồi chọn tệp .docx vừa lưu.',
  opendocument: (f) =>
    `Tệp ${q(f)} là tệp OpenDocument (LibreOffice), chương trình chưa đọc được. ` +
    'Hãy mở bằng LibreOffice hoặc Excel, lưu thành “Sổ làm việc Excel (.xlsx)” rồi chọn lại tệp.',
  zip: (f) =>
    `Tệp ${q(f)} là tệp nén (.zip), không phải sổ làm việc Excel. Hãy giải nén rồi chọn tệp .xlsx bên trong.`,
  binary: (f) =>
    `Tệp ${q(f)} không phải bảng tính hay tệp văn bản. ` +
    'Hãy chọn tệp Excel (.xlsx) hoặc tệp .csv, .txt chứa bảng phụ lục nhiệm vụ.',
};

/**
 * The Vietnamese sentence for each reason a file cannot be read: it names the file and says what to do.
 * The wording lives here, not where the problem is found.
 */
export const FILE_READ_MESSAGES: Readonly<Record<FileReadErrorCode, (file: string, p: Params) => string>> = {
  EMPTY_FILE: (f) =>
    `Tệp ${q(f)} trống, không có dữ liệu. Hãy kiểm tra đã chọn đúng tệp kế hoạch chưa; ` +
    'nếu đúng, hãy mở tệp gốc bằng Excel, lưu lại rồi chọn lại.',
  PASSWORD_PROTECTED: (f) =>
    `Tệp ${q(f)} được đặt mật khẩu nên không đọc được. Hãy ${REMOVE_PASSWORD}, rồi chọn lại tệp.`,
  LEGACY_XLS: (f) =>
    `Tệp ${q(f)} là bảng tính Excel đời cũ (.xls, Excel 97–2003), chương trình chưa đọc được định dạng này. ` +
    `Hãy ${SAVE_AS_XLSX}, rồi chọn tệp .xlsx vừa lưu.`,
  PASSWORD_OR_LEGACY: (f) =>
    `Tệp ${q(f)} không đọc được: đây có thể là tệp .xlsx được đặt mật khẩu, hoặc bảng tính Excel đời cũ (.xls). ` +
    `Nếu tệp có mật khẩu, hãy ${REMOVE_PASSWORD}; nếu là tệp .xls, hãy ${SAVE_AS_XLSX}; sau đó chọn lại tệp.`,
  NOT_A_SPREADSHEET: (f, p) => FOREIGN[(p.kind as ForeignFileKind | undefined) ?? 'binary'](f, p),
  CORRUPT_WORKBOOK: (f) =>
    `Tệp ${q(f)} bị hỏng hoặc chưa được tải về đầy đủ nên không mở được như một sổ làm việc Excel. ` +
    'Hãy thử mở tệp bằng Excel và lưu lại thành .xlsx, hoặc lấy lại bản gốc của tệp.',
  WORKBOOK_TOO_LARGE: (f, p) =>
    `Tệp ${q(f)} khi giải nén vượt quá mức chương trình đọc được (${p.limit ?? ''}); ` +
    'một sổ làm việc kế hoạch thật nhỏ hơn nhiều, nên tệp này có thể bị hỏng hoặc không phải sổ làm việc thật. ' +
    'Hãy sao chép riêng bảng phụ lục nhiệm vụ sang một sổ làm việc mới, lưu thành .xlsx rồi chọn tệp đó.',
  TOO_MANY_CELLS: (f, p) =>
    `Tệp ${q(f)} có hơn ${p.limit ?? ''} ô dữ liệu (vượt quá khi đọc đến trang tính ${q(p.sheet)}), ` +
    'nhiều hơn mức chương trình đọc được. Hãy xóa các trang tính, hàng, cột không cần, hoặc sao chép riêng ' +
    'bảng phụ lục nhiệm vụ sang một sổ làm việc mới rồi chọn tệp đó.',
  CORRUPT_DOCUMENT: (f) =>
    `Tệp ${q(f)} bị hỏng hoặc chưa được tải về đầy đủ nên không mở được như một văn bản Word. ` +
    'Hãy thử mở tệp bằng Word và lưu lại thành .docx, hoặc lấy lại bản gốc của tệp.',
};

/** Things worth telling the user about a file that was read all the same. */
export const FILE_NOTICES = {
  readAsWindows1258: (file: string) =>
    `Tệp ${q(file)} không dùng bảng mã UTF-8; đã đọc theo bảng mã Windows-1258 (tiếng Việt của Windows cũ). ` +
    'Nếu chữ tiếng Việt hiện sai, hãy mở tệp bằng Excel và lưu lại với kiểu “CSV UTF-8 (Phân tách bằng dấu phẩy)”.',
  replacedCharacters: (file: string) =>
    `Tệp ${q(file)} có một số ký tự hỏng, không đọc được; chúng hiện thành dấu “�”.`,
  unbalancedQuotes: (file: string) =>
    `Tệp ${q(file)} có dấu ngoặc kép (") không khép đúng; đã đọc mỗi dòng của tệp thành một hàng ` +
    'và giữ nguyên các dấu ngoặc kép.',
  cellsOutsideGrid: (file: string, sheet: string, count: number, lastColumn: string) =>
    `Trang tính ${q(sheet)} trong tệp ${q(file)} có ${groupedDigits(count)} ô dữ liệu nằm sau cột ${lastColumn} ` +
    'hoặc ngoài giới hạn hàng của Excel; các ô đó không được đọc.',
  documentTables: (file: string, tables: number, first: number, parts: number) =>
    `Văn bản ${q(file)} có ${tables} bảng; đã đọc bảng ${first} làm bảng nhiệm vụ` +
    (parts > 1 ? `, nối ${parts} phần của bảng (Word tách bảng khi sang trang) thành một.` : '.'),
  trackedChanges: (file: string) =>
    `Văn bản ${q(file)} còn thay đổi được theo dõi (Track Changes) chưa chấp nhận; đã đọc như khi chấp nhận hết: ` +
    'giữ phần chèn thêm, bỏ phần đã xóa.',
  hiddenSheet: (file: string, sheet: string) =>
    `Trang tính ${q(sheet)} trong tệp ${q(file)} đang bị ẩn; vẫn được đọc như các trang khác.`,
} as const;

/** Where a clerk whose plan has no task table yet can start: the blank template, in the words of each host. */
export const NO_TASK_TABLE_HINTS = {
  cli: 'Nếu kế hoạch chưa có bảng phụ lục nhiệm vụ, hãy bắt đầu từ bảng kế hoạch mẫu: chạy “cchc template” để tạo tệp .xlsx có sẵn các cột, rồi chép các nhiệm vụ vào.',
  page: 'Nếu kế hoạch chưa có bảng phụ lục nhiệm vụ, hãy bắt đầu từ bảng kế hoạch mẫu: bấm «Tải bảng kế hoạch mẫu (.xlsx)» ở bước 1, chép các nhiệm vụ vào, rồi chọn lại tệp.',
} as const;
