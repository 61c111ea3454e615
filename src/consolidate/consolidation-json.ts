import type { StatusCounts } from '../summary/summary.js';
import type { ProvinceConsolidation } from './province.js';

/**
 * The public JSON of `cchc consolidate --json` (a contract: add fields, never rename or remove them).
 * `byStatus` is each task's status at the judging day, as `cchc inspect --as-of` that day gives for
 * the file alone; `done` is the tasks done of those due by the cut-off, `completionRate` done ÷ due
 * as a percentage with one decimal (null when nothing was due). Communes in the order read.
 */
export function toConsolidationJson(province: ProvinceConsolidation) {
  const figures = (counts: StatusCounts) => ({
    tasks: counts.total,
    byStatus: counts.byStatus,
    dueByCutOff: counts.dueByCutOff,
    done: counts.doneOfDue,
    completionRate: counts.completionRate,
  });
  return {
    period: { label: province.period.label, from: province.period.dataStart, cutOff: province.period.cutOff },
    asOf: province.asOf,
    judgedOn: province.judgedOn,
    communes: province.communes.map((commune) => ({ name: commune.name, file: commune.file, ...figures(commune.counts), worstDaysOverdue: commune.worstDaysOverdue })),
    totals: {
      communes: province.communes.length,
      ...figures(province.totals),
      worstDaysOverdue: province.totals.worstDaysOverdue,
      overdue: province.overdue.length,
      problems: province.problems.length,
    },
    problems: province.problems.map(({ file, message }) => ({ file, message })),
  };
}
