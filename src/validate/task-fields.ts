// zod/mini: the same checks as full zod at a fraction of the size in the standalone page's bundle.
import * as z from 'zod/mini';

/**
 * What every task row must have (errors) and should have (warnings). Each check's message is the
 * finding code; the caller names the cell and the catalogue words it.
 */
/** The findings of a field left empty: their sentence needs nothing but the cell. */
export type FieldFindingCode = 'STT_MISSING' | 'TASK_MISSING' | 'LEAD_MISSING' | 'DEADLINE_MISSING' | 'DELIVERABLE_MISSING';

export const requiredTaskFields = z.object({
  stt: z.string().check(z.minLength(1, 'STT_MISSING' satisfies FieldFindingCode)),
  task: z.string().check(z.minLength(1, 'TASK_MISSING' satisfies FieldFindingCode)),
  lead: z.array(z.string()).check(z.minLength(1, 'LEAD_MISSING' satisfies FieldFindingCode)),
  deadline: z.string().check(z.minLength(1, 'DEADLINE_MISSING' satisfies FieldFindingCode)),
});

export const recommendedTaskFields = z.object({
  deliverable: z.string().check(z.minLength(1, 'DELIVERABLE_MISSING' satisfies FieldFindingCode)),
});

export type TaskFields = z.input<typeof requiredTaskFields> & z.input<typeof recommendedTaskFields>;
