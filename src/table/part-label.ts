import { fold } from '../text/fold.js';
import { readSectionLabel } from './section-label.js';

/** A part of the plan as its row writes it: "A. NHIỆM VỤ CHUNG", "PHẦN I", "Phần thứ hai: …". */
export interface PartLabel {
  /** The part's key: "A", "I", "2". */
  readonly label: string;
  /** The label as written, without the title: "A", "PHẦN I". */
  readonly written: string;
  readonly title: string;
  /** Written "PHẦN I": a part only when the table also has plain Roman sections, else a section. */
  readonly roman: boolean;
}

const SEPARATOR = '[\\s.):\\-–—]';
/** One capital letter alone or before a title. I, V and X are Roman numerals: sections, not parts. */
const LETTER = new RegExp(`^([A-HJ-UWYZĐ])(?=$|${SEPARATOR})${SEPARATOR}*(.*)$`, 'su');
const TOKEN = new RegExp(`^([A-ZĐ]|\\d{1,2})(?=$|${SEPARATOR})${SEPARATOR}*(.*)$`, 'su');
const ORDINALS: Readonly<Record<string, string>> = {
  nhat: '1',
  hai: '2',
  ba: '3',
  tu: '4',
  nam: '5',
  sau: '6',
  bay: '7',
  tam: '8',
  chin: '9',
  muoi: '10',
};

/**
 * The part a cell opens, or null: a capital letter ("A", "B.", "C)") or the word "Phần" before a
 * letter, a number, an ordinal ("Phần thứ hai") or a Roman numeral ("PHẦN I", then `roman`).
 */
export function readPartLabel(text: string): PartLabel | null {
  const trimmed = text.trim();
  const word = /^(\S+?)(?:\s+|[:.]\s*)(.*)$/su.exec(trimmed);
  if (word && fold(word[1]!) === 'phan') return afterPartWord(word[1]!, word[2]!);
  const letter = LETTER.exec(trimmed);
  if (letter) return { label: letter[1]!, written: letter[1]!, title: tidyTitle(letter[2]!), roman: false };
  return null;
}

function afterPartWord(partWord: string, rest: string): PartLabel | null {
  const ordinal = /^(th\S+)\s+(\S+?)(?=$|[\s.):\-–—])[\s.):\-–—]*(.*)$/su.exec(rest);
  if (ordinal && fold(ordinal[1]!) === 'thu') {
    const number = ORDINALS[fold(ordinal[2]!)];
    if (number) return { label: number, written: `${partWord} ${ordinal[1]} ${ordinal[2]}`, title: tidyTitle(ordinal[3]!), roman: false };
  }
  const roman = readSectionLabel(rest);
  if (roman) return { label: roman.label, written: `${partWord} ${roman.label}`, title: roman.title, roman: true };
  const token = TOKEN.exec(rest.trim());
  if (token) return { label: token[1]!, written: `${partWord} ${token[1]}`, title: tidyTitle(token[2]!), roman: false };
  return null;
}

function tidyTitle(title: string): string {
  return title.trim().replace(/[.:]$/, '');
}
