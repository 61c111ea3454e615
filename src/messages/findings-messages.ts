import { defineMessages, quoted } from './define-messages.js';

/** A value from the clerk's sheet, quoted and cut to a length a message line can hold. */
const excerpt = (text: string | number) => quoted(String(text).slice(0, 120));

/**
 * What the checks find in a clerk's plan, in the words the clerk reads. `cell` is the source cell
 * the finding points at ("F12"). Host-neutral: a host that can fix the cause (the CLI's --year, an
 * add-in's settings form) adds its own hint.
 */
export const FINDING_MESSAGES = defineMessages({
  NO_TASK_TABLE: {
    text: (p: { sheet: string; expected: string }) => `Không tìm thấy bảng nhiệm vụ trong trang ${quoted(p.sheet)}. Cần một dòng tiêu đề có các cột: ${p.expected}.`,
    example: { sheet: 'Phụ lục', expected: 'STT, Nhiệm vụ (Nội dung), Cơ quan chủ trì, Thời gian hoàn thành' },
  },
  PLAN_YEAR_GUESSED: {
    text: (p: { year: number }) => `Không thấy năm của kế hoạch trong tiêu đề (ví dụ “năm 2026”); tạm dùng năm ${p.year}.`,
    example: { year: 2026 },
  },
  COLUMN_MISSING: {
    text: (p: { column: string }) => `Bảng nhiệm vụ thiếu cột ${quoted(p.column)}; các nhiệm vụ sẽ được báo lỗi ở cột này.`,
    example: { column: 'Cơ quan chủ trì' },
  },
  DELIVERABLE_COLUMN_MISSING: {
    text: () => 'Bảng nhiệm vụ không có cột “Sản phẩm”; nên ghi sản phẩm đầu ra của từng nhiệm vụ.',
    example: {},
  },
  COLUMN_DUPLICATE: {
    text: (p: { cell: string; column: string; used: number | string }) => `Ô ${p.cell}: có hơn một cột ${quoted(p.column)}; dùng cột ${p.used}, các cột khác được giữ nguyên.`,
    example: { cell: 'F5', column: 'Thời gian hoàn thành', used: 'Thời hạn' },
  },
  ROW_NOT_UNDERSTOOD: {
    text: (p: { cell: string; row: number; text: string }) => `Dòng ${p.row} (ô ${p.cell}) không phải nhiệm vụ, tiêu đề mục hay dòng nối tiếp; đã bỏ qua: ${excerpt(p.text)}.`,
    example: { cell: 'B40', row: 40, text: 'Nơi nhận: UBND Thành phố' },
  },
  SECTION_ROW_TEXT_JOINED: {
    text: (p: { cell: string; row: number; label: string; text: string; taskRow: number }) =>
      `Dòng ${p.row} là tiêu đề mục ${quoted(p.label)} nhưng ô ${p.cell} có thêm chữ ${excerpt(p.text)} (thường do chuyển đổi từ Word/PDF đẩy phần cuối ô của nhiệm vụ phía trên xuống); đã ghép vào nhiệm vụ ở dòng ${p.taskRow}, hãy kiểm tra lại.`,
    example: { cell: 'D12', row: 12, label: 'II', text: 'Văn phòng HĐND và UBND', taskRow: 11 },
  },
  SECTION_ROW_TEXT_IGNORED: {
    text: (p: { cell: string; row: number; label: string; text: string }) =>
      `Dòng ${p.row} là tiêu đề mục ${quoted(p.label)} nhưng ô ${p.cell} có thêm chữ ${excerpt(p.text)} không thuộc nhiệm vụ nào; đã bỏ qua, hãy kiểm tra lại.`,
    example: { cell: 'D6', row: 6, label: 'I', text: 'Văn phòng HĐND và UBND' },
  },
  STT_MISSING: {
    text: (p: { cell: string }) => `Ô ${p.cell}: nhiệm vụ chưa có số thứ tự (STT).`,
    example: { cell: 'A12' },
  },
  TASK_MISSING: {
    text: (p: { cell: string }) => `Ô ${p.cell}: thiếu nội dung nhiệm vụ.`,
    example: { cell: 'B12' },
  },
  LEAD_MISSING: {
    text: (p: { cell: string }) => `Ô ${p.cell}: thiếu cơ quan, đơn vị chủ trì.`,
    example: { cell: 'D12' },
  },
  DEADLINE_MISSING: {
    text: (p: { cell: string }) => `Ô ${p.cell}: thiếu thời gian hoàn thành.`,
    example: { cell: 'F12' },
  },
  DELIVERABLE_MISSING: {
    text: (p: { cell: string }) => `Ô ${p.cell}: chưa ghi sản phẩm của nhiệm vụ.`,
    example: { cell: 'C12' },
  },
  STT_DUPLICATE: {
    text: (p: { cell: string; stt: string; firstRow: number }) => `Ô ${p.cell}: số thứ tự ${quoted(p.stt)} trùng với nhiệm vụ ở dòng ${p.firstRow}.`,
    example: { cell: 'A14', stt: '3', firstRow: 12 },
  },
  STT_SKIPPED: {
    text: (p: { cell: string; previous: number | string; stt: string }) => `Ô ${p.cell}: số thứ tự nhảy từ ${p.previous} lên ${p.stt}; có thể thiếu nhiệm vụ.`,
    example: { cell: 'A15', previous: '3', stt: '5' },
  },
  CELL_ERROR: {
    text: (p: { cell: string; error: string }) => `Ô ${p.cell} chứa lỗi ${quoted(p.error)} của bảng tính; ô này được coi như để trống.`,
    example: { cell: 'F9', error: '#REF!' },
  },
  DEADLINE_UNREADABLE: {
    text: (p: { cell: string; text: string }) =>
      `Ô ${p.cell}: không hiểu thời hạn ${excerpt(p.text)}. Có thể ghi, ví dụ: “Trước ngày 15/01/2026”, “Tháng 10/2026”, “Quý I/2026”, “6 tháng đầu năm 2026”, “Năm 2026”, “2026-2030”, “Hằng quý”, “Thường xuyên”, “Theo chỉ đạo của UBND Thành phố”; hoặc nhập ngày cụ thể vào cột “Hạn cụ thể”.`,
    example: { cell: 'F20', text: 'sớm nhất có thể' },
  },
  PROGRESS_UNREADABLE: {
    text: (p: { cell: string; text: string }) => `Ô ${p.cell}: không hiểu tình trạng ${excerpt(p.text)}; hãy chọn “Hoàn thành”, “Đang thực hiện” hoặc “Chưa thực hiện”.`,
    example: { cell: 'G20', text: 'gần xong' },
  },
  DATE_UNREADABLE: {
    text: (p: { cell: string; text: string }) => `Ô ${p.cell}: ${excerpt(p.text)} không phải một ngày hợp lệ; hãy nhập theo dạng dd/mm/yyyy.`,
    example: { cell: 'H20', text: '31/02/2026' },
  },
});

export type FindingCode = keyof typeof FINDING_MESSAGES;
