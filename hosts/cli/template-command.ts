import { writeTemplateWorkbook } from '../../io/xlsx-report/write-template-workbook.js';
import { fallbackPlanYear } from '../../src/use-cases/plan-settings.js';
import type { TemplateOptions } from './cli-options.js';
import { EXIT_UNREADABLE, type CommandOutput } from './inspect-command.js';
import { todayInVietnam } from '../../src/dates/today-in-vietnam.js';
import { writeOutput } from './write-output.js';
import { message, renderMessage } from '../../src/messages/catalogue.js';

/** `cchc template`: a blank plan in canonical columns, sections, dropdowns and live status formulas. */
export async function templateCommand(options: TemplateOptions): Promise<CommandOutput> {
  const year = options.year ?? fallbackPlanYear(todayInVietnam());
  const output = options.output ?? `ke-hoach-cchc-${year}.xlsx`;
  const refused = await writeOutput(output, await writeTemplateWorkbook({ year }), { force: options.force });
  if (refused !== null) return { stdout: '', stderr: refused, exitCode: EXIT_UNREADABLE };
  return { stdout: renderMessage(message('CLI_TEMPLATE_WRITTEN', { year, path: output })), stderr: '', exitCode: 0 };
}
