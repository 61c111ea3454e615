import { commonUnitOf } from './match-common-unit.js';
import { unitKey } from './unit-key.js';

/**
 * Words that open a unit's name. A comma followed by one of them (capitalised, as a name is) starts a
 * new unit: "Phòng Văn hóa - Xã hội, Công an phường" is two units, while "Phòng Kinh tế, Hạ tầng và Đô thị"
 * and "Các phòng, ban, đơn vị có liên quan" stay one.
 */
const HEAD_WORDS = [
  'Phòng',
  'Văn phòng',
  'Trung tâm',
  'Công an',
  'Trạm',
  'Trường',
  'Bộ',
  'Sở',
  'Ban',
  'UBND',
  'Ủy ban',
  'Uỷ ban',
  'Các',
  'Đảng ủy',
  'Đảng uỷ',
  'Mặt trận',
  'MTTQ',
  'Hội',
  'Đoàn',
  'Chi cục',
  'Đội',
  'Ban Chỉ huy',
  'Quân sự',
  'HĐND',
  'Hội đồng',
  'Bảo hiểm',
  'Kho bạc',
  'Chi nhánh',
  'Cơ quan',
  'Đơn vị',
  'Tổ',
  'Thanh tra',
  'Lãnh đạo',
  'Chủ tịch',
  'Phó Chủ tịch',
  'Công chức',
  'Phong',
  'Van phong',
  'Trung tam',
  'Cong an',
  'Tram',
  'Truong',
  'Bo',
  'So',
  'Uy ban',
  'Cac',
  'Dang uy',
  'Mat tran',
  'Hoi',
  'Doan',
  'Chi cuc',
  'Doi',
  'Hoi dong',
  'Co quan',
  'Don vi',
  'To',
];

const HEAD_WORD = `(?:${HEAD_WORDS.map((word) => word.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`;
const NEW_UNIT = new RegExp(`,\\s*(?=${HEAD_WORD})|\\s+[-–•+]\\s+(?=${HEAD_WORD})`, 'u');

/**
 * The units named in one cell: split at ";" and line breaks (but for a name broken over two lines),
 * and at a comma or bullet before a unit's head word.
 */
export function splitUnits(text: string): string[] {
  let units = seen.get(text);
  if (units === undefined) {
    if (seen.size >= 10_000) seen.clear();
    units = splitUncached(text);
    seen.set(text, units);
  }
  return [...units];
}

/** A plan names the same few units in cell after cell. */
const seen = new Map<string, readonly string[]>();

/** A line that cannot end a unit's name: it ends with a dash, "&", a comma or "và" ("Phòng Văn hóa -⏎Xã hội"). */
const OPEN_END = /(?:[-–—&,]|\bvà|\bva)\s*$/iu;
/** A line that goes on the one above: it starts in lower case, and not as a list of units does ("các đơn vị …"). */
const GOES_ON = /^\s*(?!(?:các|cac|cơ quan|co quan|đơn vị|don vi)(?![\p{L}]))\p{Ll}/u;

/**
 * The lines of a part, with a unit's name that a narrow cell or a scan broke over two lines joined back:
 * "Văn phòng HĐND⏎và UBND", "Phòng Văn hóa -⏎Xã hội" and "Trung tâm Phục vụ⏎Hành chính công" are one unit
 * each; "Phòng VHXH⏎Công an phường" and "Phòng VHXH⏎các đơn vị liên quan" are two.
 */
function joinBrokenLines(part: string): string[] {
  const lines: string[] = [];
  for (const line of part.split('\n')) {
    const previous = lines[lines.length - 1];
    if (previous !== undefined && line.trim() !== '' && (OPEN_END.test(previous) || GOES_ON.test(line) || completesCommonUnit(previous, line))) {
      lines[lines.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
    } else {
      lines.push(line);
    }
  }
  return lines;
}

/** Whether a line is the end of a common unit's name that the line above begins: "Phong Van hoa - Xa⏎Hoi", "Trung tâm Phục vụ⏎Hành chính công". */
function completesCommonUnit(previous: string, line: string): boolean {
  const begun = previous.split(NEW_UNIT).pop() ?? previous;
  return commonUnitOf(unitKey(line)) === null && commonUnitOf(unitKey(`${begun} ${line}`)) !== null;
}

function splitUncached(text: string): string[] {
  return text
    .split(/;+/)
    .flatMap(joinBrokenLines)
    .flatMap((part) => part.split(NEW_UNIT))
    .map((part) => part.replace(/^[\s\-–•+*.]+|[\s.,;]+$/g, '').trim())
    .filter((part) => part !== '');
}
