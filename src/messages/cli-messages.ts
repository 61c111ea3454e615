import { defineMessages, quoted } from './define-messages.js';

/** A rate as the CLI prints it: 62,5% (a decimal comma), or why there is none. */
const rateText = (rate: number | null) => (rate === null ? 'chưa có nhiệm vụ đến hạn' : `${String(rate).replace('.', ',')}%`);

/** Said when a write failed over an existing file: it was left as it was. */
const keptText = (path: string, existed: boolean) => (existed ? ` Tệp ${quoted(path)} đã có từ trước vẫn giữ nguyên.` : '');

const NUMBER_OPTIONS = { year: 'Năm', dueSoon: 'Số ngày sắp đến hạn' } as const;

/**
 * What only the command line says: its option hints (--year, -o, --force), its outcome lines and
 * its parser's messages. The other hosts say the same findings with hints of their own.
 */
export const CLI_MESSAGES = defineMessages({
  CLI_PLAN_YEAR_HINT: {
    text: () => 'Có thể chỉ định năm bằng tùy chọn --year.',
    example: {},
  },
  CLI_NO_TASK_TABLE_HINT: {
    text: () => 'Nếu kế hoạch chưa có bảng phụ lục nhiệm vụ, hãy bắt đầu từ bảng kế hoạch mẫu: chạy “cchc template” để tạo tệp .xlsx có sẵn các cột, rồi chép các nhiệm vụ vào.',
    example: {},
  },
  CLI_OPTION_INVALID: {
    text: (p: { flag: string; reason: string }) => `Tùy chọn ${p.flag}: ${p.reason}`,
    example: { flag: '--as-of', reason: 'Ngày “31/02/2026” không có trong lịch.' },
  },
  CLI_OPTION_EMPTY: {
    text: () => 'cần một giá trị, không để trống.',
    example: {},
  },
  CLI_NOT_A_DATE: {
    text: (p: { text: string }) => `${quoted(p.text)} không phải ngày. Ghi dạng dd/mm/yyyy (ví dụ 14/03/2026) hoặc yyyy-mm-dd (2026-03-14).`,
    example: { text: 'mai' },
  },
  CLI_DATE_NOT_IN_CALENDAR: {
    text: (p: { text: string }) => `Ngày ${quoted(p.text)} không có trong lịch.`,
    example: { text: '31/02/2026' },
  },
  CLI_NUMBER_OUT_OF_RANGE: {
    text: (p: { option: keyof typeof NUMBER_OPTIONS; example: number; min: number; max: number; text: string }) =>
      `${NUMBER_OPTIONS[p.option]} phải là số nguyên từ ${p.min} đến ${p.max} (ví dụ ${p.example}), không phải ${quoted(p.text)}.`,
    example: { option: 'year', example: 2026, min: 1990, max: 2100, text: 'hai nghìn' },
  },
  CLI_OUTPUT_NAME_MISSING: {
    text: () => 'Cần tên tệp sau -o.',
    example: {},
  },
  CLI_OUTPUT_EXTENSION: {
    text: (p: { extensions: readonly string[]; path: string; extension: string }) =>
      `Tệp ghi ra phải có đuôi ${p.extensions.join(' hoặc ')} (ví dụ bao-cao.xlsx); ${quoted(p.path)} ${p.extension === '' ? 'không có đuôi' : `đuôi ${p.extension}`}.`,
    example: { extensions: ['.xlsx', '.xlsm'], path: 'bao-cao.xls', extension: '.xls' },
  },
  CLI_PERIOD_UNREADABLE: {
    text: (p: { text: string; accepted: string }) => `Không hiểu kỳ báo cáo ${quoted(p.text)}. Có thể ghi: ${p.accepted}.`,
    example: { text: 'Quý II/2026', accepted: '“Quý I/2026”, “6 tháng/2026”, “Quý III/2026”, “Năm 2026”' },
  },
  CLI_RENAMED_TO_XLSM: {
    text: (p: { renamed: string; asked: string }) =>
      `Tệp có macro (VBA) nên báo cáo được ghi là ${quoted(p.renamed)} thay cho ${quoted(p.asked)}: Excel không mở tệp có macro mang đuôi .xlsx. Macro vẫn giữ nguyên.`,
    example: { renamed: 'bao-cao.xlsm', asked: 'bao-cao.xlsx' },
  },
  CLI_RENAMED_TO_XLSX: {
    text: (p: { renamed: string; asked: string }) => `Kế hoạch không có macro nên báo cáo được ghi là ${quoted(p.renamed)} thay cho ${quoted(p.asked)}: Excel chỉ mở tệp .xlsm khi tệp có macro.`,
    example: { renamed: 'bao-cao.xlsx', asked: 'bao-cao.xlsm' },
  },
  CLI_CELLS_CUT: {
    text: (p: { count: number }) => `Có ${p.count} ô dài quá 32.767 ký tự (giới hạn của Excel) đã được cắt bớt trong báo cáo; cuối mỗi ô đó có ghi “[đã cắt bớt…]”. Nội dung đầy đủ vẫn ở tệp gốc.`,
    example: { count: 2 },
  },
  CLI_PERIOD_LINE: {
    text: (p: { period: string; from: string; to: string; judgedOn: string }) => `Kỳ báo cáo: ${p.period} (số liệu từ ${p.from} đến ${p.to}), đánh giá ngày ${p.judgedOn}.`,
    example: { period: '6 tháng/2026', from: '01/12/2025', to: '31/05/2026', judgedOn: '14/06/2026' },
  },
  CLI_REPORT_TOTALS: {
    text: (p: { total: number; overdue: number; dueSoon: number; rate: number | null }) =>
      `${p.total} nhiệm vụ · ${p.overdue} quá hạn · ${p.dueSoon} sắp đến hạn · tỷ lệ hoàn thành nhiệm vụ đến hạn: ${rateText(p.rate)}.`,
    example: { total: 42, overdue: 3, dueSoon: 2, rate: 62.5 },
  },
  CLI_REPORT_FINDINGS: {
    text: (p: { count: number }) => (p.count > 0 ? `Có ${p.count} điều cần xem lại trong dữ liệu (xem bằng: cchc inspect).` : 'Dữ liệu không có lỗi.'),
    example: { count: 4 },
  },
  CLI_REPORT_WRITTEN: {
    text: (p: { path: string }) => `Đã ghi báo cáo: ${p.path}`,
    example: { path: 'bao-cao-6-thang-2026.xlsx' },
  },
  CLI_TEMPLATE_WRITTEN: {
    text: (p: { year: number; path: string }) => `Đã tạo bảng kế hoạch mẫu năm ${p.year}: ${p.path}`,
    example: { year: 2026, path: 'ke-hoach-cchc-2026.xlsx' },
  },
  CLI_DEMO_SAMPLE: {
    text: (p: { path: string }) => `Kế hoạch mẫu: ${p.path}`,
    example: { path: 'samples/ke-hoach-cchc-mau.xlsx' },
  },
  CLI_DEMO_OPEN: {
    text: (p: { planSheet: string; summarySheet: string }) =>
      `Mở tệp báo cáo bằng Excel, LibreOffice hoặc Google Sheets: trang ${quoted(p.planSheet)} có trạng thái tự cập nhật, trang ${quoted(p.summarySheet)} có số liệu kỳ báo cáo.`,
    example: { planSheet: 'Theo dõi CCHC', summarySheet: 'Tổng hợp 6 tháng-2026' },
  },
  CLI_INSPECT_PLAN: {
    text: (p: { title: string }) => `Kế hoạch: ${p.title || '(không có tiêu đề)'}`,
    example: { title: 'Kế hoạch cải cách hành chính năm 2026' },
  },
  CLI_INSPECT_SHEET: {
    text: (p: { sheet: string; year: number; asOf: string }) => `Trang: ${p.sheet} · Năm kế hoạch: ${p.year} · Ngày đánh giá: ${p.asOf}`,
    example: { sheet: 'Phụ lục', year: 2026, asOf: '14/06/2026' },
  },
  CLI_INSPECT_COUNTS: {
    text: (p: { tasks: number; sections: number; errors: number; warnings: number }) => `${p.tasks} nhiệm vụ trong ${p.sections} mục · ${p.errors} lỗi · ${p.warnings} cảnh báo`,
    example: { tasks: 42, sections: 7, errors: 1, warnings: 3 },
  },
  CLI_NOTICE: {
    text: (p: { text: string }) => `Lưu ý: ${p.text}`,
    example: { text: 'Tệp “ke-hoach.csv” có một số ký tự hỏng, không đọc được; chúng hiện thành dấu “�”.' },
  },
  CLI_PATH_MISSING: {
    text: (p: { path: string }) => `Tệp hoặc thư mục ${quoted(p.path)} không tồn tại.`,
    example: { path: 'xa-an-khanh' },
  },
  CLI_NO_PLAN_FILES: {
    text: (p: { paths: readonly string[] }) => `Không tìm thấy tệp kế hoạch nào (.xlsx, .docx, .csv, .txt) trong ${p.paths.map(quoted).join(', ')}.`,
    example: { paths: ['ke-hoach-cac-xa'] },
  },
  CLI_NO_COMMUNE_READ: {
    text: () => 'Không đọc được kế hoạch của xã, phường nào.',
    example: {},
  },
  CLI_CONSOLIDATE_TOTALS: {
    text: (p: { communes: number; total: number; overdue: number; rate: number | null }) =>
      `Đã tổng hợp ${p.communes} xã, phường · ${p.total} nhiệm vụ · ${p.overdue} quá hạn · tỷ lệ hoàn thành nhiệm vụ đến hạn: ${rateText(p.rate)}.`,
    example: { communes: 12, total: 480, overdue: 31, rate: 71.4 },
  },
  CLI_SLOWEST_COMMUNES: {
    text: (p: { communes: readonly { readonly name: string; readonly rate: number }[] }) => `Chậm nhất: ${p.communes.map((commune) => `${commune.name} (${rateText(commune.rate)})`).join(', ')}.`,
    example: {
      communes: [
        { name: 'Xã An Khánh', rate: 40 },
        { name: 'Phường Hà Đông', rate: 52.5 },
      ],
    },
  },
  CLI_PROBLEM_FILES: {
    text: (p: { count: number; sheet: string }) => `${p.count} tệp không đọc được hoặc không có bảng nhiệm vụ (trang ${quoted(p.sheet)}):`,
    example: { count: 2, sheet: 'Tệp không đọc được' },
  },
  CLI_CONSOLIDATE_WRITTEN: {
    text: (p: { path: string }) => `Đã ghi bảng tổng hợp: ${p.path}`,
    example: { path: 'tong-hop-cchc-6-thang-2026.xlsx' },
  },
  CLI_PROGRESS: {
    text: (p: { done: number; total: number }) => `Đang đọc ${p.done}/${p.total} tệp…`,
    example: { done: 120, total: 3300 },
  },
  CLI_OUTPUT_IS_FOLDER: {
    text: (p: { path: string; example: string }) => `${quoted(p.path)} là một thư mục, không phải tên tệp. Hãy ghi tên tệp sau -o, ví dụ -o ${p.example}.`,
    example: { path: 'bao-cao', example: 'bao-cao/bao-cao.xlsx' },
  },
  CLI_OUTPUT_IS_INPUT: {
    text: (p: { input: string; path: string }) => `Không ghi đè lên tệp đang đọc ${quoted(p.input)} (${quoted(p.path)} chính là tệp đó, hoặc là một liên kết tới nó). Hãy chọn tên khác bằng -o.`,
    example: { input: 'ke-hoach.xlsx', path: './ke-hoach.xlsx' },
  },
  CLI_OUTPUT_EXISTS: {
    text: (p: { path: string }) => `Tệp ${quoted(p.path)} đã có. Hãy chọn tên khác bằng -o, hoặc thêm --force để ghi đè.`,
    example: { path: 'bao-cao.xlsx' },
  },
  CLI_DISK_FULL: {
    text: (p: { path: string; existed: boolean }) => `Ổ đĩa đã đầy (hoặc hết hạn mức): không ghi được ${quoted(p.path)}.${keptText(p.path, p.existed)} Hãy giải phóng chỗ trống rồi chạy lại.`,
    example: { path: 'bao-cao.xlsx', existed: true },
  },
  CLI_NO_WRITE_PERMISSION: {
    text: (p: { path: string; folder: string; existed: boolean }) => `Không có quyền ghi vào thư mục ${quoted(p.folder)}: không ghi được ${quoted(p.path)}.${keptText(p.path, p.existed)}`,
    example: { path: 'bao-cao.xlsx', folder: '/srv/chung', existed: false },
  },
  CLI_READ_ONLY_FOLDER: {
    text: (p: { path: string; folder: string; existed: boolean }) => `Thư mục ${quoted(p.folder)} chỉ cho đọc: không ghi được ${quoted(p.path)}.${keptText(p.path, p.existed)}`,
    example: { path: 'bao-cao.xlsx', folder: '/media/usb', existed: false },
  },
  CLI_FOLDER_NOT_CREATED: {
    text: (p: { path: string; folder: string; existed: boolean }) => `Không tạo được thư mục ${quoted(p.folder)} để ghi ${quoted(p.path)}.${keptText(p.path, p.existed)}`,
    example: { path: 'bao-cao/quy-1.xlsx', folder: 'bao-cao', existed: false },
  },
  CLI_TARGET_IS_FOLDER: {
    text: (p: { path: string }) => `${quoted(p.path)} là một thư mục, không phải tên tệp.`,
    example: { path: 'bao-cao.xlsx' },
  },
  CLI_WRITE_FAILED: {
    text: (p: { path: string; error: string; stage: 'folder' | 'write' | 'rename'; existed: boolean }) => {
      const during = p.stage === 'rename' ? 'khi thay tệp cũ bằng tệp mới' : p.stage === 'folder' ? 'khi mở thư mục' : 'khi ghi tệp';
      return `Không ghi được ${quoted(p.path)} (lỗi ${p.error} ${during}).${keptText(p.path, p.existed)}`;
    },
    example: { path: 'bao-cao.xlsx', error: 'EIO', stage: 'write', existed: true },
  },
  CLI_UNKNOWN_OPTION: {
    text: (p: { flag: string; suggestion: string }) => `Không có tùy chọn ${quoted(p.flag)}.${p.suggestion ? ` Có phải ý bạn là ${p.suggestion}?` : ''}`,
    example: { flag: '--asof', suggestion: '--as-of' },
  },
  CLI_UNKNOWN_COMMAND: {
    text: (p: { name: string; suggestion: string }) => `Không có lệnh ${quoted(p.name)}.${p.suggestion ? ` Có phải ý bạn là ${p.suggestion}?` : ''}`,
    example: { name: 'reprot', suggestion: 'report' },
  },
  CLI_MISSING_ARGUMENT: {
    text: (p: { name: string }) => `Thiếu tham số ${p.name}.`,
    example: { name: 'TỆP' },
  },
  CLI_OPTION_NEEDS_VALUE: {
    text: (p: { flags: string }) => `Tùy chọn ${p.flags} cần một giá trị.`,
    example: { flags: '--as-of <NGÀY>' },
  },
  CLI_REQUIRED_OPTION: {
    text: (p: { flags: string }) => `Thiếu tùy chọn bắt buộc ${p.flags}.`,
    example: { flags: '-o, --output <TỆP.xlsx>' },
  },
  CLI_TOO_MANY_ARGUMENTS: {
    text: (p: { command: string; expected: string; got: string }) => `Thừa tham số${p.command ? ` cho lệnh ${p.command}` : ''}: cần ${p.expected}, đã ghi ${p.got}.`,
    example: { command: 'inspect', expected: '1', got: '2' },
  },
  CLI_INVALID_OPTION_VALUE: {
    text: (p: { flags: string; value: string; why: string }) => `Giá trị ${quoted(p.value)} của tùy chọn ${p.flags} không hợp lệ.${p.why}`,
    example: { flags: '--due-soon <SỐ-NGÀY>', value: 'x', why: '' },
  },
  CLI_CONFLICTING_OPTIONS: {
    text: (p: { one: string; other: string }) => `Không dùng ${p.one} cùng với ${p.other}.`,
    example: { one: 'option --json', other: 'option -o' },
  },
  CLI_PARSER_OTHER: {
    text: (p: { text: string }) => `Lỗi: ${p.text}`,
    example: { text: 'unexpected token' },
  },
  CLI_HELP_HINT: {
    text: () => 'Xem hướng dẫn: cchc --help, hoặc cchc TÊN-LỆNH --help.',
    example: {},
  },
});
