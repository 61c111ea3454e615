import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { judgeCommuneFile } from '../../io/consolidate/judge-commune-file.js';
import { ProvinceAccumulator } from '../../src/consolidate/consolidate.js';
import type { ProvinceConsolidation } from '../../src/consolidate/province.js';
import { parseReportPeriod } from '../../src/summary/report-periods.js';

/** The folder's files in the order the command line reads them (sorted paths inside it). */
export function folderFiles(dir: string): string[] {
  const walk = (folder: string): string[] => readdirSync(folder).flatMap((name) => (statSync(join(folder, name)).isDirectory() ? walk(join(folder, name)) : [join(folder, name)]));
  return walk(dir)
    .map((path) => relative(dir, path))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The folder consolidated in this process, one file after another, through the same core and readers as the command line. */
export async function consolidateFolder(dir: string, period: string, asOf: string): Promise<ProvinceConsolidation> {
  const reportPeriod = parseReportPeriod(period)!;
  const province = new ProvinceAccumulator(reportPeriod, asOf);
  for (const [index, file] of folderFiles(dir).entries()) {
    province.add(index, await judgeCommuneFile(new Uint8Array(readFileSync(join(dir, file))), file, { period: reportPeriod, asOf }));
  }
  return province.done();
}
