import { finding, type Finding } from '../findings/finding.js';
import { FINDING_MESSAGES } from '../messages/findings-messages.js';
import { recommendedTaskFields, requiredTaskFields, type FieldFindingCode, type TaskFields } from './task-fields.js';

/**
 * Checks one task's fields and returns every problem, each naming its cell.
 * `cellOf` gives the source address of a field ("stt" → "A12").
 */
export function validateTask(fields: TaskFields, cellOf: (field: keyof TaskFields) => string): Finding[] {
  const findings: Finding[] = [];
  for (const schema of [requiredTaskFields, recommendedTaskFields]) {
    const result = schema.safeParse(fields);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const field = issue.path[0] as keyof TaskFields;
      const code = (issue.message in FINDING_MESSAGES ? issue.message : 'TASK_MISSING') as FieldFindingCode;
      findings.push(finding(code, cellOf(field)));
    }
  }
  return findings;
}
