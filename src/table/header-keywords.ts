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
  ['lead', ['chu tri', 'don vi thuc hien', 'co quan thuc hien']],
  ['coUnits', ['phoi hop']],
  ['deliverable', ['san pham', 'ket qua dau ra', 'ket qua du kien']],
  ['task', ['nhiem vu', 'noi dung', 'cong viec', 'ten de an']],
  ['deadline', ['thoi gian', 'thoi han', 'han hoan thanh', 'moc thoi gian']],
  ['tienDo', ['tien do']],
];

/** Whole-cell spellings of the row-number header. */
export const STT_HEADERS: readonly string[] = ['stt', 'tt', 'so tt', 's tt', 'so thu tu', 'thu tu', 'st t', 's t t'];

/** The columns a task table must have, named as the clerk knows them, for the "no table found" message. */
export const REQUIRED_HEADERS_TEXT = 'STT, Nhiệm vụ (Nội dung), Cơ quan chủ trì, Thời gian hoàn thành';
