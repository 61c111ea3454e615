/** Body text size of the product's tables (points); titles are larger. */
export const BODY_SIZE = 11;

/** Bold text runs wider: its rows are measured as a size larger. */
export const BOLD_SIZE = BODY_SIZE + 1;

/**
 * A row height (points) that shows wrapped text whole: the most lines any cell needs at its column's
 * width, a line break starting a new line. Neither Excel nor LibreOffice grows a row to its wrapped
 * text when opening a file (nor ever a merged cell), so the product gives every row its height.
 * About 1.1 characters of Times New Roman 11 fit in a unit of column width (measured in LibreOffice
 * with Carlito, which has Calibri's metrics as Excel does, with room for words carried to the next
 * line; without Carlito LibreOffice draws columns a third wider, which once made 1.4 look right).
 *
 * @example wrappedHeight([{ text: 'Ban hành kế hoạch', width: 40 }]) → 18 (one line)
 */
export function wrappedHeight(cells: readonly { text: string; width: number }[], fontSize = BODY_SIZE): number {
  const perUnit = (CHARACTERS_PER_WIDTH * BODY_SIZE) / fontSize;
  let lines = 1;
  for (const { text, width } of cells) {
    if (text === '') continue;
    const perLine = Math.max(1, Math.floor(width * perUnit));
    let needed = 0;
    for (const line of text.split('\n')) needed += Math.max(1, Math.ceil(textWidth(line) / perLine));
    if (needed > lines) lines = needed;
  }
  return Math.round(lines * fontSize * LINE_SPACING + 3);
}

const CHARACTERS_PER_WIDTH = 1.1;
const LINE_SPACING = 1.32;

/** A line's width in average lower-case characters: capitals run about a third wider. */
function textWidth(line: string): number {
  let width = line.length;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 0xc0 && line[i] !== line[i]!.toLowerCase())) width += 0.35;
  }
  return width;
}
