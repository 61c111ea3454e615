import { createWorkingCalendar } from '../calendar/working-calendar.js';
import type { AssessedPlan } from '../plan/assess-plan.js';
import { unitKey } from '../units/unit-key.js';
import { dueInQuarter, quarterAfter } from './next-quarter.js';
import { countTask, emptyTally, statusCounts, type StatusTally } from './status-tally.js';
import type { OverdueLine, PlanSummary, ReportPeriod, SectionSummary, TaskLine, UnitSummary } from './summary.js';
import { overdueLine, taskLine } from './task-line.js';

/** Title of the line for tasks that come before the first section row. */
export const NO_SECTION_TITLE = '(Chưa thuộc mục nào)';
/** Name of the line for tasks whose lead cell names no unit. */
export const NO_LEAD_UNIT = '(Chưa có đơn vị chủ trì)';

/**
 * The quarterly summary of a plan for a reporting period (docs/domain.md, "The quarterly summary"),
 * from its tasks as they were judged: it counts, it does not judge again.
 *
 * - **Judged on** the day the tasks were assessed on: for a report, the period's judging day with the
 *   progress as it stood then (`assessForPeriod`: the cut-off, or the as-of date when that comes first).
 * - **Totals** by every status (zeros included), each with its share of all tasks (one decimal).
 * - **Completion rate** = tasks done ÷ tasks due by the cut-off, where a task is due by the cut-off
 *   when the due date that decided its status is on or before the judging day. Work finished ahead
 *   of its due date is counted as done in the totals but not in the rate, so the rate never passes
 *   100%; continuous tasks and tasks without a date are never due. Null when nothing was due.
 * - **Sections** in plan order, empty ones included; tasks above the first section row come first
 *   under label null, "(Chưa thuộc mục nào)".
 * - **Units**: per lead unit, spellings grouped as the plan's unit list groups them (else by `unitKey`) and named as it names
 *   them, in order of first appearance as a lead. A task with several lead units counts once for each
 *   (so the units add up to more than the total); `tasksWithSeveralLeads` says how many such tasks
 *   there are. Tasks with no lead unit come last under "(Chưa có đơn vị chủ trì)".
 * - **Overdue**: every OVERDUE task, most days overdue first, then by row.
 * - **Next quarter**: the calendar quarter after the cut-off's, and the tasks with work still to do
 *   falling due in it (see `dueInQuarter`), by that due date, then by row.
 *
 * One pass over the tasks with maps, then a sort of the two lists: about 0.15 s for 165,000 tasks.
 *
 * @example Trần Hưng Đạo, "Quý I/2026" made on 20/03/2026 → judged on 14/03/2026: 2 overdue
 * ("Trước ngày 15/01/2026", 59 days; "Trước ngày 10 của tháng cuối quý", 5 days), next quarter "Quý 2/2026"
 */
export function buildSummary(assessed: AssessedPlan, period: ReportPeriod): PlanSummary {
  const { plan, asOf: judgedOn } = assessed;
  const calendar = createWorkingCalendar({ daysOff: assessed.daysOff });
  const nextQuarter = quarterAfter(period.cutOff);

  const totals = emptyTally();
  const sections = new Map<string | null, { label: string | null; title: string; tally: StatusTally }>();
  const addSection = (label: string | null, title: string) => {
    if (!sections.has(label)) sections.set(label, { label, title, tally: emptyTally() });
  };
  if (plan.tasks.some((task) => task.section === null)) addSection(null, NO_SECTION_TITLE);
  for (const section of plan.sections) addSection(section.label, section.title);

  const unitNames = new Map(plan.units.map((unit) => [unit.key, unit.name]));
  // A spelling counts for the unit the plan grouped it in (a scanner's slips included), else for its own key.
  const keyOf = new Map(plan.units.flatMap((unit) => unit.spellings.map((spelling) => [spelling, unit.key] as const)));
  const units = new Map<string, { unit: string; tally: StatusTally }>();
  let withoutLead: StatusTally | null = null;
  let tasksWithSeveralLeads = 0;
  const overdue: OverdueLine[] = [];
  const dueNextQuarter: TaskLine[] = [];

  for (const item of assessed.tasks) {
    const { task, status } = item;
    countTask(totals, status.code, status.due, judgedOn);

    let section = sections.get(task.section);
    if (section === undefined) sections.set(task.section, (section = { label: task.section, title: task.section ?? NO_SECTION_TITLE, tally: emptyTally() }));
    countTask(section.tally, status.code, status.due, judgedOn);

    const leads = distinctLeads(task.lead, keyOf);
    if (leads.length > 1) tasksWithSeveralLeads++;
    for (const { key, spelling } of leads) {
      let unit = units.get(key);
      if (unit === undefined) units.set(key, (unit = { unit: unitNames.get(key) ?? spelling, tally: emptyTally() }));
      countTask(unit.tally, status.code, status.due, judgedOn);
    }
    if (leads.length === 0) countTask((withoutLead ??= emptyTally()), status.code, status.due, judgedOn);

    if (status.code === 'OVERDUE') overdue.push(overdueLine(item));
    const due = dueInQuarter(item, nextQuarter, calendar);
    if (due !== null) dueNextQuarter.push(taskLine(item, due));
  }

  const unitLines: UnitSummary[] = [...units.values()].map(({ unit, tally }) => ({ unit, ...statusCounts(tally) }));
  if (withoutLead !== null) unitLines.push({ unit: NO_LEAD_UNIT, ...statusCounts(withoutLead) });
  return {
    period,
    judgedOn,
    totals: statusCounts(totals),
    sections: [...sections.values()].map(({ label, title, tally }): SectionSummary => ({ label, title, ...statusCounts(tally) })),
    units: unitLines,
    tasksWithSeveralLeads,
    // Tasks come in row order and the sort is stable: equal days or dates stay by row.
    overdue: overdue.sort((a, b) => b.daysOverdue - a.daysOverdue),
    nextQuarter: { ...nextQuarter, tasks: dueNextQuarter.sort((a, b) => (a.due! < b.due! ? -1 : a.due! > b.due! ? 1 : 0)) },
  };
}

/** The units of a task's lead cell, each once (two spellings of one unit are one), in the cell's order; names that fold to nothing are skipped. */
function distinctLeads(leads: readonly string[], keyOf: Map<string, string>): { key: string; spelling: string }[] {
  const units: { key: string; spelling: string }[] = [];
  for (const spelling of leads) {
    let key = keyOf.get(spelling);
    if (key === undefined) keyOf.set(spelling, (key = unitKey(spelling)));
    if (key !== '' && !units.some((unit) => unit.key === key)) units.push({ key, spelling });
  }
  return units;
}
