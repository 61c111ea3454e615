import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/grid/cell-value.js';
import { readPlan } from '../../../src/plan/read-plan.js';

const grid = (rows: CellValue[][], merges = [] as { top: number; left: number; bottom: number; right: number }[]) => ({
  sheet: 'Phụ lục',
  rows,
  merges,
});

function planOf(rows: CellValue[][], merges?: { top: number; left: number; bottom: number; right: number }[], year?: number) {
  const result = readPlan(grid(rows, merges), { fallbackYear: 2026, year });
  if (!result.found) throw new Error(result.issue.message);
  return result.plan;
}

describe('reading header variants', () => {
  it('maps headers typed without diacritics, in another order', () => {
    const plan = planOf([
      ['Thoi gian', 'Co quan chu tri', 'Noi dung nhiem vu', 'So TT', 'Co quan phoi hop', 'San pham'],
      ['Quy I/2026', 'Phong Van hoa - Xa hoi', 'Ban hanh ke hoach', '1', 'Cac phong, ban', 'Ke hoach'],
    ]);
    expect(plan.layout.columns).toEqual({ deadline: 0, lead: 1, task: 2, stt: 3, coUnits: 4, deliverable: 5 });
    expect(plan.tasks[0]).toMatchObject({ stt: '1', task: 'Ban hanh ke hoach', deadlineText: 'Quy I/2026' });
  });

  it('maps headers damaged by OCR', () => {
    const plan = planOf([
      ['STT', 'Nhiern vụ', 'Co quan chủ tn', 'Cơ quan phôi họp', 'San pharn', 'Thòi gian'],
      ['1', 'Ban hành kế hoạch', 'Phong Van hoa — Xa hoi', 'Cac phong', 'Kế hoạch', 'Quy 1V/2025'],
    ]);
    expect(plan.layout.columns).toEqual({ stt: 0, task: 1, lead: 2, coUnits: 3, deliverable: 4, deadline: 5 });
  });

  it('joins a header split over two rows, with a merged cell over two columns, and skips the row of column numbers', () => {
    const plan = planOf(
      [
        ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025'],
        ['STT', 'Nội dung', 'Cơ quan', null, 'Thời gian'],
        [null, 'nhiệm vụ', 'chủ trì', 'phối hợp', 'hoàn thành'],
        ['1', '2', '3', '4', '5'],
        ['1', 'Rà soát văn bản', 'Văn phòng HĐND và UBND', 'Các phòng', 'Quý II/2025'],
      ],
      [{ top: 1, left: 2, bottom: 1, right: 3 }],
    );
    expect(plan.layout.headerRows).toEqual([1, 2]);
    expect(plan.layout.firstDataRow).toBe(4);
    expect(plan.layout.columns).toMatchObject({ stt: 0, task: 1, lead: 2, coUnits: 3, deadline: 4 });
    expect(plan.tasks).toHaveLength(1);
    expect(plan.plan.year).toBe(2025);
  });

  it('keeps columns it does not know, under their own header', () => {
    const plan = planOf([
      ['TT', 'Nhiệm vụ', 'Lãnh đạo phụ trách', 'Đơn vị chủ trì', 'Thời hạn', 'Kinh phí', 'Ghi chú'],
      ['1', 'Ban hành kế hoạch', 'Chủ tịch UBND', 'Phòng VHXH', 'Quý I/2026', '10 triệu', '=SUM(A1)'],
    ]);
    expect(plan.tasks[0]!.extra).toEqual({ 'Lãnh đạo phụ trách': 'Chủ tịch UBND', 'Kinh phí': '10 triệu', 'Ghi chú': '=SUM(A1)' });
  });

  it('reads "Tiến độ" as the deadline when it holds deadlines', () => {
    const plan = planOf([
      ['STT', 'Nhiệm vụ', 'Chủ trì', 'Tiến độ'],
      ['1', 'Ban hành kế hoạch', 'Phòng VHXH', 'Quý I/2026'],
      ['2', 'Tuyên truyền', 'Phòng VHXH', 'Thường xuyên'],
    ]);
    expect(plan.layout.columns).toMatchObject({ deadline: 3 });
  });

  it('reads "Tiến độ" as progress when it holds progress and a deadline column exists', () => {
    const plan = planOf([
      ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian', 'Tiến độ'],
      ['1', 'Ban hành kế hoạch', 'Phòng VHXH', 'Quý I/2026', 'Hoàn thành'],
    ]);
    expect(plan.layout.columns).toMatchObject({ deadline: 3, progress: 4 });
    expect(plan.tasks[0]!.progress).toEqual({ progress: 'Hoàn thành' });
  });
});

