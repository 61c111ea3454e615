import type { IsoDate } from '../dates/calendar-date.js';
import { judgingDay } from '../summary/assess-for-period.js';
import { emptyTally, statusCounts, type StatusTally } from '../summary/status-tally.js';
import type { ReportPeriod, StatusCounts } from '../summary/summary.js';
import { fold } from '../text/fold.js';
import { STATUS_CODES } from '../status/status-codes.js';
import type { CommuneFigures, CommuneOutcome, ConsolidationProblem, ProvinceConsolidation, ProvinceOverdueTask, ProvinceSection } from './province.js';

/**
 * Gathers communes' outcomes one by one into the province view: only each commune's figures are
 * kept, sections are summed as they come. `add` takes outcomes in any order with their index, so
 * that files read in parallel still give the order they were given in.
 */
export class ProvinceAccumulator {
  private readonly outcomes: (CommuneOutcome | undefined)[] = [];

  constructor(
    private readonly period: ReportPeriod,
    private readonly asOf: IsoDate,
  ) {}

  add(index: number, outcome: CommuneOutcome): void {
    this.outcomes[index] = outcome;
  }

  done(): ProvinceConsolidation {
    const communes: CommuneFigures[] = [];
    const problems: ConsolidationProblem[] = [];
    for (const outcome of this.outcomes) {
      if (outcome === undefined) continue;
      if (outcome.kind === 'commune') communes.push(outcome.figures);
      else problems.push(outcome.problem);
    }
    return consolidate(communes, problems, this.period, this.asOf);
  }
}

/**
 * The province view of communes' figures: per commune (and ranked from the furthest behind), per
 * section across communes grouped by `sectionKey`, every overdue task with its commune, and totals
 * (the sums of the communes' counts; the completion rate of the sums).
 */
export function consolidate(communes: readonly CommuneFigures[], problems: readonly ConsolidationProblem[], period: ReportPeriod, asOf: IsoDate): ProvinceConsolidation {
  const totals = emptyTally();
  const sections = new Map<string, { titles: Map<string, number>; communes: number; tally: StatusTally }>();
  const overdue: ProvinceOverdueTask[] = [];
  let worstDaysOverdue = 0;
  for (const commune of communes) {
    addCounts(totals, commune.counts);
    worstDaysOverdue = Math.max(worstDaysOverdue, commune.worstDaysOverdue);
    const seen = new Set<string>();
    for (const section of commune.sections) {
      let line = sections.get(section.key);
      if (line === undefined) sections.set(section.key, (line = { titles: new Map(), communes: 0, tally: emptyTally() }));
      line.titles.set(section.title, (line.titles.get(section.title) ?? 0) + 1);
      if (!seen.has(section.key)) {
        seen.add(section.key);
        line.communes++;
      }
      addCounts(line.tally, section.counts);
    }
    for (const task of commune.overdue) overdue.push({ ...task, commune: commune.name, file: commune.file });
  }
  const sectionLines: ProvinceSection[] = [...sections].map(([key, line]) => ({ key, title: commonest(line.titles), communes: line.communes, counts: statusCounts(line.tally) }));
  return {
    period,
    asOf,
    judgedOn: judgingDay(period, asOf),
    communes,
    ranked: rankCommunes(communes),
    sections: sectionLines,
    // Stable: equal days keep the communes' order, and each commune's own order.
    overdue: overdue.sort((a, b) => b.daysOverdue - a.daysOverdue),
    totals: { ...statusCounts(totals), worstDaysOverdue },
    problems,
  };
}

/**
 * The communes from the furthest behind: lowest completion rate first, then most tasks overdue, then
 * the worst overdue; communes with nothing due yet come last, by name.
 */
export function rankCommunes(communes: readonly CommuneFigures[]): CommuneFigures[] {
  return [...communes].sort((a, b) => {
    const rateA = a.counts.completionRate;
    const rateB = b.counts.completionRate;
    if (rateA === null || rateB === null) return rateA === rateB ? byName(a, b) : rateA === null ? 1 : -1;
    return rateA - rateB || b.counts.byStatus.OVERDUE - a.counts.byStatus.OVERDUE || b.worstDaysOverdue - a.worstDaysOverdue || byName(a, b);
  });
}

/** By folded name, then as written: the same order in Node and in every browser (no locale data). */
function byName(a: CommuneFigures, b: CommuneFigures): number {
  const [x, y] = [fold(a.name), fold(b.name)];
  return x < y ? -1 : x > y ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function addCounts(tally: StatusTally, counts: StatusCounts): void {
  tally.total += counts.total;
  for (const code of STATUS_CODES) tally.byStatus[code] += counts.byStatus[code];
  tally.dueByCutOff += counts.dueByCutOff;
  tally.doneOfDue += counts.doneOfDue;
}

function commonest(titles: Map<string, number>): string {
  let best = '';
  let most = 0;
  for (const [title, count] of titles) if (count > most) [best, most] = [title, count];
  return best;
}
