import type { AssessedPlan } from './assess-plan.js';

/**
 * The public JSON of `cchc inspect --json`. This shape is a contract with other tools: add fields,
 * never rename or remove them.
 */
export function toInspectJson(assessed: AssessedPlan) {
  const { plan } = assessed;
  return {
    plan: { year: plan.plan.year, sheet: plan.plan.sheet, title: plan.plan.title, asOf: assessed.asOf },
    sections: plan.sections.map(({ label, title }) => ({ label, title })),
    tasks: assessed.tasks.map(({ task, deadline, status }) => ({
      row: task.row,
      stt: task.stt,
      section: task.section,
      task: task.task,
      deliverable: task.deliverable,
      lead: task.lead,
      coUnits: task.coUnits,
      deadlineText: task.deadlineText,
      deadline: { kind: deadline.kind, due: deadline.due },
      status: { code: status.code, label: status.label, due: status.due },
    })),
    units: plan.units.map(({ name, spellings }) => ({ name, spellings })),
    issues: assessed.issues.map(({ cell, severity, message, code }) => ({ cell, severity, message, code })),
  };
}
