import { basename, dirname, join } from 'node:path';
import { reportFileName } from '../../src/summary/report-file-name.js';

/** Where a report goes when -o is not given: beside the plan, "ke-hoach-bao-cao-quy-i-2026.xlsx". */
export function defaultReportPath(input: string, periodTitle: string): string {
  return join(dirname(input), reportFileName(basename(input), periodTitle));
}
