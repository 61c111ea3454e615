import { foldKeepingLength } from './fold-keeping-length.js';

const BULLETS = /[•●▪◦·‣⁃■□○]/;
const MARKER = /^[-\u2010-\u2015\u2212+*•●▪◦·‣⁃■□○]+\s*/;
const DASH_RUN = /[-\u2010-\u2015\u2212]+/g;
const HAS_DASH = /[-\u2010-\u2015\u2212]/;
/** How much text on each side of a dash decides whether it cuts (a few words). */
const NEAR = 40;
/** A number or a roman numeral, as on both sides of "2026 - 2030", "Quý I - II/2026", "Tháng 8 - 9/2026". */
const NUMBER_LIKE = /^[\divxl]+(?:\/\d+)*$/;
const TIME_WORD = /^(?:thang|quy|qui|nam|ngay)\b/;
const CYCLE = /^\d+\s*thang\s*(?:\/|mot|1)\s*lan\b/;
/** Unit names written with a dash: "Phòng Văn hóa - Xã hội", "Phòng Tài chính - Kế hoạch". */
const NAME_BEFORE_DASH = /(?:van hoa|kinh te|lao dong|tai chinh|tai nguyen|y te|giao duc|khoa hoc|noi vu|tu phap)$/;
const NAME_AFTER_DASH = /^(?:xa hoi|thong tin|the thao|du lich|thuong binh|ke hoach|moi truong|dan so|dao tao|cong nghe|ho tich)\b/;

/**
 * Cuts a deadline cell into its parts: lines, bullets ("•", a leading "- " or "+ "), ";" and dashes
 * between phrases. A dash is not a cut where it joins two numbers ("Giai đoạn 2026 - 2030",
 * "Quý II - III/2026"), inside a unit's name ("Phòng Văn hóa - Xã hội"), or, in a cell without
 * bullets, between a time and the next ("Quý I/2026 - Quý II/2026" is a range).
 *
 * "- Theo chỉ đạo của UBND Thành phố - 06 tháng/lần" → ["Theo chỉ đạo của UBND Thành phố", "06 tháng/lần"].
 */
export function splitDeadlineParts(text: string): string[] {
  const parts: string[] = [];
  for (const line of text.split('\n')) {
    const bulleted = MARKER.test(line.trim());
    for (const piece of line.split(BULLETS)) {
      for (const clause of piece.split(';')) parts.push(...cutAtDashes(clause, bulleted));
    }
  }
  return parts.map((part) => part.trim().replace(MARKER, '').trim()).filter((part) => part !== '');
}

function cutAtDashes(clause: string, bulleted: boolean): string[] {
  if (!HAS_DASH.test(clause)) return [clause];
  const folded = foldKeepingLength(clause);
  const pieces: string[] = [];
  let from = 0;
  for (const dash of clause.matchAll(DASH_RUN)) {
    const at = dash.index;
    const after = at + dash[0].length;
    const spaced = at === 0 || /\s/.test(clause.charAt(at - 1)) || after === clause.length || /\s/.test(clause.charAt(after));
    if (!spaced) continue;
    const left = folded.slice(Math.max(from, at - NEAR), at).trim();
    if (left === '') {
      from = after;
      continue;
    }
    if (!cutsBetween(left, folded.slice(after, after + NEAR).trim(), bulleted)) continue;
    pieces.push(clause.slice(from, at));
    from = after;
  }
  pieces.push(clause.slice(from));
  return pieces;
}

function cutsBetween(left: string, right: string, bulleted: boolean): boolean {
  if (right === '') return false;
  if (NAME_BEFORE_DASH.test(left) && NAME_AFTER_DASH.test(right)) return false;
  const leftNumber = NUMBER_LIKE.test(lastWord(left));
  if (leftNumber && NUMBER_LIKE.test(firstWord(right)) && !CYCLE.test(right)) return false;
  if (bulleted) return true;
  return !(leftNumber && TIME_WORD.test(right));
}

function lastWord(text: string): string {
  return (text.split(/\s+/).pop() ?? '').replace(/^[^\w/]+|[^\w/]+$/g, '');
}

function firstWord(text: string): string {
  return (text.split(/\s+/)[0] ?? '').replace(/^[^\w/]+|[^\w/]+$/g, '');
}
