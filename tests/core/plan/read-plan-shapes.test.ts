import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/grid/cell-value.js';
import type { MergedRange } from '../../../src/grid/grid.js';
import { assessPlan } from '../../../src/plan/assess-plan.js';
import { toInspectJson } from '../../../src/plan/inspect-json.js';
import { readPlan } from '../../../src/plan/read-plan.js';
import type { Plan } from '../../../src/plan/plan.js';
import type { CellContent } from '../../../src/sheet-model/sheet-model.js';
import { planSheetModel } from '../../../src/sheet-model/plan-sheet-model.js';
import { buildSummary } from '../../../src/summary/build-summary.js';
import { assessForPeriod } from '../../../src/summary/assess-for-period.js';
import { calendarQuarter } from '../../../src/summary/report-periods.js';

/** Table shapes seen in the appendices of other issuers (provinces, ministries), built as grids. */

const HEADER = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm', 'Thời gian hoàn thành'];

function planOf(rows: CellValue[][], merges: MergedRange[] = []): Plan {
  const result = readPlan({ sheet: 'Phụ lục', rows: [['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026'], ...rows], merges }, { fallbackYear: 2026 });
  if (!result.found) throw new Error(result.issue.message);
  return result.plan;
}

/** A complete task row: number, text, lead, co-units, product, deadline. */
const task = (stt: string, text: string, deadline = 'Quý II/2026'): CellValue[] => [stt, text, 'Phòng Văn hóa - Xã hội', 'Các phòng, ban', 'Báo cáo', deadline];

const codes = (plan: Plan) => plan.issues.map((issue) => `${issue.code} ${issue.cell}`);
const headingsOf = (plan: Plan) => plan.tasks.map((item) => [item.stt, item.section, item.subsections.map((heading) => heading.label).join('>')]);

