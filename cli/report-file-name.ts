import { basename, dirname, extname, join } from 'node:path';
import { fold } from '../src/text/fold.js';

/** An ASCII slug of a Vietnamese title: "Quý I-2026" → "quy-i-2026". */
export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Where a report goes when -o is not given: beside the plan, "ke-hoach-bao-cao-quy-i-2026.xlsx". */
export function defaultReportPath(input: string, periodTitle: string): string {
  return join(dirname(input), `${basename(input, extname(input))}-bao-cao-${slug(periodTitle)}.xlsx`);
}
