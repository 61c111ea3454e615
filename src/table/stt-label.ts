const TASK_NUMBER = /^\d{1,6}(?:[.,]\d{1,3})*[.)]?\*?$/;
const LETTERED = /^[a-zđ][).]?$/;

/**
 * The row number of a task as written, tidied, or null when the cell is not one: "12", "1.2", "3.",
 * "a)"; a scan's "l2" or "1O" is read as 12 or 10.
 */
export function readSttLabel(text: string): string | null {
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return null;
  const repaired = /\d/.test(compact) && /^[\dlIO|.]+$/.test(compact) ? compact.replace(/[lI|]/g, '1').replace(/O/g, '0') : compact;
  if (TASK_NUMBER.test(repaired)) return repaired.replace(/[.)*]$/, '');
  if (LETTERED.test(repaired)) return repaired;
  return null;
}
