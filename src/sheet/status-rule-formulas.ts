import { STATUS_LABELS, type StatusCode } from '../status/status-codes.js';

/** Formulas (without "=") of the conditional-formatting rules that colour a task row by its status. */
export interface StatusRuleFormulas {
  /** Quá hạn: red. */
  readonly overdue: string;
  /** Sắp đến hạn: amber. */
  readonly dueSoon: string;
  /** Any of the three done labels: green. */
  readonly done: string;
  /** Lỗi dữ liệu: outlined. */
  readonly invalid: string;
}

const DONE_CODES: readonly StatusCode[] = ['DONE_ON_TIME', 'DONE_LATE', 'DONE'];

/**
 * The rule formulas for rows from `firstRow` down, read from the status column: the column is fixed
 * ($L) and the row relative, so that a rule over the whole row range colours each row by its own
 * status, in Excel, Google Sheets and HyperFormula alike.
 *
 * @example statusRuleFormulas('L', 5).overdue → $L5="Quá hạn"
 * @example statusRuleFormulas('L', 5).done → OR($L5="Hoàn thành đúng hạn",$L5="Hoàn thành quá hạn",$L5="Hoàn thành")
 */
export function statusRuleFormulas(statusColumnLetter: string, firstRow: number): StatusRuleFormulas {
  const cell = `$${statusColumnLetter.replace(/^\$/, '').toUpperCase()}${firstRow}`;
  const is = (code: StatusCode) => `${cell}="${STATUS_LABELS[code]}"`;
  return {
    overdue: is('OVERDUE'),
    dueSoon: is('DUE_SOON'),
    done: `OR(${DONE_CODES.map(is).join(',')})`,
    invalid: is('INVALID'),
  };
}
