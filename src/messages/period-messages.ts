import { defineMessages } from './define-messages.js';

/** What a report period covers, shown under the period picker of every host. */
export const PERIOD_MESSAGES = defineMessages({
  PERIOD_DETAIL: {
    text: (p: { from: string; to: string; reportDue: string | null }) => `Số liệu từ ${p.from} đến ${p.to}${p.reportDue === null ? '' : `; nộp báo cáo trước ${p.reportDue}`}.`,
    example: { from: '15/12/2025', to: '14/03/2026', reportDue: '20/03/2026' },
  },
});