describe('reading the rows of the table', () => {
  const header = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm', 'Thời gian'];

  it('finds the task table below a targets table and does not take targets for tasks', () => {
    const plan = planOf([
      ['Phụ lục I'],
      ['DANH MỤC CHỈ TIÊU CCHC GIAI ĐOẠN 2026-2030'],
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả'],
      ['1', 'Tỷ lệ văn bản được ban hành', '%', '100'],
      [],
      ['Phụ lục II'],
      ['NHIỆM VỤ CCHC TRỌNG TÂM GIAI ĐOẠN 2026-2030'],
      header,
      ['1', 'Ban hành kế hoạch', 'Phòng VHXH', 'Các phòng', 'Kế hoạch', '2026-2030'],
    ]);
    expect(plan.tasks.map((task) => task.task)).toEqual(['Ban hành kế hoạch']);
    expect(plan.plan.title).toBe('NHIỆM VỤ CCHC TRỌNG TÂM GIAI ĐOẠN 2026-2030');
  });

  it('joins a continuation row that comes right after a repeated header to the task before the page break', () => {
    const plan = planOf([
      header,
      ['I', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH'],
      ['1', 'Tổ chức triển khai các quy định về quản lý, sử dụng tài sản công; đồng thời gắn với tăng', 'Phòng Kinh tế', 'Các phòng', 'Báo cáo', 'Năm 2026'],
      [],
      header,
      [null, 'cường đôn đốc, kiểm tra công tác quản lý tài sản công'],
      ['2', 'Ban hành kế hoạch', 'Phòng VHXH', 'Các phòng', 'Kế hoạch', 'Quý I/2026'],
    ]);
    expect(plan.tasks).toHaveLength(2);
    expect(plan.tasks[0]!.task).toBe('Tổ chức triển khai các quy định về quản lý, sử dụng tài sản công; đồng thời gắn với tăng cường đôn đốc, kiểm tra công tác quản lý tài sản công');
    expect(plan.tasks[0]!.continuationRows).toEqual([6]);
    expect(plan.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('reads section rows with label and title in one cell or in two', () => {
    const plan = planOf([
      header,
      ['I', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH'],
      ['1', 'Ban hành kế hoạch', 'Phòng VHXH', 'Các phòng', 'Kế hoạch', 'Quý I/2026'],
      ['II CẢI CÁCH THỂ CHẾ'],
      ['2', 'Rà soát văn bản', 'Văn phòng', 'Các phòng', 'Báo cáo', 'Năm 2026'],
      ['III. Cải cách thủ tục hành chính', null, null, null, null, null],
      ['3', 'Công bố TTHC', 'Trung tâm Phục vụ HCC', 'Các phòng', 'Quyết định', 'Năm 2026'],
      ['1V', 'CẢI CÁCH TỔ CHỨC BỘ MÁY'],
      ['4', 'Sắp xếp bộ máy', 'Phòng VHXH', 'Các phòng', 'Đề án', 'Năm 2026'],
    ]);
    expect(plan.sections.map(({ label, title }) => [label, title])).toEqual([
      ['I', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH'],
      ['II', 'CẢI CÁCH THỂ CHẾ'],
      ['III', 'Cải cách thủ tục hành chính'],
      ['IV', 'CẢI CÁCH TỔ CHỨC BỘ MÁY'],
    ]);
    expect(plan.tasks.map((task) => task.section)).toEqual(['I', 'II', 'III', 'IV']);
  });

  it('splits a cell that names two lead units and groups spellings of one unit', () => {
    const plan = planOf([
      header,
      ['1', 'Ban hành kế hoạch', 'Phòng Văn hóa - Xã hội, Công an phường', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Kế hoạch', 'Quý I/2026'],
      ['2', 'Tuyên truyền', 'Phòng Văn hoá-Xã hội', 'Các phòng, ban, đơn vị có liên quan', 'Tin bài', 'Năm 2026'],
      ['3', 'Kiểm tra', 'Phong Van hoa — Xa hoi', 'Các phòng, ban, đơn vị liên quan', 'Báo cáo', 'Năm 2026'],
      ['4', 'Khảo sát', 'Phòng VHXH', 'Trung tâm Phục vụ HCC;\nCông an phường', 'Báo cáo', 'Năm 2026'],
      ['5', 'Công khai', 'Phòng Văn hóa - Xã hội', 'Trung tâm Phục vụ hành chính công', 'Báo cáo', 'Năm 2026'],
    ]);
    expect(plan.tasks[0]!.lead).toEqual(['Phòng Văn hóa - Xã hội', 'Công an phường']);
    expect(plan.tasks[0]!.coUnits).toEqual(['Phòng Kinh tế, Hạ tầng và Đô thị']);
    expect(plan.tasks[3]!.coUnits).toEqual(['Trung tâm Phục vụ HCC', 'Công an phường']);
    const culture = plan.units.find((unit) => unit.key === 'phong van hoa xa hoi')!;
    expect(culture.name).toBe('Phòng Văn hóa - Xã hội');
    expect(culture.spellings).toHaveLength(4);
    expect(plan.units.map((unit) => unit.name)).toEqual([
      'Phòng Văn hóa - Xã hội',
      'Công an phường',
      'Phòng Kinh tế, Hạ tầng và Đô thị',
      'Các phòng, ban, đơn vị có liên quan',
      'Trung tâm Phục vụ HCC',
    ]);
  });
});

describe('validating tasks', () => {
  const header = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Sản phẩm', 'Thời gian'];
  const planOf2026 = (rows: CellValue[][]) => planOf(rows, undefined, 2026);

  it('names the cell of every missing field and still reads the other tasks', () => {
    const plan = planOf2026([
      header,
      ['1', 'Ban hành kế hoạch', 'Phòng VHXH', 'Kế hoạch', 'Quý I/2026'],
      ['2', 'Rà soát', null, null, 'Năm 2026'],
      ['3', null, 'Phòng VHXH', 'Báo cáo', null],
      [null, 'Khảo sát', 'Phòng VHXH', 'Báo cáo', 'Năm 2026'],
      ['5', 'Kiểm tra', { error: '#N/A' }, 'Báo cáo', 'Năm 2026'],
    ]);
    expect(plan.tasks).toHaveLength(5);
    expect(plan.issues.map(({ code, cell, severity }) => `${severity} ${code} ${cell}`)).toEqual([
      'error LEAD_MISSING C3',
      'warning DELIVERABLE_MISSING D3',
      'error TASK_MISSING B4',
      'error DEADLINE_MISSING E4',
      'error STT_MISSING A5',
      'error LEAD_MISSING C6',
      'warning CELL_ERROR C6',
    ]);
    expect(plan.issues[0]!.message).toBe('Ô C3: thiếu cơ quan, đơn vị chủ trì.');
  });

  it('passes over numbered rows left blank, as the template has them', () => {
    const plan = planOf2026([header, ['1', 'A', 'Phòng VHXH', 'Kế hoạch', 'Quý I/2026'], ['2', null, null, null, null], ['3', '', '', '', '']]);
    expect(plan.tasks.map((task) => task.stt)).toEqual(['1']);
    expect(plan.issues).toEqual([]);
  });

  it('warns of a duplicate and of a skipped row number', () => {
    const plan = planOf2026([
      header,
      ['1', 'A', 'Phòng VHXH', 'Kế hoạch', 'Quý I/2026'],
      ['2', 'B', 'Phòng VHXH', 'Kế hoạch', 'Quý I/2026'],
      ['2', 'C', 'Phòng VHXH', 'Kế hoạch', 'Quý I/2026'],
      ['5', 'D', 'Phòng VHXH', 'Kế hoạch', 'Quý I/2026'],
    ]);
    expect(plan.issues.map((issue) => issue.message)).toEqual(['Ô A4: số thứ tự “2” trùng với nhiệm vụ ở dòng 3.', 'Ô A5: số thứ tự nhảy từ 2 lên 5; có thể thiếu nhiệm vụ.']);
  });

  it('accepts numbering that starts again in each section', () => {
    const plan = planOf2026([
      header,
      ['I', 'CHỈ ĐẠO ĐIỀU HÀNH'],
      ['1', 'A', 'Phòng VHXH', 'Kế hoạch', 'Quý I/2026'],
      ['2', 'B', 'Phòng VHXH', 'Kế hoạch', 'Quý I/2026'],
      ['II', 'THỂ CHẾ'],
      ['1', 'C', 'Phòng VHXH', 'Kế hoạch', 'Quý I/2026'],
    ]);
    expect(plan.issues).toEqual([]);
  });

  it('says which headers it looked for when there is no task table', () => {
    const result = readPlan(
      grid([
        ['Họ tên', 'Ngày sinh'],
        ['Nguyễn Văn A', '01/01/1990'],
      ]),
      { fallbackYear: 2026 },
    );
    expect(result.found).toBe(false);
    if (!result.found) expect(result.issue.message).toContain('STT, Nhiệm vụ (Nội dung), Cơ quan chủ trì, Thời gian hoàn thành');
  });

  it('guesses the year with a warning when the title gives none, and takes the year the user sets', () => {
    const rows = [header, ['1', 'A', 'Phòng VHXH', 'Kế hoạch', 'Quý I/2026']];
    const guessed = planOf(rows);
    expect(guessed.plan.year).toBe(2026);
    expect(guessed.issues.map((issue) => issue.code)).toEqual(['PLAN_YEAR_GUESSED']);
    const set = readPlan(grid(rows), { fallbackYear: 2026, year: 2027 });
    expect(set.found && set.plan.plan.year).toBe(2027);
  });
});

describe('reading a sheet the product wrote', () => {
  it('leaves out the computed due date, status and helper columns, and reads the tracking columns', () => {
    const plan = planOf(
      [
        [
          'STT',
          'Nhiệm vụ',
          'Sản phẩm',
          'Cơ quan chủ trì',
          'Cơ quan phối hợp',
          'Thời gian hoàn thành',
          'Tình trạng',
          'Ngày hoàn thành',
          'Hạn cụ thể',
          'Ngày bắt đầu tính hạn',
          'Hạn (tự tính)',
          'Trạng thái (tự tính)',
          'Ghi chú',
          'CCHC·loại hạn',
        ],
        [
          '1',
          'Ban hành kế hoạch',
          'Kế hoạch',
          'Phòng VHXH',
          'Các phòng',
          'Quý I/2026',
          'Hoàn thành',
          { date: '2026-03-02' },
          null,
          null,
          { date: '2026-03-31' },
          'Hoàn thành đúng hạn',
          'đã trình',
          'period',
        ],
      ],
      undefined,
      2026,
    );
    expect(plan.layout.columns).toEqual({ stt: 0, task: 1, deliverable: 2, lead: 3, coUnits: 4, deadline: 5, progress: 6, completedOn: 7, dueOverride: 8, eventDate: 9 });
    expect(plan.layout.extraColumns).toEqual([{ column: 12, header: 'Ghi chú' }]);
    expect(plan.tasks[0]!.progress).toEqual({ progress: 'Hoàn thành', completedOn: { date: '2026-03-02' }, dueOverride: null, eventDate: null });
  });
});
