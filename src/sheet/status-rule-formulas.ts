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

/** The three done labels ("Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Hoàn thành") all begin with DONE's. */
const DONE_WORDS = STATUS_LABELS.DONE;

/**
 * The rule formulas for rows from `firstRow` down, read from the status column: the column is fixed
 * ($L) and the row relative, so that a rule over the whole row range colours each row by its own
 * status, in Excel, Google Sheets and HyperFormula alike. A label is matched by how the text begins:
 * a recurring task's status goes on with its cycle ("Quá hạn – kỳ quý IV/2026"); no label begins
 * with another's but the done ones with "Hoàn thành".
 *
 * @example statusRuleFormulas('L', 5).overdue → LEFT($L5,7)="Quá hạn"
 * @example statusRuleFormulas('L', 5).done → LEFT($L5,10)="Hoàn thành"
 */
export function statusRuleFormulas(statusColumnLetter: string, firstRow: number): StatusRuleFormulas {
  const cell = `$${statusColumnLetter.replace(/^\$/, '').toUpperCase()}${firstRow}`;
  const begins = (words: string) => `LEFT(${cell},${words.length})="${words}"`;
  const is = (code: StatusCode) => begins(STATUS_LABELS[code]);
  return {
    overdue: is('OVERDUE'),
    dueSoon: is('DUE_SOON'),
    done: begins(DONE_WORDS),
    invalid: `${cell}="${STATUS_LABELS.INVALID}"`,
  };
}

/**
 * The rule formulas earlier versions wrote (each label matched whole, the done ones in an OR), so
 * that a host rebuilding a sheet still knows those rules for its own and replaces them.
 *
 * @example earlierStatusRuleFormulas('L', 5).overdue → $L5="Quá hạn"
 */
export function earlierStatusRuleFormulas(statusColumnLetter: string, firstRow: number): StatusRuleFormulas {
  const cell = `$${statusColumnLetter.replace(/^\$/, '').toUpperCase()}${firstRow}`;
  const is = (code: StatusCode) => `${cell}="${STATUS_LABELS[code]}"`;
  return {
    overdue: is('OVERDUE'),
    dueSoon: is('DUE_SOON'),
    done: `OR(${(['DONE_ON_TIME', 'DONE_LATE', 'DONE'] as const).map(is).join(',')})`,
    invalid: is('INVALID'),
  };
}
