import { defineMessages, quoted } from './define-messages.js';

/** What only the Excel add-in says: its task pane's start, the ribbon's outcome, office.js errors. */
export const EXCEL_MESSAGES = defineMessages({
  EXCEL_OTHER_OFFICE: {
    text: () => 'Phần bổ trợ này chỉ chạy trong Excel. Hãy mở sổ làm việc kế hoạch bằng Excel.',
    example: {},
  },
  EXCEL_OUTSIDE_OFFICE: {
    text: () =>
      'Trang này không chạy bên trong Excel (hoặc không tải được thư viện Office từ Internet), nên chưa đọc được bảng tính. Hãy mở Excel, vào Trang đầu (Home) › nhóm CCHC › Bảng điều khiển.',
    example: {},
  },
  EXCEL_CONNECTING: {
    text: () => 'Đang kết nối với Excel…',
    example: {},
  },
  EXCEL_SLOW_START: {
    text: () => 'Excel khởi động chậm; bảng điều khiển sẽ tự kết nối khi Excel sẵn sàng.',
    example: {},
  },
  EXCEL_START_FAILED: {
    text: (p: { detail: string }) => `Không khởi động được bảng điều khiển: ${p.detail}`,
    example: { detail: 'Office.js has not fully loaded' },
  },
  EXCEL_LAST_RIBBON_OUTCOME: {
    text: (p: { outcome: string }) => `Lần bấm ${quoted('Tổng hợp quý')} gần nhất: ${p.outcome}`,
    example: { outcome: 'Đã lập trang “TH Quý I-2026”.' },
  },
  EXCEL_ERROR: {
    text: (p: { detail: string }) => `Đã có lỗi khi làm việc với Excel${p.detail === '' ? '' : `: ${p.detail}`}. Hãy thử lại; nếu vẫn lỗi, lưu tệp, đóng rồi mở lại Excel.`,
    example: { detail: 'The request failed' },
  },
  EXCEL_CELL_EDIT_MODE: {
    text: () => 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi bấm lại.',
    example: {},
  },
  EXCEL_REQUEST_TOO_LARGE: {
    text: () => 'Dữ liệu gửi cho Excel quá lớn trong một lần (giới hạn 5 MB của Excel trên web). Hãy thử lại; nếu vẫn lỗi, chia bảng kế hoạch thành nhiều trang.',
    example: {},
  },
  EXCEL_RESPONSE_TOO_LARGE: {
    text: () =>
      'Trang tính có quá nhiều dữ liệu để đọc một lần (giới hạn 5 MB của Excel trên web). Hãy chuyển các bảng, ghi chú không thuộc kế hoạch sang trang khác, hoặc chia kế hoạch thành nhiều trang, rồi thử lại.',
    example: {},
  },
  EXCEL_ITEM_NOT_FOUND: {
    text: () => 'Không tìm thấy trang tính hoặc ô cần dùng: có thể trang đã bị đổi tên hay xóa. Hãy chọn lại trang kế hoạch.',
    example: {},
  },
  EXCEL_ITEM_EXISTS: {
    text: () => 'Đã có một trang hoặc một tên trùng với tên công cụ định tạo. Hãy đổi tên trang đó rồi thử lại.',
    example: {},
  },
  EXCEL_ACCESS_DENIED: {
    text: () => 'Excel không cho phép sửa: trang tính hoặc sổ làm việc đang được bảo vệ, hoặc tệp chỉ được mở để xem.',
    example: {},
  },
  EXCEL_INSERT_DELETE_CONFLICT: {
    text: () => 'Không thể sửa vì vùng ô bị trùng với bảng hoặc ô gộp. Hãy bỏ gộp ô ở vùng đó rồi thử lại.',
    example: {},
  },
  EXCEL_API_NOT_FOUND: {
    text: () => 'Phiên bản Excel này chưa hỗ trợ chức năng cần dùng. Hãy cập nhật Excel (Microsoft 365, Excel 2019 trở lên hoặc Excel trên web).',
    example: {},
  },
  EXCEL_GENERAL_EXCEPTION: {
    text: () => 'Excel báo lỗi chung khi thực hiện thao tác. Hãy thử lại; nếu vẫn lỗi, lưu tệp, đóng rồi mở lại Excel.',
    example: {},
  },
  EXCEL_UNAUTHENTICATED: {
    text: () => 'Phiên làm việc đã hết hạn. Hãy đăng nhập lại vào Microsoft 365 rồi thử lại.',
    example: {},
  },
});
