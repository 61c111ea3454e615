import { element } from './dom.js';
import { say } from './say.js';

export type MessageKind = 'info' | 'success' | 'error';

export interface MessageLine {
  readonly element: HTMLElement;
  /** Shows a sentence; an empty one hides the line. */
  show(kind: MessageKind, text: string): void;
  /** The progress of a long write, rows written of all rows; hidden again by `show`. */
  progress(done: number, total: number): void;
}

/** The dashboard's one message line, and the progress bar under it. */
export function messageLine(): MessageLine {
  const box = element('div', 'dash-status');
  const message = element('p', 'dash-message');
  message.setAttribute('role', 'status');
  message.setAttribute('aria-live', 'polite');
  message.hidden = true;
  const bar = element('div', 'dash-progress');
  bar.hidden = true;
  const progress = element('progress');
  const text = element('span');
  bar.append(progress, text);
  box.append(message, bar);
  return {
    element: box,
    show(kind, sentence) {
      message.className = `dash-message dash-message-${kind}`;
      message.textContent = sentence;
      message.hidden = sentence === '';
      bar.hidden = true;
    },
    progress(done, total) {
      bar.hidden = false;
      progress.max = Math.max(total, 1);
      progress.value = done;
      text.textContent = say('DASHBOARD_PROGRESS', { done, total });
    },
  };
}
