import { unzipSync } from 'fflate';
import { readGridFile } from '../io/files/read-grid-file.js';
import { writeReportWorkbook } from '../io/xlsx-report/write-report-workbook.js';
import { assessPlan } from '../src/plan/assess-plan.js';
import { readPlan } from '../src/plan/read-plan.js';
import { buildSummary } from '../src/summary/build-summary.js';
import { assessForPeriod } from '../src/summary/assess-for-period.js';
import { parseReportPeriod } from '../src/summary/report-periods.js';
import { generateConsolidatedPlan } from './generate-plan.js';

/**
 * `npx tsx bench/formula-size.ts [communes]`: the report of a generated plan (3,300 communes × 50
 * tasks = 165,000 tasks by default), measured part by part: each sheet's XML bytes, its formula
 * cells and their characters (the text inside <f>…</f>, XML-escaped as stored), and the formula
 * characters per task row of the plan sheet. Prints one JSON object.
 */
const communes = Number(process.argv[2] ?? 3300);
const rows = generateConsolidatedPlan(communes, 50);
const grid = (await readGridFile(new TextEncoder().encode(rows.map((row) => row.join('\t')).join('\n')), 'tong-hop.txt')).grids[0]!;
const found = readPlan(grid, { fallbackYear: 2026 });
if (!found.found) throw new Error(found.issue.message);
const assessed = assessPlan(found.plan, { asOf: '2026-06-14' });
const summary = buildSummary(assessForPeriod(found.plan, parseReportPeriod('6 tháng/2026')!, { asOf: '2026-06-14' }), parseReportPeriod('6 tháng/2026')!);
const bytes = await writeReportWorkbook({ assessed, summary });
const parts = unzipSync(bytes);
const decoder = new TextDecoder();
const sheets: Record<string, { xmlBytes: number; formulaCells: number; formulaChars: number }> = {};
let totalXml = 0;
let totalFormula = 0;
for (const [path, data] of Object.entries(parts)) {
  if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(path)) continue;
  const xml = decoder.decode(data);
  let cells = 0;
  let chars = 0;
  for (const match of xml.matchAll(/<f(?:\s[^>]*)?>([^<]*)<\/f>/g)) {
    cells += 1;
    chars += match[1]!.length;
  }
  sheets[path] = { xmlBytes: data.length, formulaCells: cells, formulaChars: chars };
  totalXml += data.length;
  totalFormula += chars;
}
const tasks = assessed.tasks.length;
const plan = Object.values(sheets).sort((a, b) => b.formulaChars - a.formulaChars)[0]!;
console.log(
  JSON.stringify({
    tasks,
    reportBytes: bytes.length,
    sheetXmlBytes: totalXml,
    formulaChars: totalFormula,
    formulaShareOfSheetXml: Number((totalFormula / totalXml).toFixed(3)),
    planSheetFormulaCharsPerTask: Math.round(plan.formulaChars / tasks),
    sheets,
  }),
);
