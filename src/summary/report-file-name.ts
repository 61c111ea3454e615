import { stemOf } from '../text/file-name.js';
import { fold } from '../text/fold.js';

/** An ASCII slug of a Vietnamese title: "Quý I-2026" → "quy-i-2026". */
export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The report's file name for a plan file and a period, the same from the command line and the
 * standalone page: "ke-hoach.xlsx", "Quý I-2026" → "ke-hoach-bao-cao-quy-i-2026.xlsx" (an .xlsm plan gives an .xlsm report).
 */
export function reportFileName(planFileName: string, periodTitle: string): string {
  // A workbook with macros stays one: Excel opens it only under .xlsm.
  const extension = /\.xlsm$/i.test(planFileName) ? 'xlsm' : 'xlsx';
  return `${stemOf(planFileName)}-bao-cao-${slug(periodTitle)}.${extension}`;
}
