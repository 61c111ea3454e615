import { SAMPLE_PLAN } from '../../hosts/cli/demo-command.js';
import { loadPlan } from '../../hosts/cli/load-plan.js';
import { summarySheetModel } from '../../src/sheet-model/summary-sheet-model.js';
import { buildSummary } from '../../src/summary/build-summary.js';
import { parseReportPeriod } from '../../src/summary/report-periods.js';
import type { PlanSummary } from '../../src/summary/summary.js';
import type { DetailedSheetModel } from '../../src/sheet-model/sheet-model.js';
import { AS_OF, FIXTURE_NAMES, readFixturePlan } from './fixture-plans.js';
import { assessForPeriod } from '../../src/summary/assess-for-period.js';

export interface PrintCase {
  readonly name: string;
  readonly summary: PlanSummary;
  readonly model: DetailedSheetModel;
}

const modelOf = (name: string, summary: PlanSummary, planTitle: string): PrintCase => ({
  name,
  summary,
  model: summarySheetModel(summary, { name: `Tổng hợp ${summary.period.shortTitle}`, planTitle }),
});

/**
 * The summaries whose printing the tests check: the three fixtures' Quý I/2026, the demo's 6 tháng/2026
 * (`npm run demo`), and a long one made from the last (40 lead units, 90 overdue tasks, 60 due next
 * quarter) that runs over several pages and splits its tables.
 */
export async function printCases(): Promise<PrintCase[]> {
  const cases: PrintCase[] = [];
  for (const name of FIXTURE_NAMES) {
    const plan = await readFixturePlan(name);
    cases.push(modelOf(name, buildSummary(assessForPeriod(plan, parseReportPeriod('Quý I/2026')!, { asOf: AS_OF }), parseReportPeriod('Quý I/2026')!), plan.plan.title));
  }
  const demo = await loadPlan(SAMPLE_PLAN, { today: '2026-01-01' });
  if (demo.kind !== 'plan') throw new Error('The sample plan did not load');
  const demoSummary = buildSummary(assessForPeriod(demo.plan, parseReportPeriod('6 tháng/2026')!, { asOf: '2026-06-14' }), parseReportPeriod('6 tháng/2026')!);
  cases.push(modelOf('demo', demoSummary, demo.plan.plan.title));
  cases.push(modelOf('long', longSummary(demoSummary), demo.plan.plan.title));
  return cases;
}

/** A summary with many more units and task lines than a commune has, each a copy of a real one. */
function longSummary(summary: PlanSummary): PlanSummary {
  const times = <T>(items: readonly T[], count: number, rename: (item: T, index: number) => T) => Array.from({ length: count }, (_, index) => rename(items[index % items.length]!, index));
  const overdue = summary.overdue.length > 0 ? summary.overdue : summary.nextQuarter.tasks.map((task) => ({ ...task, daysOverdue: 3 }));
  return {
    ...summary,
    units: times(summary.units, 40, (unit, index) => ({ ...unit, unit: `${unit.unit} (${index + 1})` })),
    overdue: times(overdue, 90, (line, index) => ({ ...line, stt: String(index + 1) })),
    nextQuarter: { ...summary.nextQuarter, tasks: times(summary.nextQuarter.tasks, 60, (line, index) => ({ ...line, stt: String(index + 1) })) },
  };
}
