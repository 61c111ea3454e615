import { defineMessages } from './define-messages.js';

/** Sentences every host may show whatever the action. */
export const COMMON_MESSAGES = defineMessages({
  UNEXPECTED_ERROR: {
    text: (p: { detail: string }) => `Có lỗi không lường trước: ${p.detail}. Hãy thử lại; nếu lỗi còn, gửi tệp cho bộ phận hỗ trợ.`,
    example: { detail: 'Cannot read properties of null' },
  },
});
