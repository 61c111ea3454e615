import { formatViDate, type IsoDate } from '../dates/calendar-date.js';
import { defineMessages, quoted } from './define-messages.js';

/** What only the standalone page says: its hints point at its own buttons. */
export const PAGE_MESSAGES = defineMessages({
  PAGE_NO_TASK_TABLE_HINT: {
    text: () => 'Nếu kế hoạch chưa có bảng phụ lục nhiệm vụ, hãy bắt đầu từ bảng kế hoạch mẫu: bấm “Tải bảng kế hoạch mẫu (.xlsx)” ở bước 1, chép các nhiệm vụ vào, rồi chọn lại tệp.',
    example: {},
  },
  PAGE_STANDALONE_STATUS: {
    text: () => 'Trang đang dùng riêng trong trình duyệt, không cần Excel: làm theo các bước 1 → 4 dưới đây để xem kế hoạch và lấy tệp báo cáo.',
    example: {},
  },
  PAGE_OFFLINE_FOOTER: {
    text: () =>
      'Trang chạy hoàn toàn trên máy của bạn: không tải tệp lên, không gửi dữ liệu đi đâu cả; mở được cả khi không có Internet. Nếu máy có Excel và đã cài phần bổ trợ CCHC, trang này mở ngay trong Excel (Trang đầu › nhóm CCHC) và cập nhật trạng thái thẳng vào bảng của bạn.',
    example: {},
  },
  PAGE_ERROR: {
    text: (p: { detail: string }) => `Có lỗi: ${p.detail}`,
    example: { detail: 'Failed to fetch' },
  },
  PAGE_READING_FILE: {
    text: (p: { fileName: string }) => `Đang đọc ${quoted(p.fileName)}…`,
    example: { fileName: 'ke-hoach-cchc-2026.xlsx' },
  },
  PAGE_FILE_READ: {
    text: (p: { fileName: string; tasks: number; sections: number }) => `Đã đọc ${quoted(p.fileName)}: ${p.tasks} nhiệm vụ trong ${p.sections} mục. Xem lại ở bước 2.`,
    example: { fileName: 'ke-hoach-cchc-2026.xlsx', tasks: 42, sections: 6 },
  },
  PAGE_PASTE_EMPTY: {
    text: () => 'Ô dán còn trống: hãy chép bảng phụ lục trong Word rồi dán vào ô.',
    example: {},
  },
  PAGE_AS_OF_UNREADABLE: {
    text: () => 'Chưa hiểu ngày này: ghi ngày/tháng/năm, ví dụ 14/03/2026.',
    example: {},
  },
  PAGE_AS_OF_DEFAULT: {
    text: () => 'Mặc định là hôm nay. Trạng thái ở bước 2 và trong tệp báo cáo tính theo ngày này.',
    example: {},
  },
  PAGE_JUDGED_ON: {
    text: (p: { asOf: IsoDate }) => `(đánh giá ngày ${formatViDate(p.asOf)})`,
    example: { asOf: '2026-03-14' },
  },
  PAGE_TASK_LIST_SUMMARY: {
    text: (p: { tasks: number }) => `Danh sách ${p.tasks} nhiệm vụ (bấm để mở)`,
    example: { tasks: 42 },
  },
  PAGE_WRITING_REPORT: {
    text: () => 'Đang lập tệp báo cáo…',
    example: {},
  },
  /** Followed by the report's link, which the browser also clicks. */
  PAGE_REPORT_READY: {
    text: (p: { period: string; kilobytes: number; cutCells: number }) =>
      `Đã lập báo cáo ${p.period} (${p.kilobytes} KB); trình duyệt lưu nó vào thư mục Tải về (Downloads).` +
      (p.cutCells > 0 ? ` Có ${p.cutCells} ô dài quá 32.767 ký tự (giới hạn của Excel) đã được cắt bớt, cuối ô có ghi “[đã cắt bớt…]”.` : '') +
      ' Không thấy tệp? Bấm vào đây:',
    example: { period: 'Quý I/2026', kilobytes: 48, cutCells: 1 },
  },
  PAGE_PROVINCE_CHOSEN: {
    text: (p: { files: number }) => `Đã chọn ${p.files} tệp.`,
    example: { files: 6 },
  },
  PAGE_PROVINCE_NONE_CHOSEN: {
    text: () => 'Không có tệp kế hoạch nào trong những gì đã chọn.',
    example: {},
  },
  PAGE_PROVINCE_READING: {
    text: (p: { index: number; total: number; label: string }) => `Đang đọc ${p.index}/${p.total}: ${quoted(p.label)}…`,
    example: { index: 2, total: 6, label: 'phuong-dong-da/ke-hoach-2026.xlsx' },
  },
  PAGE_PROVINCE_BUILDING: {
    text: () => 'Đang lập bảng tổng hợp…',
    example: {},
  },
  /** Followed by the province workbook's link, which the browser also clicks. */
  PAGE_PROVINCE_READY: {
    text: (p: { communes: number; tasks: number; overdue: number; period: string; judgedOn: IsoDate; problems: number; problemsSheet: string }) =>
      `Đã tổng hợp ${p.communes} xã, phường, ${p.tasks} nhiệm vụ, ${p.overdue} quá hạn (${p.period}, đánh giá ngày ${formatViDate(p.judgedOn)}).` +
      (p.problems === 0 ? '' : ` ${p.problems} tệp không đọc được (xem trang ${quoted(p.problemsSheet)}).`) +
      ' Trình duyệt lưu tệp vào thư mục Tải về (Downloads). Không thấy tệp? Bấm vào đây:',
    example: { communes: 4, tasks: 168, overdue: 9, period: 'Quý I/2026', judgedOn: '2026-03-14', problems: 2, problemsSheet: 'Tệp không đọc được' },
  },
});
