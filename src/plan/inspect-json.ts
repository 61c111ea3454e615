import type { AssessedPlan } from './assess-plan.js';
import type { SubSection } from './plan.js';

/**
 * The public JSON of `cchc inspect --json`. This shape is a contract with other tools: add fields,
 * never rename or remove them. Added since the first shape: `sections[].part` (the part above the
 * section, "A", or null), `tasks[].subsection` (the innermost heading row over the task inside its
 * section, `{ label, title }`, or null), `tasks[].subsections` (all of them, outermost first) and
 * `parts` (`{ label, title }`, empty for a plan without parts).
 */
export function toInspectJson(assessed: AssessedPlan) {
  const { plan } = assessed;
  return {
    plan: { year: plan.plan.year, sheet: plan.plan.sheet, title: plan.plan.title, asOf: assessed.asOf },
    sections: plan.sections.map(({ label, title, part }) => ({ label, title, part: part ?? null })),
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
      subsection: subsectionJson(task.subsections[task.subsections.length - 1]),
      subsections: task.subsections.map(subsectionJson),
    })),
    units: plan.units.map(({ name, spellings }) => ({ name, spellings })),
    issues: assessed.issues.map(({ cell, severity, message, code }) => ({ cell, severity, message, code })),
    parts: plan.parts.map(({ label, title }) => ({ label, title })),
  };
}

/** A heading row over a task: its number as written and its title; null for none. */
function subsectionJson(heading: SubSection | undefined) {
  return heading === undefined ? null : { label: heading.label, title: heading.title };
}
