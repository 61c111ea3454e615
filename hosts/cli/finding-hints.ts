import type { Finding } from '../../src/findings/finding.js';
import { message, renderMessage, type Message } from '../../src/messages/catalogue.js';
import type { FindingCode } from '../../src/messages/findings-messages.js';

/** What the command line can do about a finding, said after it: its own options. */
const CLI_HINTS: Partial<Record<FindingCode, Message>> = {
  PLAN_YEAR_GUESSED: message('CLI_PLAN_YEAR_HINT', {}),
};

/** A finding's sentence, followed by the command line's hint when it has one. */
export function findingWithHint(issue: Finding): string {
  const hint = CLI_HINTS[issue.code];
  return hint === undefined ? issue.message : `${issue.message} ${renderMessage(hint)}`;
}
