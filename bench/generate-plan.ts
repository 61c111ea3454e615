/**
 * A consolidated plan as a district would assemble it: one appendix of `communes × tasksPerCommune`
 * tasks, with sections, a header repeated at every page break, continuation rows, units spelled
 * several ways and the deadline phrases real plans use. Deterministic, so runs compare.
 */
const HEADER = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện/ hoàn thành', 'Sản phẩm', 'Phường/xã'];
const SECTIONS = [
  'I. Chỉ đạo điều hành, kiểm tra và tuyên truyền',
  'II. Cải cách thể chế',
  'III. Cải cách thủ tục hành chính',
  'IV. Cải cách tổ chức bộ máy',
  'V. Cải cách chế độ công vụ',
  'VI. Cải cách tài chính công',
  'VII. Xây dựng Chính quyền điện tử, Chính quyền số',
];
const TASKS = [
  'Ban hành Kế hoạch cải cách hành chính năm 2026',
  'Xây dựng báo cáo cải cách hành chính hàng quý và năm về thực hiện công tác CCHC trên địa bàn',
  'Rà soát, hệ thống hóa văn bản quy phạm pháp luật tại địa bàn phường',
  'Cập nhật công khai thủ tục hành chính trên Cổng thông tin điện tử (đạt tỷ lệ 100%)',
  'Thực hiện số hóa 100% hồ sơ, kết quả giải quyết TTHC',
];
const LEADS = ['Phòng Văn hóa - Xã hội', 'Phòng Văn hoá-Xã hội phường', 'Văn phòng HĐND và UBND', 'Trung tâm Phục vụ HCC', 'Phòng Kinh tế, Hạ tầng và Đô thị'];
const CO_UNITS = ['Các phòng, ban, đơn vị có liên quan', 'Phòng Văn hóa - Xã hội, Công an phường', 'Các phòng, ban, ngành, đơn vị'];
const DEADLINES = [
  'Trước ngày 15/01/2026',
  'Quý I/2026',
  'Cả năm 2026',
  'Thường xuyên',
  'Tháng 10/2026',
  'Hàng quý',
  'Trước ngày 10 của tháng cuối quý',
  '6 tháng đầu năm 2026',
  '2026-2030',
  'Theo chỉ đạo của UBND Thành phố',
  'Tháng 8-9/2026',
  '<ul> - Theo chỉ đạo của UBND Thành phố - 06 tháng/lần',
  'Quý II năm 2026',
  'Năm 2026',
];

export function generateConsolidatedPlan(communes: number, tasksPerCommune: number): string[][] {
  const rows: string[][] = [['DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 (TỔNG HỢP)'], [], HEADER];
  let stt = 0;
  for (let commune = 1; commune <= communes; commune++) {
    const place = `Phường ${commune}`;
    for (let index = 0; index < tasksPerCommune; index++) {
      if (index % Math.ceil(tasksPerCommune / SECTIONS.length) === 0) {
        rows.push([SECTIONS[Math.floor(index / Math.ceil(tasksPerCommune / SECTIONS.length))]!]);
      }
      stt++;
      rows.push([String(stt), `${TASKS[stt % TASKS.length]} (${place})`, LEADS[stt % LEADS.length]!, CO_UNITS[stt % CO_UNITS.length]!, DEADLINES[stt % DEADLINES.length]!, 'Kế hoạch; Báo cáo', place]);
      if (stt % 37 === 0) rows.push(['', 'cường đôn đốc, kiểm tra công tác quản lý, sử dụng tài sản công', '', '', '', '', '']);
      if (stt % 20 === 0) rows.push([], HEADER);
    }
  }
  return rows;
}
