/** Serial numbers `readDateCell` takes for dates: 01/01/1990 … 31/12/2099. */
const FIRST_SERIAL = 32874;
const AFTER_LAST_SERIAL = 73051;

/**
 * Formula (without "=") that is TRUE when a cell holds a date the status engine reads: a number
 * (a date cell) from 01/01/1990 to 31/12/2099, a time of day allowed. Empty cells, texts, TRUE/FALSE
 * and errors are FALSE: the engine takes them as no date. Use INT(cell) for the day itself.
 *
 * @example readableDateFormula('H5') → IF(ISNUMBER(H5),AND(H5>=32874,H5<73051))
 */
export function readableDateFormula(cell: string): string {
  return `IF(ISNUMBER(${cell}),AND(${cell}>=${FIRST_SERIAL},${cell}<${AFTER_LAST_SERIAL}))`;
}
