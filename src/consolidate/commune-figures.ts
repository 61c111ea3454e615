import type { IsoDate } from '../dates/calendar-date.js';
import type { Plan } from '../plan/plan.js';
import { buildSummary, NO_SECTION_TITLE } from '../summary/build-summary.js';
import { assessForPeriod } from '../summary/assess-for-period.js';
import type { ReportPeriod } from '../summary/summary.js';
import { communeName } from './commune-name.js';
import type { CommuneFigures } from './province.js';
import { sectionKey } from './section-key.js';

export interface JudgeOptions {
  readonly period: ReportPeriod;
  readonly asOf: IsoDate;
  readonly dueSoonDays?: number;
  readonly daysOff?: readonly IsoDate[];
}

/**
 * One commune's figures for the period: its plan summed up by `buildSummary`, exactly as `cchc report`
 * sums it (judged on the cut-off or the as-of date when that comes first, work completed after that
 * day not yet done), reduced to what the province workbook shows.
 */
export function communeFigures(plan: Plan, file: string, options: JudgeOptions): CommuneFigures {
  const summary = buildSummary(assessForPeriod(plan, options.period, { asOf: options.asOf, dueSoonDays: options.dueSoonDays, daysOff: options.daysOff }), options.period);
  const { total, byStatus, percent, dueByCutOff, doneOfDue, completionRate } = summary.totals;
  return {
    name: communeName(plan.plan.title, plan.heading ?? [], file),
    file,
    counts: { total, byStatus, percent, dueByCutOff, doneOfDue, completionRate },
    worstDaysOverdue: summary.overdue[0]?.daysOverdue ?? 0,
    sections: summary.sections.map(({ label, title, ...counts }) => ({
      key: label === null && title === NO_SECTION_TITLE ? '' : sectionKey(title),
      title,
      counts,
    })),
    overdue: summary.overdue.map(({ section, stt, task, lead, deadlineText, due, daysOverdue }) => ({ section: sectionTitle(plan, section), stt, task, lead, deadlineText, due, daysOverdue })),
  };
}

function sectionTitle(plan: Plan, label: string | null): string | null {
  if (label === null) return null;
  return plan.sections.find((section) => section.label === label)?.title ?? label;
}
