import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeReportWorkbook } from '../../io/xlsx-report/write-report-workbook.js';
import { assessPlan } from '../../src/plan/assess-plan.js';
import type { Plan } from '../../src/plan/plan.js';
import { buildSummary } from '../../src/summary/build-summary.js';
import { assessForPeriod } from '../../src/summary/assess-for-period.js';
import { parseReportPeriod } from '../../src/summary/report-periods.js';
import { fixturePath, readFixturePlan, type FixtureName } from './fixture-plans.js';
import { readFileSync } from 'node:fs';

/** The period and day the consolidation tests use: judged on the Quý I/2026 cut-off, 14/03/2026. */
export const PERIOD = 'Quý I/2026';
export const AS_OF = '2026-03-20';
export const JUDGED_ON = '2026-03-14';

/** A clerk's progress: which tasks are done (with their completion date, all before the cut-off) and which in progress. */
type Progress = (index: number) => { progress?: string; completedOn?: string };

const PROGRESS: Record<'most' | 'some' | 'none', Progress> = {
  most: (index) => (index % 4 === 3 ? {} : { progress: 'Hoàn thành', completedOn: index % 2 === 0 ? '10/01/2026' : '' }),
  some: (index) => (index % 3 === 0 ? { progress: 'Hoàn thành', completedOn: '05/03/2026' } : index % 4 === 0 ? { progress: 'Đang thực hiện' } : {}),
  none: () => ({}),
};

function withTitle(plan: Plan, title: string, progress: Progress): Plan {
  return {
    ...plan,
    plan: { ...plan.plan, title },
    tasks: plan.tasks.map((task, index) => ({ ...task, progress: { ...task.progress, ...progress(index) } })),
  };
}

/** The plan as a report workbook `cchc report` writes, its progress filled in. */
async function asReportWorkbook(plan: Plan): Promise<Uint8Array> {
  const period = parseReportPeriod(PERIOD)!;
  return writeReportWorkbook({ assessed: assessPlan(plan, { asOf: AS_OF }), summary: buildSummary(assessForPeriod(plan, period, { asOf: AS_OF }), period) });
}

/** The plan as a .csv a commune exports: a title line, the columns with "Tình trạng" and "Ngày hoàn thành", section rows. */
function asCsv(plan: Plan): Uint8Array {
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const lines = [[plan.plan.title], [], ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Tình trạng', 'Ngày hoàn thành']];
  for (const section of plan.sections) {
    lines.push([section.label, section.title, '', '', '', '']);
    for (const task of plan.tasks.filter((item) => item.section === section.label)) {
      lines.push([task.stt, task.task, task.lead.join('; '), task.deadlineText, String(task.progress.progress ?? ''), String(task.progress.completedOn ?? '')]);
    }
  }
  return new TextEncoder().encode(lines.map((line) => line.map(quote).join(',')).join('\r\n'));
}

export interface CommuneFolder {
  readonly dir: string;
  /** Each commune's file (relative to dir) and the name its title gives. */
  readonly communes: readonly { readonly file: string; readonly name: string }[];
  /** The files that give no figures, and what their reason says. */
  readonly problems: readonly { readonly file: string; readonly says: string }[];
}

/**
 * A province's folder of commune plans made from the fixtures, with different progress: a report
 * workbook (most tasks done), a .csv with progress columns (some done, some in progress), a report
 * workbook in a sub-folder (none done), the Trần Hưng Đạo appendix as pasted; and a damaged workbook
 * and a letter without a task table.
 */
export async function communeFolder(): Promise<CommuneFolder> {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-tinh-'));
  const put = (file: string, bytes: Uint8Array) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), bytes);
  };
  const plan = (name: FixtureName) => readFixturePlan(name);
  put('phuong-an-tuong/ke-hoach-2026.xlsx', await asReportWorkbook(withTitle(await plan('an-tuong-2026'), 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA UBND PHƯỜNG AN TƯỜNG', PROGRESS.most)));
  put('xa-hoa-binh.csv', asCsv(withTitle(await plan('tran-hung-dao-2026'), 'Kế hoạch cải cách hành chính năm 2026 của UBND xã Hòa Bình', PROGRESS.some)));
  put('dac-khu/con-dao.xlsx', await asReportWorkbook(withTitle(await plan('dong-da-2026-2030'), 'KẾ HOẠCH CCHC GIAI ĐOẠN 2026-2030 CỦA ĐẶC KHU CÔN ĐẢO', PROGRESS.none)));
  put('tran-hung-dao-2026.txt', new Uint8Array(readFileSync(fixturePath('tran-hung-dao-2026'))));
  put('hong.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('không phải tệp Excel thật, bị cắt giữa chừng')]));
  put('cong-van.txt', new TextEncoder().encode('UBND PHƯỜNG BẾN NGHÉ\nCông văn về việc báo cáo tình hình thực hiện\nKính gửi: Sở Nội vụ\nPhường xin báo cáo như sau: đã hoàn thành các nhiệm vụ.'));
  return {
    dir,
    communes: [
      { file: 'dac-khu/con-dao.xlsx', name: 'Đặc khu Côn Đảo' },
      { file: 'phuong-an-tuong/ke-hoach-2026.xlsx', name: 'Phường An Tường' },
      { file: 'tran-hung-dao-2026.txt', name: 'Phường Trần Hưng Đạo' },
      { file: 'xa-hoa-binh.csv', name: 'Xã Hòa Bình' },
    ],
    problems: [
      { file: 'cong-van.txt', says: 'bảng' },
      { file: 'hong.xlsx', says: 'hỏng' },
    ],
  };
}
