import { z } from 'zod';
import type { FindingCode } from '../findings/messages.js';

/**
 * What every task row must have (errors) and should have (warnings). Each check's message is the
 * finding code; the caller names the cell and words it from the message map.
 */
export const requiredTaskFields = z.object({
  stt: z.string().min(1, 'STT_MISSING' satisfies FindingCode),
  task: z.string().min(1, 'TASK_MISSING' satisfies FindingCode),
  lead: z.array(z.string()).min(1, 'LEAD_MISSING' satisfies FindingCode),
  deadline: z.string().min(1, 'DEADLINE_MISSING' satisfies FindingCode),
});

export const recommendedTaskFields = z.object({
  deliverable: z.string().min(1, 'DELIVERABLE_MISSING' satisfies FindingCode),
});

export type TaskFields = z.input<typeof requiredTaskFields> & z.input<typeof recommendedTaskFields>;
