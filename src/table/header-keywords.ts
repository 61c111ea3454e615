import type { ColumnKey } from '../plan/plan.js';

/** What a header cell may say, for every column we recognise ("tienDo" is decided by the column's contents). */
export type HeaderKey = ColumnKey | 'tienDo';

/**
 * Header phrases per column, folded (no diacritics, lower case). A header matches a phrase when it
 * contains it, allowing a few OCR edits; `stt` phrases must be the whole cell.
 * Listed most specific first: "Ngày hoàn thành" is the completion date, "Thời gian hoàn thành" the deadline.
 */
export const HEADER_PHRASES: readonly (readonly [HeaderKey, readonly string[]])[] = [
  ['completedOn', ['ngay hoan thanh', 'ngay thuc te hoan thanh']],
  ['dueOverride', ['han cu the', 'thoi han cu the']],
  ['eventDate', ['ngay bat dau tinh han', 'ngay can cu']],
  ['progress', ['tinh trang', 'tinh hinh thuc hien', 'ket qua thuc hien', 'muc do hoan thanh']],
  ['lead', ['chu tri', 'don vi thuc hien', 'co quan thuc hien', 'don vi chiu trach nhiem', 'co quan chiu trach nhiem', 'don vi phu trach', 'co quan phu trach']],
  ['coUnits', ['phoi hop']],
  ['deliverable', ['san pham', 'ket qua dau ra', 'ket qua du kien']],
  ['task', ['nhiem vu', 'noi dung', 'cong viec', 'ten de an']],
  ['deadline', ['thoi gian', 'thoi han', 'han hoan thanh', 'moc thoi gian']],
  ['tienDo', ['tien do']],
];

/**
 * Words naming a person, not a unit: a column "Lãnh đạo phụ trách", "Người đứng đầu chịu trách nhiệm",
 * "Thủ trưởng đơn vị" says who answers for the task and is kept as another column, never the lead
 * unit (nor, by a loose match of "người đứng" with "nội dung", the task). Whole folded words; a header
 * that also names a unit ("Cơ quan, đơn vị, cá nhân chủ trì") is the lead column still.
 */
export const PERSON_HEADER = /(?:^| )(?:lanh dao|nguoi|thu truong|chu tich|can bo|ca nhan)(?: |$)/;
export const UNIT_HEADER = /(?:^| )(?:co quan|don vi)(?: |$)/;

/** Whole-cell spellings of the row-number header. */
export const STT_HEADERS: readonly string[] = ['stt', 'tt', 'so tt', 's tt', 'so thu tu', 'thu tu', 'st t', 's t t'];

/** The columns a task table must have, named as the clerk knows them, for the "no table found" message. */
export const REQUIRED_HEADERS_TEXT = 'STT, Nhiệm vụ (Nội dung), Cơ quan chủ trì, Thời gian hoàn thành';
