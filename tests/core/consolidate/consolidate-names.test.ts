import { describe, expect, it } from 'vitest';
import { communeName } from '../../../src/consolidate/commune-name.js';
import { rankCommunes } from '../../../src/consolidate/consolidate.js';
import type { CommuneFigures } from '../../../src/consolidate/province.js';
import { sectionKey } from '../../../src/consolidate/section-key.js';
import { readFixturePlan } from '../../helpers/fixture-plans.js';

describe('the commune a plan belongs to', () => {
  it('is found in the title, in capitals or not, with its kind', () => {
    expect(communeName('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA UBND PHƯỜNG AN TƯỜNG', [], 'a.xlsx')).toBe('Phường An Tường');
    expect(communeName('Kế hoạch cải cách hành chính năm 2026 của UBND xã Hòa Bình', [], 'a.xlsx')).toBe('Xã Hòa Bình');
    expect(communeName('KẾ HOẠCH CCHC GIAI ĐOẠN 2026-2030 CỦA ĐẶC KHU CÔN ĐẢO', [], 'a.xlsx')).toBe('Đặc khu Côn Đảo');
    expect(communeName('Kế hoạch CCHC phường 12 năm 2026', [], 'a.xlsx')).toBe('Phường 12');
    expect(communeName('KẾ HOẠCH CCHC NĂM 2026 CỦA UBND PHƯỜNG BẾN NGHÉ, THÀNH PHỐ HỒ CHÍ MINH', [], 'a.xlsx')).toBe('Phường Bến Nghé');
  });

  it('is not "các xã, phường" nor the Phòng Văn hóa - Xã hội', () => {
    expect(communeName('Kế hoạch CCHC của các xã, phường năm 2026', [], 'tong-hop.xlsx')).toBe('tong-hop');
    expect(communeName('PHÒNG VĂN HÓA - XÃ HỘI: KẾ HOẠCH CCHC NĂM 2026', [], 'ke-hoach-2026.csv')).toBe('ke-hoach-2026');
  });

  it('is read from the lines above the table when the title does not name it: each fixture', async () => {
    const names = { 'an-tuong-2026': 'Phường An Tường', 'dong-da-2026-2030': 'Phường Đống Đa', 'tran-hung-dao-2026': 'Phường Trần Hưng Đạo' } as const;
    for (const [fixture, name] of Object.entries(names)) {
      const plan = await readFixturePlan(fixture as keyof typeof names);
      expect(communeName(plan.plan.title, plan.heading ?? [], `${fixture}.txt`)).toBe(name);
    }
  });

  it('is the file name without its extension otherwise', () => {
    expect(communeName('DANH MỤC NHIỆM VỤ CCHC NĂM 2026', ['Phụ lục'], 'thu-muc/xa-tan-hoa.docx')).toBe('xa-tan-hoa');
  });
});

describe('the key sections are grouped by across communes', () => {
  it('is the plan area the title names, however numbered and worded', () => {
    expect(sectionKey('CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH')).toBe(sectionKey('Chỉ đạo điều hành, kiểm tra và tuyên truyền'));
    expect(sectionKey('I. Công tác chỉ đạo, điều hành CCHC')).toBe('chi dao dieu hanh');
    expect(sectionKey('II. CẢI CÁCH THỂ CHẾ')).toBe(sectionKey('Cải cách thể chế'));
    expect(sectionKey('Cải cách thủ tục hành chính')).toBe('cai cach thu tuc hanh chinh');
    expect(sectionKey('Xây dựng, phát triển Chính quyền điện tử, Chính quyền số')).toBe(sectionKey('Chuyển đổi số, xây dựng chính phủ số'));
    expect(sectionKey('Cải cách thể chế')).not.toBe(sectionKey('Cải cách thủ tục hành chính'));
  });

  it('is the folded words of a title that names no area', () => {
    expect(sectionKey('III. Giai đoạn 2028 - 2030')).toBe('giai doan 2028 2030');
  });
});

describe('the ranking of communes', () => {
  const commune = (name: string, completionRate: number | null, overdue: number, worst: number): CommuneFigures => ({
    name,
    file: `${name}.xlsx`,
    counts: { total: 10, byStatus: { OVERDUE: overdue } as CommuneFigures['counts']['byStatus'], percent: {} as CommuneFigures['counts']['percent'], dueByCutOff: 4, doneOfDue: 2, completionRate },
    worstDaysOverdue: worst,
    sections: [],
    overdue: [],
  });

  it('puts the lowest rate first, then the most overdue, the worst overdue, and those with nothing due last', () => {
    const ranked = rankCommunes([
      commune('Xã A', 50, 1, 10),
      commune('Xã B', null, 0, 0),
      commune('Xã C', 20, 1, 5),
      commune('Xã D', 50, 3, 2),
      commune('Xã Đ', 50, 3, 9),
      commune('Xã E', null, 0, 0),
    ]);
    expect(ranked.map((item) => item.name)).toEqual(['Xã C', 'Xã Đ', 'Xã D', 'Xã A', 'Xã B', 'Xã E']);
  });
});
