import { describe, expect, it } from 'vitest';
import { readFixturePlan } from '../helpers/fixture-plans.js';

describe('the Đống Đa appendix (targets table first, leader column, bullets in HTML)', async () => {
  const plan = await readFixturePlan('dong-da-2026-2030');

  it('reads 28 tasks in 7 sections and not the targets table above', () => {
    expect(plan.tasks).toHaveLength(28);
    expect(plan.tasks.map((task) => task.stt)).toEqual(Array.from({ length: 28 }, (_, i) => String(i + 1)));
    expect(plan.sections.map((section) => section.label)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
    expect(plan.tasks.some((task) => task.task.startsWith('Hoàn thành việc ban hành và tổ chức triển khai'))).toBe(false);
  });

  it('takes the title and year of Phụ lục II', () => {
    expect(plan.plan).toEqual({ year: 2026, sheet: 'dong-da-2026-2030', title: 'NHIỆM VỤ CCHC TRỌNG TÂM GIAI ĐOẠN 2026-2030' });
  });

  it('finds no error and no warning', () => {
    expect(plan.issues).toEqual([]);
  });

  it('keeps the leader-in-charge column under its own header', () => {
    expect(plan.layout.extraColumns).toEqual([{ column: 3, header: 'Lãnh đạo UBND phường phụ trách' }]);
    expect(plan.tasks[0]!.extra).toEqual({ 'Lãnh đạo UBND phường phụ trách': 'Chủ tịch UBND phường' });
  });

  it('joins the continuation rows after repeated headers, mid-sentence with a space', () => {
    const task4 = plan.tasks[3]!;
    expect(task4.continuationRows).toEqual([26]);
    expect(task4.deliverable).toBe('- Bộ Tiêu chí đánh giá kết quả Chỉ số CCHC hằng năm - Kế hoạch triển khai\n- Báo cáo kết quả Chi số CCHC hàng năm');
    const task25 = plan.tasks[24]!;
    expect(task25.continuationRows).toEqual([63]);
    expect(task25.task).toContain('đồng thời gắn với tăng cường đôn đốc, kiểm tra công tác quản lý');
  });

  it('reads section rows with label and title in one cell', () => {
    expect(plan.sections[1]).toEqual({ label: 'II', title: 'CẢI CÁCH THỂ CHẾ', row: 33 });
    expect(plan.tasks[8]!.section).toBe('II');
  });

  it('splits "Phòng Văn hóa - Xã hội, Công an phường" into two units and groups the units', () => {
    expect(plan.tasks[10]!.coUnits).toEqual(['Phòng Văn hóa - Xã hội', 'Công an phường']);
    expect(plan.units.map((unit) => unit.name)).toEqual(['Phòng Văn hóa - Xã hội', 'Các phòng, ban, đơn vị liên quan', 'Văn phòng HĐND và UBND', 'Công an phường', 'Phòng Kinh tế, Hạ tầng và Đô thị']);
  });
});

describe('the An Tường appendix (bold HTML headers repeated, eight sections)', async () => {
  const plan = await readFixturePlan('an-tuong-2026');

  it('reads 45 tasks in 8 sections with no finding', () => {
    expect(plan.tasks).toHaveLength(45);
    expect(plan.sections.map((section) => section.label)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII']);
    expect(plan.sections[7]!.title).toBe('ĐO LƯỜNG MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN');
    expect(plan.issues).toEqual([]);
  });

  it('takes its title from under the markdown "PHỤ LỤC" line', () => {
    expect(plan.plan).toEqual({ year: 2026, sheet: 'an-tuong-2026', title: 'DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM CCHC NĂM 2026' });
  });

  it('joins the continuation row that follows a repeated header to task 37', () => {
    const task37 = plan.tasks[36]!;
    expect(task37.continuationRows).toEqual([64]);
    expect(task37.task).toBe('Thực hiện công tác hướng dẫn, kiểm tra việc sử dụng tài sản công của cơ quan, đơn vị thuộc phạm vi quản lý của phường.');
    expect(plan.tasks[37]!.stt).toBe('38');
  });

  it('reads two lead units in one cell', () => {
    expect(plan.tasks[1]!.lead).toEqual(['Phòng Văn hóa - Xã hội phường', 'Trung tâm Dịch vụ công phường']);
    expect(plan.tasks[7]!.lead).toEqual(['Phòng Văn hóa - Xã hội phường', 'Phòng Kinh tế, Hạ tầng và Đô thị phường']);
  });

  it('groups the three spellings of the co-operating units', () => {
    const others = plan.units.find((unit) => unit.key === 'cac co quan don vi lien quan')!;
    expect(others.spellings).toEqual(['Các cơ quan, đơn vị có liên quan', 'Các cơ quan, đơn vị liên quan', 'Các cơ quan đơn vị có liên quan']);
    expect(plan.units).toHaveLength(6);
  });
});

describe('the Trần Hưng Đạo appendix (deadline before product, sections as "I. Title")', async () => {
  const plan = await readFixturePlan('tran-hung-dao-2026');

  it('reads 47 tasks in 7 sections with no finding', () => {
    expect(plan.tasks).toHaveLength(47);
    expect(plan.sections.map(({ label, title }) => `${label}. ${title}`)).toEqual([
      'I. Chỉ đạo điều hành, kiểm tra và tuyên truyền',
      'II. Cải cách thể chế',
      'III. Cải cách thủ tục hành chính',
      'IV. Cải cách tổ chức bộ máy',
      'V. Cải cách chế độ công vụ',
      'VI. Cải cách tài chính công',
      'VII. Xây dựng Chính quyền điện tử, Chính quyền số',
    ]);
    expect(plan.issues).toEqual([]);
  });

  it('joins a title over two lines and reads its year', () => {
    expect(plan.plan.title).toBe('DANH MỤC NHIỆM VỤ CỤ THỂ TRIỂN KHAI, THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026');
    expect(plan.plan.year).toBe(2026);
  });

  it('maps its columns in their own order', () => {
    expect(plan.layout.columns).toEqual({ stt: 0, task: 1, lead: 2, coUnits: 3, deadline: 4, deliverable: 5 });
  });

  it('joins the continuation row of task 33 across the page break, proper noun included', () => {
    expect(plan.tasks[32]!.task).toMatch(/phường Trần Hưng Đạo theo Nghị quyết số 53\/2025\/NQ-HĐND\.$/);
  });

  it('groups "Trung tâm Phục vụ HCC" with its spelled-out forms and shows the most common', () => {
    const centre = plan.units.find((unit) => unit.key === 'trung tam phuc vu hanh chinh cong')!;
    expect(centre.name).toBe('Trung tâm Phục vụ Hành chính công');
    expect(centre.spellings).toEqual(['Trung tâm Phục vụ hành chính công', 'Trung tâm Phục vụ Hành chính công', 'Trung tâm Phục vụ HCC']);
    const culture = plan.units.find((unit) => unit.key === 'phong van hoa xa hoi')!;
    expect(culture.spellings).toEqual(['Phòng Văn hóa - xã hội', 'Phòng Văn hoá-Xã hội']);
  });
});
