/**
 * Formula (without "=") of a date as Vietnamese write it, dd/mm/yyyy, built from its day, month and
 * year: TEXT's format codes change with the spreadsheet's language, these functions do not.
 *
 * @example viDateFormula('NgayDanhGia') → RIGHT("0"&DAY(NgayDanhGia),2)&"/"&RIGHT("0"&MONTH(NgayDanhGia),2)&"/"&YEAR(NgayDanhGia)
 */
export function viDateFormula(date: string): string {
  return `RIGHT("0"&DAY(${date}),2)&"/"&RIGHT("0"&MONTH(${date}),2)&"/"&YEAR(${date})`;
}
