/**
 * The table of every known deadline phrase and what the parser reads from it, kept in
 * docs/deadline-phrases.md so that a change of behaviour shows as a diff.
 *
 *   npx tsx scripts/deadline-phrases.ts     # rewrites docs/deadline-phrases.md
 *
 * tests/core/deadline/deadline-phrases.test.ts fails when the committed file differs from what the parser reads now.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Deadline, DeadlinePart } from '../src/deadline/deadline.js';
import { parseDeadline } from '../src/deadline/parse-deadline.js';

const PLAN_YEAR = 2026;

/** Known phrases, by where they come from. The fixtures' deadline cells are all here, as written. */
export const DEADLINE_PHRASES: readonly (readonly [string, readonly string[]])[] = [
  [
    'The domain table (docs/domain.md)',
    [
      'Trước ngày 15/01/2026',
      'Trước 15/01/2026',
      'Chậm nhất ngày 15/6/2026',
      '15/6/2026',
      'Tháng 10/2026',
      'Trong tháng 10/2026',
      'Tháng 10 năm 2026',
      'Tháng 8-9/2026',
      'Tháng 01/2026 đến tháng 5 năm 2026',
      'Quý I/2026',
      'Quý I năm 2026',
      'Quý 1/2026',
      '6 tháng đầu năm 2026',
      '6 tháng cuối năm',
      'Năm 2026',
      'Cả năm 2026',
      'Trong năm 2026',
      '2026',
      'Cuối năm 2026',
      '2026-2030',
      'Giai đoạn 2026 - 2030',
      'Năm 2026-2027',
      'Hằng năm',
      'Hàng năm',
      'Ban hành kế hoạch hàng năm',
      'Hàng quý',
      'Hằng quý',
      'Theo kỳ báo cáo CCHC',
      '06 tháng/lần',
      '6 tháng một lần',
      'Hằng tháng',
      'Định kỳ hằng tháng',
      'Trước ngày 10 của tháng cuối quý',
      'Giao ban quý III: tháng 9/2025; giao ban quý IV: tháng 12/2025',
      'Thường xuyên',
      'Liên tục',
      'Theo chỉ đạo của UBND Thành phố',
      'Theo hướng dẫn của Sở Nội vụ',
      'Khi thành phố triển khai KH tổ chức',
      'Theo yêu cầu của UBND Thành phố',
      'Chậm nhất 30 ngày làm việc kể từ ngày UBND Thành phố ký Quyết định ban hành Kế hoạch',
    ],
  ],
  [
    'Fixtures: deadline cells not already above',
    [
      'Ban hành Kế hoạch hàng năm',
      '2027',
      '<ul style="list-style-type: none"> - Theo chỉ đạo của UBND Thành phố - 06 tháng/lần',
      '<ul style="list-style-type: none"> - Theo chỉ đạo của Trung ương, Thành phố - Báo cáo kết quả thực hiện (lồng ghép trong kỳ Báo cáo CCHC)',
      'Theo thời gian đánh giá hàng năm của Bộ Y tế',
    ],
  ],
  [
    'Scanned (OCR) and hand-typed variants',
    [
      'Quy 1V/2025',
      'Quy IV/2025',
      'Quí II/2026',
      'Qúy l/2026',
      'Quý I /2026',
      'Quy ll/2026',
      'Quy lll/2026',
      'Q1/2026',
      'Trude ngay 15/01/2026',
      'Trudc ngày 15/01/2026',
      'Truoc ngay 15/01/2026',
      'TRƯỚC NGÀY 15/01/2026',
      'Thang 10/2026',
      'Théang 10/2026',
      'Thuong xuyén',
      'Thudng xuyen',
      'Ngay 15/6/2026',
      '15/01/2026.',
      'l5/0l/2O26',
      'ngày15/01/2026',
      '15.01.2026',
      '15-01-2026',
      '2026-06-15',
      'Quý\u00a0I/2026',
      'Giai đoạn 2026 – 2030',
      'Năm 2026—2027',
    ],
  ],
  [
    'Other wordings read',
    [
      'Hoàn thành trước ngày 30/6/2026',
      'Chậm nhất là ngày 30/6/2026',
      'Chậm nhất tháng 10/2026',
      'Hạn: 15/6/2026',
      'Thời gian: Quý I/2026',
      'Đến hết năm 2026',
      'Đến năm 2030',
      'Trước 31/12',
      'Trước tháng 10/2026',
      'Trước ngày 01/01/2027',
      'Trong Quý I/2026',
      'Vào tháng 10',
      'Cuối quý II/2026',
      'Quý IV',
      'Tháng 10',
      'Cả năm',
      'Trong năm',
      'Nửa đầu năm 2026',
      '6 tháng năm 2026',
      'Dự kiến Quý III/2026',
      'Quý I/2026 (dự kiến)',
      'Quý II-III/2026',
      'Quý 3 và Quý 4 năm 2026',
      'Quý I, II/2026',
      'Quý I/2026 - Quý II/2026',
      'Tháng 11/2026 - tháng 2/2027',
      'Từ tháng 2 đến tháng 6 năm 2026',
      'Từ ngày 01/3 đến 15/3/2026',
      'Ngày 15 - 20/01/2026',
      'Từ năm 2026 đến năm 2030',
      'Trong suốt giai đoạn 2026-2030',
      'Tháng 6 và tháng 12/2026',
      'Tháng 3, 6, 9, 12/2026',
      'Quý I/2026, Quý III/2026',
      'Quý I/2026: Kế hoạch; Quý III/2026: Báo cáo',
      'Giao ban quý III: tháng 9/2025\ngiao ban quý IV: tháng 12/2025',
      '29/02/2028',
      'Tháng 2/2028',
      'Trước ngày 15 hàng tháng',
      'Ngày 20 hằng tháng',
      'Trước ngày 15/12 hàng năm',
      'Hàng quý, 6 tháng, năm',
      'Định kỳ 6 tháng',
      '3 tháng/lần',
      'Tháng/lần',
      'Hằng tuần',
      'Hằng ngày',
      'Thực hiện thường xuyên',
      'Đột xuất',
      'Định kỳ, đột xuất',
      'Theo kế hoạch của UBND phường',
      'Theo Nghị định số 186/2025/NĐ-CP ngày 01/7/2025',
      'Sau khi có hướng dẫn của Sở Nội vụ',
      'Theo chỉ đạo của UBND Thành phố, trước ngày 15/3/2026',
      'Trước ngày 15/01/2026 theo Kế hoạch số 12/KH-UBND ngày 05/01/2026',
      'Trong vòng 15 ngày kể từ ngày nhận được văn bản',
      'Theo hướng dẫn của Phòng Văn hóa - Xã hội',
      '- Quý I/2026 - Quý III/2026',
      'Quý I/2026\nQuý III/2026',
      'Tháng 10/2026 - 06 tháng/lần',
      'Thường xuyên; báo cáo hàng quý',
      '• Thường xuyên • Trước ngày 15/12/2026',
    ],
  ],
  [
    'Beyond the domain table: other issuers, Word cells and scans',
    [
      'Quí II-2026',
      'Quy III năm 2026',
      'quý IV - 2026',
      'Quý 3-2026',
      'Quv IV - 2026',
      'Từ năm 2026',
      'từ năm 2026',
      'Từ năm 2026 trở đi',
      'Năm 2026 và những năm tiếp theo',
      '2026 và các năm tiếp theo',
      'Giai đoạn 2026 và những năm tiếp theo',
      'Từ năm 2026, hằng quý',
      'Tu nam 2026',
      'thường xuyên, hằng năm',
      'Thường xuyên, định kỳ hằng quý báo cáo kết quả',
      'Thuong xuyen, hang nam',
      'Khi có phát sinh',
      'Khl co phat sinh',
      'Theo lộ trình',
      'Theo lộ trình của UBND Thành phố',
      'Theo lộ trình đến hết năm 2027',
      'Theo kế hoạch của UBND Thành phố trước ngày 15/3/2026',
      'đến hết năm 2026',
      'Đến hết tháng 6/2026',
      'Den het nam 2026',
      'Tháng 3/2026\nTháng 9/2026',
      '15/3/2026; 15/9/2026',
      '- Tháng 6/2026\n- Tháng 12/2026',
      'Trước ngày\n15/01/2026',
      'Trude ngay\n15/01/2026',
      'Chậm nhất\nngày 30/6/2026',
      'Hoàn thành trong\nQuý II/2026',
      'Quý I/2026\u200e',
      '\u200fTrước ngày 15/01/2026',
      'Tháng\u200b 10/2026',
      'Thường\u200cxuyên',
      'Hằng\u200d năm',
      'Quý II/\u20602026',
      '\ufeffNăm 2026',
      'Trư\u00adớc ngày 15/01/2026',
      'Theo huong dan cua UBND Thanh pho',
      'Theo chi dao cua UBND Thanh pho',
      'Tlieo chi dao cua UBND Thanh pho',
      'Theo chl dao cua UBND Thanh pho',
      'Theo clii dao cua UBND',
      'Thco huong dan cua So Noi vu',
      'Tbeo yeu cau cua UBND phuong',
      "Theo hu'ong dan",
      'Theo hư ớng dẫn của Sở Nội vụ',
      'Theo ke hoach',
      "Tru'o'c ngay 15/01/2026",
      'Narn 2026',
      'Hang narn',
      'Quv I/2026',
      'Quy |/2026',
      'Quy |V/2026',
      'Quy H/2026',
      'Quy TV/2026',
      'Tháng 6/\n2026',
      '15/01/\n2026',
      'Thư ờng xuyên',
      'Trước ngày l0 của tháng cuối quý',
      'Chậm nhất 3O ngày làm việc kể từ ngày ký Quyết định',
    ],
  ],
  [
    'Not read: shown to the user as they are, never guessed',
    [
      'Đầu năm 2026',
      'Năm',
      'Từ tháng 3/2026',
      'Năm học 2025-2026',
      'Năm 2026 và các năm học tiếp theo',
      'Từ năm 2026, báo cáo kết quả',
      'Quý I hoặc Quý II/2026',
      'Quý I hàng năm',
      'Trước ngày 15/6 hàng năm',
      'Trước ngày 01 hàng tháng',
      '2 năm/lần',
      'Chậm nhất 02 tháng kể từ ngày ký',
      '29/02/2026',
      '31/04/2026',
      'Tháng 13/2026',
      'Quý 5/2026',
      'Quý IV/2026 - Quý I/2026',
      '2030-2026',
      'Phòng Văn hóa - Xã hội',
      'Báo cáo kết quả thực hiện',
      '???',
    ],
  ],
];

