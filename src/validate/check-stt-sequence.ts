import { finding, type Finding } from '../findings/finding.js';

interface Numbered {
  readonly stt: string;
  readonly cell: string;
  readonly row: number;
  readonly section: string | null;
}

/**
 * Warns of a row number used twice and of numbers skipped ("5" after "3"). Numbering may run on across
 * sections or start again at 1 in each (then repeats are sought within a section); sub-numbers ("1.2")
 * and letters are only checked for repeats. A task without a number is taken to hold the next one.
 */
export function checkSttSequence(tasks: readonly Numbered[]): Finding[] {
  const perSection = restartsEachSection(tasks);
  const findings: Finding[] = [];
  const firstRowOf = new Map<string, number>();
  let previous: number | null = null;
  let section: string | null | undefined;
  for (const task of tasks) {
    if (task.stt === '') {
      if (previous !== null) previous++;
      continue;
    }
    if (task.section !== section && perSection) previous = null;
    section = task.section;
    const key = perSection ? `${task.section}\u0000${task.stt}` : task.stt;
    const seen = firstRowOf.get(key);
    if (seen !== undefined) findings.push(finding('STT_DUPLICATE', task.cell, { stt: task.stt, firstRow: seen }));
    else firstRowOf.set(key, task.row);
    if (!/^\d+$/.test(task.stt)) continue;
    const number = Number(task.stt);
    if (previous !== null && seen === undefined && number > previous + 1) {
      findings.push(finding('STT_SKIPPED', task.cell, { previous, stt: task.stt }));
    }
    previous = number;
  }
  return findings;
}

/** Whether numbering starts again at 1 in the sections after the first. */
function restartsEachSection(tasks: readonly Numbered[]): boolean {
  let section: string | null | undefined;
  let sectionsSeen = 0;
  for (const task of tasks) {
    if (task.section === section) continue;
    section = task.section;
    sectionsSeen++;
    if (sectionsSeen > 1 && task.stt === '1') return true;
  }
  return false;
}
