import { fold } from '../text/fold.js';

export interface PlanHeading {
  readonly title: string;
  readonly year: number | null;
}

const ATTACHMENT_LINE = /^\(?\s*kem theo/;
const APPENDIX_LABEL = /^phu luc\b/;

/**
 * The plan's title and year from the lines above its task table. The title is the block of lines
 * nearest the table, without "Phụ lục …" and "(Kèm theo Kế hoạch số … ngày … năm 2026 …)". The year
 * comes from the title ("năm 2026", "giai đoạn 2026-2030" → 2026, "5 tháng cuối năm 2025" → 2025), else
 * from those other lines.
 */
export function readPlanHeading(linesAbove: readonly string[]): PlanHeading {
  const block = nearestBlock(linesAbove);
  const titleLines = block.filter((line) => !ATTACHMENT_LINE.test(fold(line)) && !APPENDIX_LABEL.test(fold(line)));
  const title = titleLines.join(' ').replace(/\s+/g, ' ').trim();
  return { title, year: yearIn(title) ?? yearIn(block.join(' ')) ?? yearIn(linesAbove.join(' ')) };
}

/** The last run of non-blank lines before the table (what follows a blank line above it is the title block). */
function nearestBlock(lines: readonly string[]): string[] {
  const block: string[] = [];
  let index = lines.length - 1;
  while (index >= 0 && lines[index]!.trim() === '') index--;
  for (; index >= 0 && lines[index]!.trim() !== ''; index--) block.unshift(lines[index]!.trim());
  const blankSeparatedTitle = block.every((line) => ATTACHMENT_LINE.test(fold(line)));
  if (blankSeparatedTitle && index > 0) return [...nearestBlock(lines.slice(0, index)), ...block];
  return block;
}

function yearIn(text: string): number | null {
  const folded = fold(text);
  const match = /\b(?:nam|giai doan|giai doan tu nam|ke hoach)\s+(\d{4})\b/.exec(folded) ?? /\b(20\d{2})\s*-\s*20\d{2}\b/.exec(folded);
  if (!match) return null;
  const year = Number(match[1]);
  return year >= 1990 && year <= 2100 ? year : null;
}
