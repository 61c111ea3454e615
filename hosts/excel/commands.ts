/// <reference types="office-js" />
import { saveSetting } from './adapter/addin-settings.js';
import { officeErrorMessage } from './adapter/office-errors.js';
import { documentSettings, excelClient } from './excel-host.js';
import { LAST_COMMAND_KEY } from './last-command.js';

/**
 * The ribbon's "Tổng hợp quý": builds the summary of the next report due on the plan sheet last used
 * (or by the one rule for the plan sheet), keeps its outcome in the document for the pane, then
 * tells Office it is done, even when it fails.
 */
async function tongHopQuy(event: Office.AddinCommands.Event): Promise<void> {
  let outcome: string;
  try {
    outcome = (await excelClient().run({ kind: 'buildSummary', period: '' })).text;
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
  // The id is the manifest's <FunctionName>; tests/excel/excel-manifest.test.ts checks they agree.
  Office.actions.associate('tongHopQuy', tongHopQuy);
});
