/**
 * An unforeseen error met while working with Excel, told in Vietnamese for the task pane (what a use
 * case refuses comes as an outcome, never thrown): office.js errors by their code, the rest with
 * their own text appended so that nothing is hidden.
 *
 * @example officeErrorMessage({ code: 'InvalidOperationInCellEditMode' }) → "Excel đang ở chế độ sửa ô…"
 */
export function officeErrorMessage(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const known = MESSAGES[code];
  if (known !== undefined) return known;
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return `Đã có lỗi khi làm việc với Excel${text === '' ? '' : `: ${text}`}. Hãy thử lại; nếu vẫn lỗi, lưu tệp, đóng rồi mở lại Excel.`;
}

const MESSAGES: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode: 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi bấm lại.',
  RequestPayloadSizeLimitExceeded: 'Dữ liệu gửi cho Excel quá lớn trong một lần (giới hạn 5 MB của Excel trên web). Hãy thử lại; nếu vẫn lỗi, chia bảng kế hoạch thành nhiều trang.',
  ResponsePayloadSizeLimitExceeded:
    'Trang tính có quá nhiều dữ liệu để đọc một lần (giới hạn 5 MB của Excel trên web). Hãy chuyển các bảng, ghi chú không thuộc kế hoạch sang trang khác, hoặc chia kế hoạch thành nhiều trang, rồi thử lại.',
  ItemNotFound: 'Không tìm thấy trang tính hoặc ô cần dùng: có thể trang đã bị đổi tên hay xóa. Hãy chọn lại trang kế hoạch.',
  ItemAlreadyExists: 'Đã có một trang hoặc một tên trùng với tên công cụ định tạo. Hãy đổi tên trang đó rồi thử lại.',
  AccessDenied: 'Excel không cho phép sửa: trang tính hoặc sổ làm việc đang được bảo vệ, hoặc tệp chỉ được mở để xem.',
  InsertDeleteConflict: 'Không thể sửa vì vùng ô bị trùng với bảng hoặc ô gộp. Hãy bỏ gộp ô ở vùng đó rồi thử lại.',
  ApiNotFound: 'Phiên bản Excel này chưa hỗ trợ chức năng cần dùng. Hãy cập nhật Excel (Microsoft 365, Excel 2019 trở lên hoặc Excel trên web).',
  GeneralException: 'Excel báo lỗi chung khi thực hiện thao tác. Hãy thử lại; nếu vẫn lỗi, lưu tệp, đóng rồi mở lại Excel.',
  Unauthenticated: 'Phiên làm việc đã hết hạn. Hãy đăng nhập lại vào Microsoft 365 rồi thử lại.',
};
