// zod/mini: the same checks as full zod at a fraction of the size in the standalone page's bundle.
import * as z from 'zod/mini';
import type { FindingCode } from '../findings/messages.js';

/**
 * What every task row must have (errors) and should have (warnings). Each check's message is the
 * finding code; the caller names the cell and words it from the message map.
 */
export const requiredTaskFields = z.object({
  stt: z.string().check(z.minLength(1, 'STT_MISSING' satisfies FindingCode)),
  task: z.string().check(z.minLength(1, 'TASK_MISSING' satisfies FindingCode)),
  lead: z.array(z.string()).check(z.minLength(1, 'LEAD_MISSING' satisfies FindingCode)),
  deadline: z.string().check(z.minLength(1, 'DEADLINE_MISSING' satisfies FindingCode)),
});

export const recommendedTaskFields = z.object({
  deliverable: z.string().check(z.minLength(1, 'DELIVERABLE_MISSING' satisfies FindingCode)),
});

export type TaskFields = z.input<typeof requiredTaskFields> & z.input<typeof recommendedTaskFields>;
