/**
 * The units a ward or commune (phường, xã, after the 2025 reorganisation into two tiers) commonly
 * names as lead or co-operating units, each with the spellings to show it by. Spellings of one entry
 * share a key once folded (unitKey drops a trailing "phường"/"xã"): "Công an phường" and "Công an xã"
 * are one unit, the commune's own police — a plan belongs to one ward or one commune, never both.
 *
 * Entries are different real units and are never merged with one another, however close their names:
 * "Phòng Kinh tế" (a commune's) and "Phòng Kinh tế, Hạ tầng và Đô thị" (a ward's) stay apart.
 * A spelling damaged by a scanner groups with the entry it is closest to (see groupUnits).
 */
export const COMMON_UNITS: readonly (readonly string[])[] = [
  ['Văn phòng HĐND và UBND', 'Văn phòng HĐND và UBND phường', 'Văn phòng HĐND và UBND xã'],
  ['Văn phòng Đảng ủy', 'Văn phòng Đảng ủy phường', 'Văn phòng Đảng ủy xã'],
  ['Phòng Kinh tế', 'Phòng Kinh tế xã'],
  ['Phòng Kinh tế, Hạ tầng và Đô thị', 'Phòng Kinh tế, Hạ tầng và Đô thị phường'],
  ['Phòng Văn hóa - Xã hội', 'Phòng Văn hóa - Xã hội phường', 'Phòng Văn hóa - Xã hội xã'],
  ['Trung tâm Phục vụ hành chính công', 'Trung tâm Phục vụ hành chính công phường', 'Trung tâm Phục vụ hành chính công xã'],
  ['Trung tâm Dịch vụ công', 'Trung tâm Dịch vụ công phường', 'Trung tâm Dịch vụ công xã'],
  ['Trung tâm Dịch vụ tổng hợp', 'Trung tâm Dịch vụ tổng hợp phường', 'Trung tâm Dịch vụ tổng hợp xã'],
  ['Trung tâm Dịch vụ sự nghiệp công', 'Trung tâm Dịch vụ sự nghiệp công phường', 'Trung tâm Dịch vụ sự nghiệp công xã'],
  ['Công an phường', 'Công an xã'],
  ['Ban Chỉ huy Quân sự phường', 'Ban Chỉ huy Quân sự xã'],
  ['Trạm Y tế phường', 'Trạm Y tế xã'],
  ['Ủy ban Mặt trận Tổ quốc Việt Nam phường', 'Ủy ban Mặt trận Tổ quốc Việt Nam xã'],
  ['Ủy ban MTTQ phường', 'Ủy ban MTTQ xã'],
  ['Mặt trận Tổ quốc phường', 'Mặt trận Tổ quốc xã'],
  ['Đảng ủy phường', 'Đảng ủy xã'],
  ['Hội đồng nhân dân phường', 'Hội đồng nhân dân xã'],
  ['Ủy ban nhân dân phường', 'Ủy ban nhân dân xã'],
  ['Chủ tịch UBND phường', 'Chủ tịch UBND xã'],
  ['Lãnh đạo UBND phường', 'Lãnh đạo UBND xã'],
  ['Đoàn Thanh niên phường', 'Đoàn Thanh niên xã'],
  ['Hội Liên hiệp Phụ nữ phường', 'Hội Liên hiệp Phụ nữ xã'],
  ['Hội Cựu chiến binh phường', 'Hội Cựu chiến binh xã'],
  ['Hội Nông dân phường', 'Hội Nông dân xã'],
  ['Ban Quản lý dự án', 'Ban Quản lý dự án phường', 'Ban Quản lý dự án xã'],
  ['Tổ công nghệ số cộng đồng'],
  ['Các phòng, ban, đơn vị có liên quan'],
  ['Các phòng, ban, đơn vị'],
  ['Các phòng chuyên môn thuộc UBND phường', 'Các phòng chuyên môn thuộc UBND xã'],
  ['Các cơ quan, đơn vị có liên quan'],
  ['Bảo hiểm xã hội'],
  ['Chi cục Thuế'],
  ['Kho bạc Nhà nước'],
];
