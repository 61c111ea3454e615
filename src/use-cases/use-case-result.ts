import { renderMessage, type Message } from '../messages/catalogue.js';
import type { ActionOutcome } from './dashboard.js';
import type { WorkbookWrites } from './workbook-port.js';

/** What a use case answers: a message (code and parameters) and, when it succeeded, what to write. */
export type UseCaseResult = { readonly ok: true; readonly message: Message; readonly sheet: string | null; readonly writes: WorkbookWrites } | { readonly ok: false; readonly message: Message };

/** The outcome the dashboard UI shows, its sentence rendered from the catalogue. */
export function actionOutcome(result: UseCaseResult): ActionOutcome {
  return { ok: result.ok, text: renderMessage(result.message), sheet: result.ok ? result.sheet : null };
}

export function failed(message: Message): UseCaseResult {
  return { ok: false, message };
}
