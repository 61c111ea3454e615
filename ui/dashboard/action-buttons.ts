import type { DashboardActionKind } from '../../src/use-cases/dashboard-client.js';
import { element } from './dom.js';
import { say } from './say.js';

/** Each action's caption, hint and what the message line says while it runs. */
export const ACTION_WORDS = {
  createTemplate: { caption: 'DASHBOARD_CREATE_TEMPLATE', hint: 'DASHBOARD_CREATE_TEMPLATE_HINT', working: 'DASHBOARD_CREATING_TEMPLATE' },
  updateStatus: { caption: 'DASHBOARD_UPDATE_STATUS', hint: 'DASHBOARD_UPDATE_STATUS_HINT', working: 'DASHBOARD_UPDATING_STATUS' },
  buildSummary: { caption: 'DASHBOARD_BUILD_SUMMARY', hint: 'DASHBOARD_BUILD_SUMMARY_HINT', working: 'DASHBOARD_BUILDING_SUMMARY' },
} as const satisfies Record<DashboardActionKind, { caption: string; hint: string; working: string }>;

/** One action's button and its hint; the summary's button is the primary one. */
export function actionButton(kind: DashboardActionKind, onClick: () => void): HTMLElement {
  const box = element('div', 'dash-action');
  const button = element('button', kind === 'buildSummary' ? 'dash-action-button dash-primary' : 'dash-action-button', say(ACTION_WORDS[kind].caption));
  button.type = 'button';
  button.dataset.action = kind;
  button.addEventListener('click', onClick);
  box.append(button, element('p', 'dash-hint', say(ACTION_WORDS[kind].hint)));
  return box;
}