describe('heading rows inside a section', () => {
  it('takes "1." and "2." rows with a title and no lead or deadline above "1.1", "1.2" for sub-sections, not tasks', () => {
    const plan = planOf([
      HEADER,
      ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      ['1', 'Kiểm soát thủ tục hành chính', null, null, null, null],
      task('1.1', 'Rà soát, đơn giản hóa thủ tục hành chính'),
      task('1.2', 'Công khai thủ tục hành chính'),
      ['2', 'Thực hiện cơ chế một cửa', '', '', '', ''],
      task('2.1', 'Số hóa hồ sơ'),
    ]);
    expect(plan.tasks.map((item) => item.stt)).toEqual(['1.1', '1.2', '2.1']);
    expect(plan.subsections).toEqual([
      { label: '1', title: 'Kiểm soát thủ tục hành chính', row: 4, section: 'I', level: 1 },
      { label: '2', title: 'Thực hiện cơ chế một cửa', row: 7, section: 'I', level: 1 },
    ]);
    expect(headingsOf(plan)).toEqual([
      ['1.1', 'I', '1'],
      ['1.2', 'I', '1'],
      ['2.1', 'I', '2'],
    ]);
    expect(plan.issues).toEqual([]);
  });

  it('reads "III.1" and "III.1.2" headings, with the title beside or in the same cell, over tasks numbered from 1', () => {
    const plan = planOf([
      HEADER,
      ['III', 'CẢI CÁCH TỔ CHỨC BỘ MÁY'],
      ['III.1', 'Sắp xếp tổ chức bộ máy'],
      ['III.1.1. Các cơ quan chuyên môn'],
      task('1', 'Rà soát chức năng, nhiệm vụ'),
      task('2', 'Sắp xếp các phòng'),
      ['III.1.2', 'Đơn vị sự nghiệp'],
      task('3', 'Sắp xếp trường học'),
      ['III.2', 'Quản lý biên chế'],
      task('1', 'Giao biên chế năm 2026'),
    ]);
    expect(plan.tasks).toHaveLength(4);
    expect(headingsOf(plan)).toEqual([
      ['1', 'III', 'III.1>III.1.1'],
      ['2', 'III', 'III.1>III.1.1'],
      ['3', 'III', 'III.1>III.1.2'],
      ['1', 'III', 'III.2'],
    ]);
    expect(plan.subsections.map(({ label, title, level }) => [label, title, level])).toEqual([
      ['III.1', 'Sắp xếp tổ chức bộ máy', 1],
      ['III.1.1', 'Các cơ quan chuyên môn', 2],
      ['III.1.2', 'Đơn vị sự nghiệp', 2],
      ['III.2', 'Quản lý biên chế', 1],
    ]);
    // "1" after "3" under another heading starts a new run: no duplicate, no skip.
    expect(plan.issues).toEqual([]);
  });

  it('reads "A.1" under a part as a heading, not as another part', () => {
    const plan = planOf([HEADER, ['A', 'NHIỆM VỤ CHUNG'], ['A.1', 'Chỉ đạo điều hành'], task('1', 'Ban hành kế hoạch'), ['A.2. Thể chế'], task('2', 'Rà soát')]);
    expect(plan.parts.map((part) => part.label)).toEqual(['A']);
    expect(headingsOf(plan)).toEqual([
      ['1', 'A', 'A.1'],
      ['2', 'A', 'A.2'],
    ]);
  });

  it('reads lettered headings "a)", "b)" over numbered tasks, and numbered headings over lettered tasks', () => {
    const plan = planOf([
      HEADER,
      ['I', 'CHỈ ĐẠO ĐIỀU HÀNH'],
      ['a)', 'Ban hành văn bản chỉ đạo'],
      task('1', 'Ban hành Kế hoạch CCHC năm 2026'),
      task('2', 'Ban hành Kế hoạch tuyên truyền'),
      ['b)', 'Kiểm tra CCHC'],
      task('3', 'Kiểm tra tại các đơn vị'),
      ['II', 'CẢI CÁCH THỂ CHẾ'],
      ['1', 'Xây dựng văn bản'],
      task('a', 'Ban hành quy chế'),
      task('b', 'Rà soát văn bản'),
    ]);
    expect(headingsOf(plan)).toEqual([
      ['1', 'I', 'a)'],
      ['2', 'I', 'a)'],
      ['3', 'I', 'b)'],
      ['a', 'II', '1'],
      ['b', 'II', '1'],
    ]);
    expect(plan.issues).toEqual([]);
  });

  it('keeps a "1.1" row with a lead and a deadline as a task, and a bare row followed by its sibling as a task with its gaps named', () => {
    const plan = planOf([
      HEADER,
      ['I', 'CHỈ ĐẠO ĐIỀU HÀNH'],
      task('1.1', 'Ban hành kế hoạch'),
      task('1.2', 'Tuyên truyền CCHC'),
      ['2', 'Kiểm tra CCHC', null, null, 'Báo cáo', null],
      task('3', 'Khảo sát sự hài lòng'),
    ]);
    expect(plan.tasks.map((item) => item.stt)).toEqual(['1.1', '1.2', '2', '3']);
    expect(plan.subsections).toEqual([]);
    expect(codes(plan)).toEqual(['LEAD_MISSING C6', 'DEADLINE_MISSING F6']);
  });

  it('keeps lettered sub-items right below a task (their lead cells merged away) as before: tasks, not headings over the next task', () => {
    const plan = planOf([HEADER, ['I', 'CHỈ ĐẠO'], task('1', 'Tổ chức kiểm tra CCHC'), ['a)', 'Kiểm tra tại các phòng'], ['b)', 'Kiểm tra tại các tổ dân phố'], task('2', 'Tuyên truyền CCHC')]);
    expect(headingsOf(plan)).toEqual([
      ['1', 'I', ''],
      ['a)', 'I', ''],
      ['b)', 'I', ''],
      ['2', 'I', ''],
    ]);
    expect(plan.subsections).toEqual([]);
  });

  it('reads capital letters with a lead and a deadline as lettered tasks, not parts', () => {
    const plan = planOf([HEADER, ['I', 'CHỈ ĐẠO'], task('A', 'Ban hành kế hoạch'), task('B', 'Tuyên truyền')]);
    expect(plan.parts).toEqual([]);
    expect(plan.tasks.map((item) => [item.stt, item.task, item.section])).toEqual([
      ['A', 'Ban hành kế hoạch', 'I'],
      ['B', 'Tuyên truyền', 'I'],
    ]);
  });

  it('keeps a bare numbered row at the end of a section as a task: nothing below is numbered under it', () => {
    const plan = planOf([HEADER, ['I', 'CHỈ ĐẠO'], task('1', 'Ban hành kế hoạch'), ['2', 'Tuyên truyền'], ['II', 'THỂ CHẾ'], task('3', 'Rà soát')]);
    expect(plan.tasks.map((item) => [item.stt, item.section])).toEqual([
      ['1', 'I'],
      ['2', 'I'],
      ['3', 'II'],
    ]);
  });

  it('joins a heading title carried onto the next row, and takes tasks with no number under a heading', () => {
    const plan = planOf([
      HEADER,
      ['I', 'CẢI CÁCH TÀI CHÍNH CÔNG'],
      ['1', 'Quản lý, sử dụng tài sản công và'],
      [null, 'ngân sách nhà nước'],
      [null, 'Công khai ngân sách', 'Phòng Kinh tế', null, 'Báo cáo', 'Quý I/2026'],
    ]);
    expect(plan.subsections.map((heading) => heading.title)).toEqual(['Quản lý, sử dụng tài sản công và ngân sách nhà nước']);
    expect(plan.tasks).toHaveLength(1);
    expect(plan.tasks[0]!.subsections[0]!.label).toBe('1');
    expect(codes(plan)).toEqual(['STT_MISSING A6']);
  });

  it("closes a heading when a task in the heading's own numbering comes", () => {
    const plan = planOf([HEADER, ['I', 'CHỈ ĐẠO'], ['1', 'Văn bản chỉ đạo'], task('1.1', 'Kế hoạch'), task('1.2', 'Quy chế'), task('2', 'Kiểm tra CCHC')]);
    expect(headingsOf(plan)).toEqual([
      ['1.1', 'I', '1'],
      ['1.2', 'I', '1'],
      ['2', 'I', ''],
    ]);
  });
});