/** The markdown table of DEADLINE_PHRASES as read with plan year 2026. */
export function renderDeadlinePhrases(): string {
  const lines = [
    '# Deadline phrases',
    '',
    `Generated by \`npx tsx scripts/deadline-phrases.ts\` (plan year ${PLAN_YEAR}); checked by`,
    '`tests/core/deadline/deadline-phrases.test.ts`. Do not edit by hand: change the parser or the phrase list, then',
    'regenerate and review the diff.',
    '',
    '⏎ marks a line break inside the cell, ⍽ a non-breaking space, <U+200E> an invisible mark.',
  ];
  for (const [source, phrases] of DEADLINE_PHRASES) {
    lines.push('', `## ${source}`, '', '| phrase | kind | start | due | details |', '|---|---|---|---|---|');
    for (const phrase of phrases) {
      const deadline = parseDeadline(phrase, { planYear: PLAN_YEAR });
      const cells = [code(phrase), deadline.kind, deadline.start ?? '—', deadline.due ?? '—', details(deadline)];
      lines.push(`| ${cells.join(' | ')} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function details(deadline: Deadline): string {
  const notes = [partDetails(deadline)];
  if (deadline.parts.length > 1) notes.push(`parts: ${deadline.parts.map((part) => `${part.kind} (${escape(part.text)})`).join(' · ')}`);
  return notes.filter((note) => note !== '').join('; ');
}

function partDetails(part: DeadlinePart): string {
  const notes: string[] = [];
  if (part.recurrence) notes.push(`every ${part.recurrence.every}${part.recurrence.dueDay === null ? '' : `, day ${part.recurrence.dueDay}`}`);
  if (part.milestones) notes.push(part.milestones.map((step) => `${escape(step.label)} → ${step.due}`).join(', '));
  if (part.afterEvent) {
    const { days, workingDays, event } = part.afterEvent;
    notes.push(`${days} ${workingDays ? 'working ' : ''}days after: ${escape(event)}`);
  }
  return notes.join('; ');
}

const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/g;

function code(text: string): string {
  return `\`${text
    .replace(/\n/g, '⏎')
    .replace(/\|/g, '\\|')
    .replace(/\u00a0/g, '⍽')
    .replace(INVISIBLE, (mark) => `<U+${mark.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`)}\``;
}

function escape(text: string): string {
  return text.replace(/\n/g, '⏎').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = fileURLToPath(new URL('../docs/deadline-phrases.md', import.meta.url));
  writeFileSync(target, renderDeadlinePhrases());
  console.log(`Wrote ${target}`);
}
