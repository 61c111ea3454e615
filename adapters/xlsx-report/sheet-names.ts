export { cleanSheetName, freeSheetName, PLAN_SHEET_NAME, SETTINGS_SHEET_NAME, sheetNameKey, summarySheetName } from '../../src/sheet-model/own-sheet-names.js';
