export { periodTitle } from '../../src/sheet-model/summary-sheet-model.js';
