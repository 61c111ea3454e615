/**
 * Appends a continuation line to a cell's text. A line that carries on an unfinished sentence
 * ("… phường Trần" + "Hưng Đạo theo …", a page break mid-cell) joins with a space; after a finished
 * sentence, or when the line is a bullet, it starts a new line.
 */
export function joinContinuation(text: string, more: string): string {
  if (text === '') return more;
  if (more === '') return text;
  const carriesOn = !/[.;:!?]$/.test(text) && !/^[-+•*]/.test(more);
  return carriesOn ? `${text} ${more}` : `${text}\n${more}`;
}
