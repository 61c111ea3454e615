/// <reference types="office-js" />
import { refreshSettings, saveSetting } from '../adapters/office/addin-settings.js';
import { buildQuarterSummary } from '../adapters/office/cchc-actions.js';
import { officeErrorMessage } from '../adapters/office/office-errors.js';
import { defaultReportPeriod } from '../src/summary/report-periods.js';
import { actionOptions, documentSettings, readAddinSettings, runExcel } from './excel-host.js';
import { LAST_COMMAND_KEY } from './last-command.js';
import { todayInVietnam } from '../src/dates/today-in-vietnam.js';

/**
 * The ribbon's "Tổng hợp quý": builds the summary of the next report due on the plan sheet last used
 * (or the active sheet), keeps its outcome in the document for the pane, then tells Office it is
 * done, even when it fails.
 */
async function tongHopQuy(event: Office.AddinCommands.Event): Promise<void> {
  let outcome: string;
  try {
    await refreshSettings(documentSettings());
    const settings = readAddinSettings();
    const today = todayInVietnam();
    const period = defaultReportPeriod(today, settings.boundaries);
    const name = await runExcel((context) => buildQuarterSummary(context, settings.planSheet ?? undefined, period, actionOptions(settings)));
    outcome = `Đã lập trang «${name}» (${period.label}).`;
  } catch (error) {
    outcome = officeErrorMessage(error);
  }
  try {
    await saveSetting(documentSettings(), LAST_COMMAND_KEY, { at: new Date().toISOString(), outcome });
  } catch {
    // The outcome could not be kept: nothing more to do, the command must still complete.
  }
  event.completed();
}

Office.onReady(() => {
  // The id is the manifest's <FunctionName>; tests/excel-manifest.test.ts checks they agree.
  Office.actions.associate('tongHopQuy', tongHopQuy);
});
