import { renderMessages, type Message } from '../../src/messages/catalogue.js';

/** Shows messages in one of the page's status lines, and after them a link when there is one; no message hides the line. */
export function showStatus(status: HTMLElement, kind: 'info' | 'success' | 'error', said: readonly Message[], link?: Node): void {
  status.className = `file-status message-${kind}`;
  status.replaceChildren(renderMessages(said, ' '), ...(link === undefined ? [] : [' ', link]));
  status.hidden = said.length === 0;
}
