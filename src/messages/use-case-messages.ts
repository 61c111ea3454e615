import { ACCEPTED_PERIODS } from '../summary/report-periods.js';
import { defineMessages, quoted } from './define-messages.js';

/** What the use cases (inspect, update status, summary, template, settings) tell the user, in every host. */
export const USE_CASE_MESSAGES = defineMessages({
  PLAN_SHEET_MISSING: {
    text: (p: { sheet: string }) => `Không thấy trang ${quoted(p.sheet)} đã chọn làm trang kế hoạch. Hãy chọn lại trang kế hoạch.`,
    example: { sheet: 'Phụ lục' },
  },
  NO_PLAN_ON_SHEET: {
    text: (p: { sheet: string; detail: string }) => `Trang ${quoted(p.sheet)}: ${p.detail}`,
    example: { sheet: 'Trang tính1', detail: 'Không tìm thấy bảng nhiệm vụ (cần các cột STT, Nhiệm vụ, Cơ quan chủ trì, Thời gian hoàn thành).' },
  },
  NO_SHEETS: {
    text: (_: Record<string, never>) => `Bảng tính chưa có trang kế hoạch nào. Dùng ${quoted('Tạo bảng mẫu')} để bắt đầu.`,
    example: {},
  },
  PLAN_READ: {
    text: (p: { tasks: number; sheet: string }) => `Đã đọc ${p.tasks} nhiệm vụ ở trang ${quoted(p.sheet)}.`,
    example: { tasks: 42, sheet: 'Phụ lục' },
  },
  STATUS_UPDATED: {
    text: (p: { tasks: number; sheet: string; today: string; overdue: number; dueSoon: number; done: number; errors: number }) =>
      `Đã cập nhật trạng thái ${p.tasks} nhiệm vụ trên trang ${quoted(p.sheet)} (ngày ${p.today}). Quá hạn: ${p.overdue}; sắp đến hạn: ${p.dueSoon}; hoàn thành: ${p.done}.` +
      (p.errors === 0 ? '' : ` Có ${p.errors} lỗi dữ liệu: mở Bảng điều khiển để xem từng ô.`),
    example: { tasks: 42, sheet: 'Phụ lục', today: '20/03/2026', overdue: 2, dueSoon: 3, done: 10, errors: 1 },
  },
  SUMMARY_BUILT: {
    text: (p: { sheet: string; period: string; cutOff: string; tasks: number; overdue: number }) =>
      `Đã lập trang ${quoted(p.sheet)} cho kỳ ${p.period} (số liệu chốt ngày ${p.cutOff}): ${p.tasks} nhiệm vụ, ${p.overdue} quá hạn.`,
    example: { sheet: 'Tổng hợp Quý I-2026', period: 'Quý I/2026', cutOff: '14/03/2026', tasks: 42, overdue: 2 },
  },
  TEMPLATE_CREATED: {
    text: (p: { sheet: string; year: number }) => `Đã tạo trang ${quoted(p.sheet)}: bảng kế hoạch mẫu năm ${p.year}. Điền nhiệm vụ vào bảng rồi chọn ${quoted('Cập nhật trạng thái')}.`,
    example: { sheet: 'Theo dõi CCHC', year: 2026 },
  },
  PERIOD_UNKNOWN: {
    text: (p: { label: string }) => `Không hiểu kỳ báo cáo ${quoted(p.label)}. Có thể ghi: ${ACCEPTED_PERIODS}.`,
    example: { label: 'Quý 9/2026' },
  },
  SETTINGS_SAVED: {
    text: (_: Record<string, never>) => 'Đã lưu cài đặt vào bảng tính (đi theo tệp).',
    example: {},
  },
  SETTINGS_UNREADABLE: {
    text: (_: Record<string, never>) => 'Không đọc được cài đặt đã gửi. Hãy nhập lại năm kế hoạch và số ngày sắp đến hạn.',
    example: {},
  },
  PLAN_YEAR_INVALID: {
    text: (p: { min: number; max: number }) => `Năm kế hoạch phải là một năm từ ${p.min} đến ${p.max}, hoặc để trống để lấy năm trong tiêu đề kế hoạch.`,
    example: { min: 2000, max: 2100 },
  },
  DUE_SOON_INVALID: {
    text: (p: { min: number; max: number }) => `Số ngày ${quoted('sắp đến hạn')} phải là số nguyên từ ${p.min} đến ${p.max}.`,
    example: { min: 0, max: 365 },
  },
  BOUNDARY_INVALID: {
    text: (_: Record<string, never>) => 'Ngày bắt đầu lấy số liệu, ngày chốt và hạn nộp báo cáo phải là một ngày trong tháng, từ 1 đến 31.',
    example: {},
  },
  SHEET_GONE: {
    text: (p: { sheet: string }) => `Không còn trang ${quoted(p.sheet)} trong bảng tính.`,
    example: { sheet: 'Phụ lục' },
  },
  CELL_INVALID: {
    text: (p: { cell: string }) => `${quoted(p.cell)} không phải địa chỉ ô.`,
    example: { cell: 'ZZZZ0' },
  },
  CELL_SHOWN: {
    text: (p: { sheet: string; cell: string }) => `Đã chọn ô ${p.cell} ở trang ${quoted(p.sheet)}.`,
    example: { sheet: 'Phụ lục', cell: 'F12' },
  },
  HOST_BUSY: {
    text: (_: Record<string, never>) => 'Một thao tác CCHC khác đang chạy trên bảng tính này (có thể do người khác vừa bấm). Vui lòng đợi một lát rồi thử lại.',
    example: {},
  },
  NO_WORKBOOK: {
    text: (_: Record<string, never>) => 'Không tìm thấy bảng tính đang mở. Hãy mở bảng tính kế hoạch rồi chạy lại.',
    example: {},
  },
  ACTION_UNAVAILABLE: {
    text: (p: { action: string }) => `Thao tác ${quoted(p.action)} không có ở đây.`,
    example: { action: 'updateStatus' },
  },
});
