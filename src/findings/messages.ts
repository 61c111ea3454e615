import type { Severity } from './finding.js';

export type FindingParams = Readonly<Record<string, string | number>>;

interface FindingSpec {
  readonly severity: Severity;
  readonly message: (params: FindingParams, cell: string) => string;
}

const quoted = (text: string | number | undefined) => `“${String(text ?? '').slice(0, 120)}”`;

/**
 * Every finding the product can report, with the words a commune clerk reads. Checks emit codes and
 * parameters only; the wording lives here so it can be reviewed in one place.
 */
export const FINDING_SPECS = {
  NO_TASK_TABLE: {
    severity: 'error',
    message: (p) =>
      `Không tìm thấy bảng nhiệm vụ trong trang ${quoted(p.sheet)}. Cần một dòng tiêu đề có các cột: ${p.expected}.`,
  },
  PLAN_YEAR_GUESSED: {
    severity: 'warning',
    message: (p) =>
      `Không thấy năm của kế hoạch trong tiêu đề (ví dụ “năm 2026”); tạm dùng năm ${p.year}. Có thể chỉ định năm bằng tùy chọn --year.`,
  },
  COLUMN_MISSING: {
    severity: 'error',
    message: (p) => `Bảng nhiệm vụ thiếu cột ${quoted(p.column)}; các nhiệm vụ sẽ được báo lỗi ở cột này.`,
  },
  DELIVERABLE_COLUMN_MISSING: {
    severity: 'warning',
    message: () => `Bảng nhiệm vụ không có cột “Sản phẩm”; nên ghi sản phẩm đầu ra của từng nhiệm vụ.`,
  },
  COLUMN_DUPLICATE: {
    severity: 'warning',
    message: (p, cell) => `Ô ${cell}: có hơn một cột ${quoted(p.column)}; dùng cột ${p.used}, các cột khác được giữ nguyên.`,
  },
  ROW_NOT_UNDERSTOOD: {
    severity: 'warning',
    message: (p, cell) =>
      `Dòng ${p.row} (ô ${cell}) không phải nhiệm vụ, tiêu đề mục hay dòng nối tiếp; đã bỏ qua: ${quoted(p.text)}.`,
  },
  SECTION_ROW_TEXT_JOINED: {
    severity: 'warning',
    message: (p, cell) =>
      `Dòng ${p.row} là tiêu đề mục ${quoted(p.label)} nhưng ô ${cell} có thêm chữ ${quoted(p.text)} (thường do chuyển đổi từ Word/PDF đẩy phần cuối ô của nhiệm vụ phía trên xuống); đã ghép vào nhiệm vụ ở dòng ${p.taskRow}, hãy kiểm tra lại.`,
  },
  SECTION_ROW_TEXT_IGNORED: {
    severity: 'warning',
    message: (p, cell) =>
      `Dòng ${p.row} là tiêu đề mục ${quoted(p.label)} nhưng ô ${cell} có thêm chữ ${quoted(p.text)} không thuộc nhiệm vụ nào; đã bỏ qua, hãy kiểm tra lại.`,
  },
  STT_MISSING: {
    severity: 'error',
    message: (_p, cell) => `Ô ${cell}: nhiệm vụ chưa có số thứ tự (STT).`,
  },
  TASK_MISSING: {
    severity: 'error',
    message: (_p, cell) => `Ô ${cell}: thiếu nội dung nhiệm vụ.`,
  },
  LEAD_MISSING: {
    severity: 'error',
    message: (_p, cell) => `Ô ${cell}: thiếu cơ quan, đơn vị chủ trì.`,
  },
  DEADLINE_MISSING: {
    severity: 'error',
    message: (_p, cell) => `Ô ${cell}: thiếu thời gian hoàn thành.`,
  },
  DELIVERABLE_MISSING: {
    severity: 'warning',
    message: (_p, cell) => `Ô ${cell}: chưa ghi sản phẩm của nhiệm vụ.`,
  },
  STT_DUPLICATE: {
    severity: 'warning',
    message: (p, cell) => `Ô ${cell}: số thứ tự ${quoted(p.stt)} trùng với nhiệm vụ ở dòng ${p.firstRow}.`,
  },
  STT_SKIPPED: {
    severity: 'warning',
    message: (p, cell) => `Ô ${cell}: số thứ tự nhảy từ ${p.previous} lên ${p.stt}; có thể thiếu nhiệm vụ.`,
  },
  CELL_ERROR: {
    severity: 'warning',
    message: (p, cell) => `Ô ${cell} chứa lỗi ${quoted(p.error)} của bảng tính; ô này được coi như để trống.`,
  },
  DEADLINE_UNREADABLE: {
    severity: 'error',
    message: (p, cell) =>
      `Ô ${cell}: không hiểu thời hạn ${quoted(p.text)}. Có thể ghi, ví dụ: “Trước ngày 15/01/2026”, “Tháng 10/2026”, “Quý I/2026”, “6 tháng đầu năm 2026”, “Năm 2026”, “2026-2030”, “Hằng quý”, “Thường xuyên”, “Theo chỉ đạo của UBND Thành phố”; hoặc nhập ngày cụ thể vào cột “Hạn cụ thể”.`,
  },
  PROGRESS_UNREADABLE: {
    severity: 'warning',
    message: (p, cell) =>
      `Ô ${cell}: không hiểu tình trạng ${quoted(p.text)}; hãy chọn “Hoàn thành”, “Đang thực hiện” hoặc “Chưa thực hiện”.`,
  },
  DATE_UNREADABLE: {
    severity: 'error',
    message: (p, cell) => `Ô ${cell}: ${quoted(p.text)} không phải một ngày hợp lệ; hãy nhập theo dạng dd/mm/yyyy.`,
  },
} satisfies Record<string, FindingSpec>;

export type FindingCode = keyof typeof FINDING_SPECS;
