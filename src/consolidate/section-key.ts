import { foldWords } from '../text/fold.js';

/**
 * The key a section's title is grouped by across communes, which word and number their sections
 * differently: folded to words, without a leading Roman numeral or number, "công tác" and the
 * words "và", "các" left out. "II. CẢI CÁCH THỂ CHẾ", "Cải cách thể chế" and "Công tác cải cách thể
 * chế" share "cai cach the che"; "Chỉ đạo, điều hành" and "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH" share "chi dao dieu hanh".
 */
export function sectionKey(title: string): string {
  return foldWords(title)
    .replace(/^(?:(?:[ivxlc]+|\d+)\s+)+/, '')
    .split(' ')
    .filter((word, index, words) => !FILLER.has(word) && !(word === 'cong' && words[index + 1] === 'tac') && !(word === 'tac' && words[index - 1] === 'cong'))
    .join(' ');
}

const FILLER = new Set(['va', 'cac']);
