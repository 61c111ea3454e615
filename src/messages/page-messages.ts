import { defineMessages } from './define-messages.js';

/** What only the standalone page says: its hints point at its own buttons. */
export const PAGE_MESSAGES = defineMessages({
  PAGE_NO_TASK_TABLE_HINT: {
    text: () => 'Nếu kế hoạch chưa có bảng phụ lục nhiệm vụ, hãy bắt đầu từ bảng kế hoạch mẫu: bấm “Tải bảng kế hoạch mẫu (.xlsx)” ở bước 1, chép các nhiệm vụ vào, rồi chọn lại tệp.',
    example: {},
  },
});
