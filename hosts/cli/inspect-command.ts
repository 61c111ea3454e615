import { judgeToday } from '../../src/use-cases/plan-judging.js';
import { toInspectJson } from '../../src/plan/inspect-json.js';
import type { InspectOptions } from './cli-options.js';
import { formatInspect } from './format-inspect.js';
import { loadPlan } from './load-plan.js';
import { todayInVietnam } from '../../src/dates/today-in-vietnam.js';
import { renderMessage, renderMessages } from '../../src/messages/catalogue.js';

export const EXIT_PLAN_READ = 0;
export const EXIT_UNREADABLE = 1;
export const EXIT_NO_TABLE = 2;

export interface CommandOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** `cchc inspect FILE`: the plan, its deadlines and statuses, as a Vietnamese table or the JSON contract. */
export async function inspectCommand(file: string, options: InspectOptions): Promise<CommandOutput> {
  const asOf = options.asOf ?? todayInVietnam();
  const loaded = await loadPlan(file, { sheet: options.sheet, year: options.year, today: asOf });
  if (loaded.kind === 'unreadable') return { stdout: '', stderr: renderMessages(loaded.messages), exitCode: EXIT_UNREADABLE };
  if (loaded.kind === 'no-table') return { stdout: '', stderr: renderMessages(loaded.messages), exitCode: EXIT_NO_TABLE };
  const assessed = judgeToday(loaded.snapshot, loaded.plan);
  const stdout = options.json ? JSON.stringify(toInspectJson(assessed)) : formatInspect(assessed, loaded.notices.map(renderMessage));
  return { stdout, stderr: options.json ? renderMessages(loaded.notices) : '', exitCode: EXIT_PLAN_READ };
}
