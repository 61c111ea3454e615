import { defineMessages } from './define-messages.js';

/** Sentences every host may show whatever the action. */
export const COMMON_MESSAGES = defineMessages({
  UNEXPECTED_ERROR: {
    text: (p: { detail: string }) => `Có lỗi không lường trước: ${p.detail}. Hãy thử lại; nếu lỗi còn, gửi tệp cho bộ phận hỗ trợ.`,
    example: { detail: 'Cannot read properties of null' },
  },
  /** A dropdown's alert, where the host lets a cell refuse what is not in its list. */
  CELL_CHOOSE_FROM_LIST: {
    text: (p: { choices: readonly string[] }) => `Hãy chọn một trong: ${p.choices.join(', ')}.`,
    example: { choices: ['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành'] },
  },
  /** A date cell's check, as an alert (Excel) or as the cell's help (Google Sheets). */
  CELL_DATE_EXPECTED: {
    text: () => 'Hãy nhập một ngày, ví dụ 15/06/2026.',
    example: {},
  },
});
