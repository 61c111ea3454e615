import type { DeadlineReading } from './deadline-reading.js';
import { mendOcrDirective } from './mend-ocr-directive.js';
import { readRecurrence } from './read-recurrence.js';

/** "Theo chỉ đạo …", "Theo hướng dẫn …", "Theo yêu cầu …", "Theo thời gian … của …", "Căn cứ …". */
const BY_AUTHORITY =
  /^(?:thuc hien )?(?:theo|tuy theo|tuy thuoc(?: vao)?|phu thuoc(?: vao)?|can cu(?: vao)?) (?:su )?(?:chi dao|huong dan|yeu cau|ke hoach|van ban|van-ban|quy dinh|thong bao|lich|thoi gian|tien do|de nghi|nghi dinh|nghi quyet|quyet dinh|thong tu|cong van|chi thi|chuong trinh|lo trinh|ket luan|phan cong|tinh hinh|thuc te|nhu cau|dieu kien)\b/;
/** "Khi thành phố triển khai …", "Sau khi có hướng dẫn …", "Đột xuất". */
const ON_OCCASION = /^(?:khi|sau khi|ngay sau khi|neu|trong truong hop|phat sinh|(?:dinh ky ?,? (?:va |hoac )?)?dot xuat)\b/;
/** "Theo … của UBND Thành phố": timed by another body, unless it is the CCHC reporting cycle. */
const OF_ANOTHER_BODY = /^theo\b.*\bcua\b/;

/**
 * Reads a deadline set by someone else, which has no date until the user enters one:
 * "Theo chỉ đạo của UBND Thành phố", "Theo hướng dẫn của Sở Nội vụ", "Khi thành phố triển khai KH tổ chức".
 *
 * When the phrase also names a cycle, it is kept as information and the deadline stays a directive:
 * "Theo thời gian đánh giá hàng năm của Bộ Y tế" → directive, recurrence every year (the Ministry
 * sets the date each year; assuming 31/12 would be a guess).
 * A head damaged by OCR is read as meant: "Tlieo chi dao cua UBND", "Theo hu'ong dan" are directives.
 */
export function parseDirectivePhrase(phrase: string): DeadlineReading | null {
  const normalized = mendOcrDirective(phrase) ?? phrase;
  const directive = BY_AUTHORITY.test(normalized) || ON_OCCASION.test(normalized) || (OF_ANOTHER_BODY.test(normalized) && !/\bky bao cao\b/.test(normalized));
  if (!directive) return null;
  const recurrence = readRecurrence(normalized);
  return typeof recurrence === 'object' && recurrence !== null ? { kind: 'directive', start: null, due: null, recurrence } : { kind: 'directive', start: null, due: null };
}
