import type { CellLook, LookVariant } from './sheet-model.js';

/** A cell's look in the summary-like tables (the period summary, the province workbook). */
export type Look = readonly [CellLook, LookVariant?];

export const CENTRED: Look = ['body', 'centred'];
export const TEXT: Look = ['body'];
export const COUNT: Look = ['number'];
export const PERCENT: Look = ['percent'];
export const HEADER: Look = ['header'];
export const TOTAL_TEXT: Look = ['total'];
export const TOTAL_COUNT: Look = ['number', 'bold'];
export const TOTAL_PERCENT: Look = ['percent', 'bold'];
export const DATE: Look = ['date'];
