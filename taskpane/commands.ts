/// <reference types="office-js" />
import { buildQuarterSummary, UserFacingError } from '../adapters/office/cchc-actions.js';
import { officeErrorMessage } from '../adapters/office/office-errors.js';
import { defaultReportPeriod } from '../src/summary/report-periods.js';
import { actionOptions, documentSettings, readAddinSettings, runExcel } from './excel-host.js';
import { LAST_COMMAND_KEY } from './last-command.js';
import { todayInVietnam } from '../src/dates/today-in-vietnam.js';


/**
 * The ribbon's "Tổng hợp quý": builds the summary of the next report due on the plan sheet last used
 * (or the active sheet), then tells Office it is done, even when it fails.
 */
async function tongHopQuy(event: Office.AddinCommands.Event): Promise<void> {
  let outcome: string;
  try {
    const settings = readAddinSettings();
    const today = todayInVietnam();
    const period = defaultReportPeriod(today, settings.boundaries);
    const name = await runExcel((context) => buildQuarterSummary(context, settings.planSheet ?? undefined, period, actionOptions(settings)));
    outcome = `Đã lập trang «${name}» (${period.label}).`;
  } catch (error) {
    outcome = error instanceof UserFacingError ? error.message : officeErrorMessage(error);
  }
  try {
    const store = documentSettings();
    store.set(LAST_COMMAND_KEY, { at: new Date().toISOString(), outcome });
    store.saveAsync();
  } catch {
    // The outcome could not be kept: nothing more to do, the command must still complete.
  }
  event.completed();
}

Office.onReady(() => {
  // The id is the manifest's <FunctionName>; tests/excel-manifest.test.ts checks they agree.
  Office.actions.associate('tongHopQuy', tongHopQuy);
});
