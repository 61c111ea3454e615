/**
 * The fewest edits that turn `pattern` into some substring of `text` (Sellers' algorithm): how far
 * an OCR-damaged header such as "co quan chu tn" is from containing "chu tri". O(pattern × text).
 * fastest-levenshtein compares whole strings only, hence this small routine.
 */
export function substringDistance(pattern: string, text: string): number {
  if (pattern === '') return 0;
  if (text.includes(pattern)) return 0;
  let previous = new Array<number>(text.length + 1).fill(0);
  let current = new Array<number>(text.length + 1).fill(0);
  for (let i = 1; i <= pattern.length; i++) {
    current[0] = i;
    for (let j = 1; j <= text.length; j++) {
      const substitution = previous[j - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return Math.min(...previous);
}
