import { finding, type Finding } from '../findings/finding.js';

interface Numbered {
  readonly stt: string;
  readonly cell: string;
  readonly row: number;
  readonly section: string | null;
  /** The heading row the task is under inside its section ("1.1"), if any. */
  readonly subsection?: string | null;
}

/**
 * Warns of a row number used twice and of numbers skipped ("5" after "3", "5.1.3" after "5.1.1").
 * Numbers are judged within their section, and under a heading row within that heading: whole numbers
 * may run on across sections and headings, or start again at 1 in any of them (a new run, where
 * repeats are sought apart); sub-numbers ("1.2", "5.1.1") and letters are sought for repeats within
 * their section and heading, and a sub-number for skips after the one before it with the same stem.
 * A task without a number is taken to hold the next one.
 */
export function checkSttSequence(tasks: readonly Numbered[]): Finding[] {
  const findings: Finding[] = [];
  const firstRowOf = new Map<string, number>();
  let previous: number | null = null;
  let run = 0;
  let scope: string | undefined;
  let lastOfStem = new Map<string, number>();
  for (const task of tasks) {
    const taskScope = `${task.section ?? ''}\u0000${task.subsection ?? ''}`;
    const whole = /^\d+$/.test(task.stt);
    if (taskScope !== scope) {
      scope = taskScope;
      lastOfStem = new Map();
      if (whole && Number(task.stt) === 1) {
        run++;
        previous = null;
      }
    }
    if (task.stt === '') {
      if (previous !== null) previous++;
      continue;
    }
    const key = whole ? `${run}\u0000${task.stt}` : `${taskScope}\u0000${task.stt}`;
    const seen = firstRowOf.get(key);
    if (seen !== undefined) findings.push(finding('STT_DUPLICATE', task.cell, { stt: task.stt, firstRow: seen }));
    else firstRowOf.set(key, task.row);
    if (whole) {
      const number = Number(task.stt);
      if (previous !== null && seen === undefined && number > previous + 1) {
        findings.push(finding('STT_SKIPPED', task.cell, { previous, stt: task.stt }));
      }
      previous = number;
      continue;
    }
    const dotted = /^(\d+(?:\.\d+)*)\.(\d+)$/.exec(task.stt.replace(/,/g, '.'));
    if (dotted === null) continue;
    const [, stem, last] = dotted as unknown as [string, string, string];
    const before = lastOfStem.get(stem);
    if (before !== undefined && seen === undefined && Number(last) > before + 1) {
      findings.push(finding('STT_SKIPPED', task.cell, { previous: `${stem}.${before}`, stt: task.stt }));
    }
    lastOfStem.set(stem, Number(last));
  }
  return findings;
}
