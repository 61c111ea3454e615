import { FINDING_SPECS, type FindingCode, type FindingParams } from './messages.js';

export type Severity = 'error' | 'warning' | 'info';

/** A problem found in the user's data: what, where (a source cell such as "F12"), how bad, and why in Vietnamese. */
export interface Finding {
  readonly code: FindingCode;
  readonly cell: string;
  readonly severity: Severity;
  readonly message: string;
  readonly params: FindingParams;
}

/** Builds a finding; its severity and Vietnamese message come from the one message map. */
export function finding(code: FindingCode, cell: string, params: FindingParams = {}): Finding {
  const spec = FINDING_SPECS[code];
  return { code, cell, severity: spec.severity, message: spec.message(params, cell), params };
}
