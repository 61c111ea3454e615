import { slug } from '../summary/report-file-name.js';

/** The province workbook's file name, the same from the command line and the page: "Quý I-2026" → "tong-hop-cchc-quy-i-2026.xlsx". */
export function provinceFileName(periodTitle: string): string {
  return `tong-hop-cchc-${slug(periodTitle)}.xlsx`;
}