describe('parts lettered A, B, C above the Roman sections', () => {
  const rows: CellValue[][] = [
    HEADER,
    ['A', 'NHIỆM VỤ CHUNG'],
    ['I', 'CẢI CÁCH THỂ CHẾ'],
    task('1', 'Rà soát văn bản'),
    task('2', 'Ban hành quy chế'),
    ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
    task('1', 'Công khai thủ tục'),
    ['B. NHIỆM VỤ CỤ THỂ CỦA CÁC PHÒNG'],
    ['I', 'PHÒNG VĂN HÓA - XÃ HỘI'],
    task('1', 'Tuyên truyền CCHC', 'Quý I/2026'),
    ['II', 'PHÒNG KINH TẾ'],
    task('1', 'Công khai ngân sách'),
    task('2', 'Kiểm tra tài sản công'),
  ];

  it('keeps A.I and B.I apart, and the part of each section', () => {
    const plan = planOf(rows);
    expect(plan.parts.map(({ label, written, title, row }) => [label, written, title, row])).toEqual([
      ['A', 'A', 'NHIỆM VỤ CHUNG', 3],
      ['B', 'B', 'NHIỆM VỤ CỤ THỂ CỦA CÁC PHÒNG', 9],
    ]);
    expect(plan.sections).toEqual([
      { label: 'A.I', title: 'CẢI CÁCH THỂ CHẾ', row: 4, part: 'A', numeral: 'I' },
      { label: 'A.II', title: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', row: 7, part: 'A', numeral: 'II' },
      { label: 'B.I', title: 'PHÒNG VĂN HÓA - XÃ HỘI', row: 10, part: 'B', numeral: 'I' },
      { label: 'B.II', title: 'PHÒNG KINH TẾ', row: 12, part: 'B', numeral: 'II' },
    ]);
    expect(plan.tasks.map((item) => item.section)).toEqual(['A.I', 'A.I', 'A.II', 'B.I', 'B.II', 'B.II']);
    // Numbers start again at 1 in every section: no duplicate or skip is reported.
    expect(plan.issues).toEqual([]);
  });

  it('counts A.I and B.I apart in the summary', () => {
    const plan = planOf(rows);
    const summary = buildSummary(assessForPeriod(plan, calendarQuarter(2026, 1), { asOf: '2026-03-31' }), calendarQuarter(2026, 1));
    expect(summary.sections.map((section) => [section.label, section.title, section.total])).toEqual([
      ['A.I', 'CẢI CÁCH THỂ CHẾ', 2],
      ['A.II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 1],
      ['B.I', 'PHÒNG VĂN HÓA - XÃ HỘI', 1],
      ['B.II', 'PHÒNG KINH TẾ', 2],
    ]);
  });

  it('reads "PHẦN I", "PHẦN II" as parts over plain Roman sections, and as sections when there are none', () => {
    const parted = planOf([HEADER, ['PHẦN I', 'NHIỆM VỤ TRỌNG TÂM'], ['I', 'THỂ CHẾ'], task('1', 'Rà soát'), ['PHẦN II: NHIỆM VỤ THƯỜNG XUYÊN'], ['I', 'THỂ CHẾ'], task('1', 'Theo dõi thi hành')]);
    expect(parted.parts.map(({ label, written, title }) => [label, written, title])).toEqual([
      ['I', 'PHẦN I', 'NHIỆM VỤ TRỌNG TÂM'],
      ['II', 'PHẦN II', 'NHIỆM VỤ THƯỜNG XUYÊN'],
    ]);
    expect(parted.tasks.map((item) => item.section)).toEqual(['I.I', 'II.I']);

    const plain = planOf([HEADER, ['PHẦN I', 'THỂ CHẾ'], task('1', 'Rà soát'), ['Phần II', 'TTHC'], task('2', 'Công khai')]);
    expect(plain.parts).toEqual([]);
    expect(plain.sections.map(({ label, title }) => [label, title])).toEqual([
      ['I', 'THỂ CHẾ'],
      ['II', 'TTHC'],
    ]);
  });

  it('takes a part holding tasks directly (no Roman section under it) as a section of its own', () => {
    const plan = planOf([HEADER, ['A', 'NHIỆM VỤ CHUNG'], task('1', 'Ban hành kế hoạch'), ['B', 'NHIỆM VỤ CỦA CÁC ĐƠN VỊ'], ['I', 'PHÒNG KINH TẾ'], task('1', 'Công khai ngân sách')]);
    expect(plan.sections).toEqual([
      { label: 'A', title: 'NHIỆM VỤ CHUNG', row: 3, part: 'A', numeral: '' },
      { label: 'B.I', title: 'PHÒNG KINH TẾ', row: 6, part: 'B', numeral: 'I' },
    ]);
    expect(plan.tasks.map((item) => item.section)).toEqual(['A', 'B.I']);
  });

  it('takes a numeral seen again under the same title (a consolidated plan, one block per commune) for the same section', () => {
    const plan = planOf([HEADER, ['I', 'Chỉ đạo điều hành'], task('1', 'A'), ['II', 'Thể chế'], task('2', 'B'), ['I.', 'CHỈ ĐẠO ĐIỀU HÀNH'], task('3', 'C')]);
    expect(plan.tasks.map((item) => item.section)).toEqual(['I', 'II', 'I']);
    expect(plan.sections.map(({ label }) => label)).toEqual(['I', 'II', 'I']);
    const summary = buildSummary(assessForPeriod(plan, calendarQuarter(2026, 1), { asOf: '2026-03-31' }), calendarQuarter(2026, 1));
    expect(summary.sections.map((section) => [section.label, section.total])).toEqual([
      ['I', 2],
      ['II', 1],
    ]);
  });

  it('keeps a Roman numeral seen twice under another title, with no part between, as two sections', () => {
    const plan = planOf([HEADER, ['I', 'THỂ CHẾ'], task('1', 'Rà soát'), ['II', 'TTHC'], task('2', 'Công khai'), ['I', 'GIAI ĐOẠN 2028-2030'], task('1', 'Đánh giá')]);
    expect(plan.sections.map(({ label, numeral }) => [label, numeral])).toEqual([
      ['I', undefined],
      ['II', undefined],
      ['I (2)', 'I'],
    ]);
    expect(plan.tasks.map((item) => item.section)).toEqual(['I', 'II', 'I (2)']);
    expect(plan.issues).toEqual([]);
  });
});

describe('numbers judged within their section', () => {
  it('accepts decimal numbers restarting in each section, and warns of a real gap or repeat among them', () => {
    const plan = planOf([HEADER, ['I', 'THỂ CHẾ'], task('5.1.1', 'A'), task('5.1.2', 'B'), task('5.2.1', 'C'), ['II', 'TTHC'], task('5.1.1', 'D'), task('5.1.3', 'E'), task('5.1.3', 'F')]);
    expect(plan.issues.map((issue) => issue.message)).toEqual(['Ô A9: số thứ tự nhảy từ 5.1.1 lên 5.1.3; có thể thiếu nhiệm vụ.', 'Ô A10: số thứ tự “5.1.3” trùng với nhiệm vụ ở dòng 9.']);
  });

  it('accepts numbering that runs on across sections and one that starts again later, but still sees a skip and a repeat', () => {
    const plan = planOf([HEADER, ['I', 'THỂ CHẾ'], task('1', 'A'), task('2', 'B'), ['II', 'TTHC'], task('3', 'C'), task('5', 'D'), ['III', 'BỘ MÁY'], task('1', 'E'), task('2', 'F'), task('2', 'G')]);
    expect(codes(plan)).toEqual(['STT_SKIPPED A8', 'STT_DUPLICATE A12']);
  });
});

describe('section rows as converters write them', () => {
  it('reads a section whose numeral and title share one cell on two lines', () => {
    const plan = planOf([HEADER, ['II\nCẢI CÁCH THỂ CHẾ', null, null, null, null, null], task('1', 'Rà soát'), ['III.\nCẢI CÁCH\nTHỦ TỤC HÀNH CHÍNH'], task('2', 'Công khai')]);
    expect(plan.sections.map(({ label, title }) => [label, title])).toEqual([
      ['II', 'CẢI CÁCH THỂ CHẾ'],
      ['III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
    ]);
    expect(plan.tasks.map((item) => item.section)).toEqual(['II', 'III']);
  });

  it('keeps a section row carrying the end of the task above as a section, and joins that text back to the task with a warning', () => {
    const plan = planOf([
      HEADER,
      ['I', 'CHỈ ĐẠO ĐIỀU HÀNH'],
      ['1', 'Ban hành kế hoạch', 'Phòng Văn hóa - Xã hội', 'Các phòng', 'Kế hoạch và', 'Quý I/2026'],
      ['II', 'CẢI CÁCH THỂ CHẾ', null, null, 'báo cáo kết quả', null],
      ['2', 'Rà soát văn bản', 'Văn phòng HĐND và UBND', 'Các phòng,', 'Báo cáo', 'Năm 2026'],
      ['III', 'CẢI CÁCH TTHC', null, 'ban, đơn vị liên quan', null, null],
      task('3', 'Công khai TTHC'),
    ]);
    expect(plan.sections.map(({ label, title }) => [label, title])).toEqual([
      ['I', 'CHỈ ĐẠO ĐIỀU HÀNH'],
      ['II', 'CẢI CÁCH THỂ CHẾ'],
      ['III', 'CẢI CÁCH TTHC'],
    ]);
    expect(plan.tasks.map((item) => [item.stt, item.section])).toEqual([
      ['1', 'I'],
      ['2', 'II'],
      ['3', 'III'],
    ]);
    expect(plan.tasks[0]!.deliverable).toBe('Kế hoạch và báo cáo kết quả');
    expect(plan.tasks[1]!.coUnits).toEqual(['Các phòng, ban, đơn vị liên quan']);
    expect(plan.issues.map((issue) => [issue.code, issue.cell, issue.severity])).toEqual([
      ['SECTION_ROW_TEXT_JOINED', 'E5', 'warning'],
      ['SECTION_ROW_TEXT_JOINED', 'D7', 'warning'],
    ]);
    expect(plan.issues[0]!.message).toBe(
      'Dòng 5 là tiêu đề mục “II” nhưng ô E5 có thêm chữ “báo cáo kết quả” (thường do chuyển đổi từ Word/PDF đẩy phần cuối ô của nhiệm vụ phía trên xuống); đã ghép vào nhiệm vụ ở dòng 4, hãy kiểm tra lại.',
    );
  });

  it('warns of stray text on the first section row, where no task is above, and leaves it out', () => {
    const plan = planOf([HEADER, ['I', 'CHỈ ĐẠO', null, null, null, 'Năm 2026'], task('1', 'Ban hành kế hoạch')]);
    expect(plan.sections.map(({ label, title }) => [label, title])).toEqual([['I', 'CHỈ ĐẠO']]);
    expect(plan.tasks[0]!.deadlineText).toBe('Quý II/2026');
    expect(codes(plan)).toEqual(['SECTION_ROW_TEXT_IGNORED F3']);
  });

  it('does not take a merged section row repeating its title in every cell for stray text', () => {
    const plan = planOf([HEADER, task('1', 'A'), ['II', 'THỂ CHẾ', 'THỂ CHẾ', 'THỂ CHẾ', 'THỂ CHẾ', 'THỂ CHẾ'], task('2', 'B')]);
    expect(plan.sections.map(({ label, title }) => [label, title])).toEqual([['II', 'THỂ CHẾ']]);
    expect(plan.tasks[0]!.coUnits).toEqual(['Các phòng, ban']);
    expect(plan.issues).toEqual([]);
  });
});

describe('headers repeated after a page break', () => {
  it('skips a repeated header with fewer cells (one merged cell over STT and task, the others shifted left)', () => {
    const plan = planOf([
      HEADER,
      ['I', 'CHỈ ĐẠO'],
      task('1', 'Ban hành kế hoạch'),
      ['STT, Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm', 'Thời gian hoàn thành'],
      task('2', 'Tuyên truyền'),
      ['Nội dung nhiệm vụ', null, 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Kết quả/sản phẩm', 'Thời hạn'],
      task('3', 'Kiểm tra'),
      ['1', '2', '3', '4', '5', '6'],
      task('4', 'Khảo sát'),
    ]);
    expect(plan.tasks.map((item) => item.stt)).toEqual(['1', '2', '3', '4']);
    expect(plan.issues).toEqual([]);
  });

  it('skips a repeated header held in merged cells of a workbook', () => {
    const plan = planOf(
      [HEADER, task('1', 'Ban hành kế hoạch'), ['STT - Nhiệm vụ', null, 'Chủ trì', 'Phối hợp', 'Sản phẩm', 'Thời gian'], task('2', 'Tuyên truyền')],
      [{ top: 3, left: 0, bottom: 3, right: 1 }],
    );
    expect(plan.tasks.map((item) => item.stt)).toEqual(['1', '2']);
    expect(plan.issues).toEqual([]);
  });
});

describe('columns of other issuers', () => {
  it('keeps person-in-charge columns in front of the lead as other columns, and reads "Đơn vị thực hiện" as the lead', () => {
    const plan = planOf([
      ['TT', 'Nội dung công việc', 'Người đứng đầu chịu trách nhiệm', 'Lãnh đạo phụ trách', 'Đơn vị thực hiện', 'Thời gian dự kiến hoàn thành'],
      ['1', 'Ban hành kế hoạch', 'Chủ tịch UBND', 'Phó Chủ tịch UBND', 'Phòng Văn hóa - Xã hội', 'Quý I/2026'],
    ]);
    expect(plan.layout.columns).toEqual({ stt: 0, task: 1, lead: 4, deadline: 5 });
    expect(plan.layout.extraColumns).toEqual([
      { column: 2, header: 'Người đứng đầu chịu trách nhiệm' },
      { column: 3, header: 'Lãnh đạo phụ trách' },
    ]);
    expect(plan.tasks[0]).toMatchObject({
      lead: ['Phòng Văn hóa - Xã hội'],
      deadlineText: 'Quý I/2026',
      extra: { 'Người đứng đầu chịu trách nhiệm': 'Chủ tịch UBND', 'Lãnh đạo phụ trách': 'Phó Chủ tịch UBND' },
    });
    expect(codes(plan)).toEqual(['DELIVERABLE_COLUMN_MISSING A2']);
  });

  it('reads "Cơ quan thực hiện" as the lead and "Tiến độ" holding deadlines as the deadline', () => {
    const plan = planOf([
      ['STT', 'Nhiệm vụ', 'Cơ quan thực hiện', 'Sản phẩm', 'Tiến độ'],
      ['1', 'Ban hành kế hoạch', 'Sở Nội vụ', 'Kế hoạch', 'Quý I/2026'],
      ['2', 'Tuyên truyền', 'Sở Thông tin', 'Tin bài', 'Thường xuyên'],
    ]);
    expect(plan.layout.columns).toEqual({ stt: 0, task: 1, lead: 2, deliverable: 3, deadline: 4 });
  });

  it('keeps "Tiến độ" holding deadlines beside another deadline column as another column, not progress', () => {
    const plan = planOf([
      ['STT', 'Nhiệm vụ', 'Chủ trì', 'Sản phẩm', 'Thời gian thực hiện', 'Tiến độ'],
      ['1', 'Ban hành kế hoạch', 'Sở Nội vụ', 'Kế hoạch', 'Năm 2026', 'Quý I/2026'],
      ['2', 'Tuyên truyền', 'Sở Thông tin', 'Tin bài', 'Năm 2026', 'Quý II/2026'],
    ]);
    expect(plan.layout.columns).toEqual({ stt: 0, task: 1, lead: 2, deliverable: 3, deadline: 4 });
    expect(plan.layout.extraColumns).toEqual([{ column: 5, header: 'Tiến độ' }]);
    expect(plan.issues).toEqual([]);
  });

  it('reads "Tiến độ" holding progress as progress even with no other deadline column', () => {
    const plan = planOf([
      ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn', 'Tiến độ'],
      ['1', 'Ban hành kế hoạch', 'Sở Nội vụ', 'Quý I/2026', 'Đã hoàn thành'],
      ['2', 'Tuyên truyền', 'Sở Thông tin', 'Năm 2026', 'Đang thực hiện'],
    ]);
    expect(plan.layout.columns).toMatchObject({ deadline: 3, progress: 4 });
  });

  it('still reads a unit column that names people too ("Cơ quan, đơn vị, cá nhân chủ trì") as the lead', () => {
    const plan = planOf([
      ['STT', 'Nhiệm vụ', 'Cơ quan, đơn vị, cá nhân chủ trì', 'Thời gian'],
      ['1', 'Ban hành kế hoạch', 'Sở Nội vụ', 'Quý I/2026'],
    ]);
    expect(plan.layout.columns).toMatchObject({ lead: 2 });
  });
});

describe('the public JSON and the plan sheet', () => {
  it("adds the part of each section, the parts, and each task's sub-section", () => {
    const plan = planOf([HEADER, ['A', 'NHIỆM VỤ CHUNG'], ['I', 'THỂ CHẾ'], ['1', 'Văn bản'], task('1.1', 'Rà soát'), ['II', 'TTHC'], task('1', 'Công khai')]);
    const json = toInspectJson(assessPlan(plan, { asOf: '2026-03-20' }));
    expect(json.parts).toEqual([{ label: 'A', title: 'NHIỆM VỤ CHUNG' }]);
    expect(json.sections).toEqual([
      { label: 'A.I', title: 'THỂ CHẾ', part: 'A' },
      { label: 'A.II', title: 'TTHC', part: 'A' },
    ]);
    expect(json.tasks.map(({ stt, section, subsection, subsections }) => ({ stt, section, subsection, subsections }))).toEqual([
      { stt: '1.1', section: 'A.I', subsection: { label: '1', title: 'Văn bản' }, subsections: [{ label: '1', title: 'Văn bản' }] },
      { stt: '1', section: 'A.II', subsection: null, subsections: [] },
    ]);
  });
});

describe('the plan sheet of a plan with parts and headings', () => {
  const plan = planOf([
    HEADER,
    ['A', 'NHIỆM VỤ CHUNG'],
    ['I', 'THỂ CHẾ'],
    ['1', 'Văn bản quy phạm'],
    task('1.1', 'Rà soát'),
    task('1.2', 'Ban hành'),
    ['B', 'NHIỆM VỤ CỤ THỂ'],
    ['I', 'PHÒNG KINH TẾ'],
    ['a)', 'Tài chính công'],
    task('1', 'Công khai ngân sách'),
  ]);
  const model = planSheetModel(assessPlan(plan, { asOf: '2026-03-20' }), { name: 'Theo dõi CCHC' });
  const asValue = (content: CellContent | undefined): CellValue =>
    content !== null && typeof content === 'object' && 'formula' in content ? ((content.result ?? null) as CellValue) : ((content ?? null) as CellValue);

  it('writes parts, sections and headings as their rows wrote them, in order, above their tasks', () => {
    expect(model.rows.slice(3).map((cells) => [cells[0], cells[1]])).toEqual([
      ['A', 'NHIỆM VỤ CHUNG'],
      ['I', 'THỂ CHẾ'],
      ['1', 'Văn bản quy phạm'],
      ['1.1', 'Rà soát'],
      ['1.2', 'Ban hành'],
      ['B', 'NHIỆM VỤ CỤ THỂ'],
      ['I', 'PHÒNG KINH TẾ'],
      ['a)', 'Tài chính công'],
      [1, 'Công khai ngân sách'],
    ]);
  });

  it('reads back to the same parts, sections, headings and tasks', () => {
    const again = readPlan({ sheet: 'Theo dõi CCHC', rows: model.rows.map((cells) => cells.map(asValue)) }, { fallbackYear: 2026 });
    expect(again.found).toBe(true);
    if (!again.found) return;
    const shape = (read: Plan) => ({
      parts: read.parts.map(({ label, title }) => [label, title]),
      sections: read.sections.map(({ label, title }) => [label, title]),
      subsections: read.subsections.map(({ label, title, section }) => [label, title, section]),
      tasks: read.tasks.map((item) => [item.stt, item.task, item.section, item.subsections.map((heading) => heading.label).join('>')]),
    });
    expect(shape(again.plan)).toEqual(shape(plan));
    expect(shape(plan).sections).toEqual([
      ['A.I', 'THỂ CHẾ'],
      ['B.I', 'PHÒNG KINH TẾ'],
    ]);
  });
});
