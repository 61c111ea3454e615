/// <reference types="google-apps-script" />
/**
 * The add-on's entry points. The build bundles this module (with the core) under the global `CCHC`
 * and appends one top-level forwarding function per export listed in entry-points.ts; each export
 * here is thin: it calls an action and shows its result or its error in Vietnamese.
 */
import { message, renderMessage } from '../../src/messages/catalogue.js';
import type { ActionOutcome, Dashboard } from '../../src/use-cases/dashboard.js';
import type { DashboardAction } from '../../src/use-cases/dashboard-client.js';
import { dashboard, runDashboardAction, saveDashboardSettings, SheetsHostError, showDashboardCell } from './actions.js';
import { MENU_ITEMS, MENU_TITLE, SIDEBAR_FILE } from './entry-points.js';

/** Builds the "CCHC" menu. May run in AuthMode.NONE, so it reads nothing. */
export function onOpen(_event?: unknown): void {
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE);
  MENU_ITEMS.forEach((item, index) => {
    menu.addItem(item.caption, item.functionName);
    if (index === 0) menu.addSeparator();
  });
  menu.addToUi();
}

/** Installed as an editor add-on: the same menu at once, without reopening the spreadsheet. */
export function onInstall(event?: unknown): void {
  onOpen(event);
}

export function menuShowSidebar(): void {
  showSidebar('');
}

export function menuCreateTemplate(): void {
  fromMenu(() => runDashboardAction({ kind: 'createTemplate' }));
}

export function menuUpdateStatus(): void {
  fromMenu(() => runDashboardAction({ kind: 'updateStatus' }));
}

/** The report due next: an empty period label. */
export function menuSummaryThisQuarter(): void {
  fromMenu(() => runDashboardAction({ kind: 'buildSummary', period: '' }));
}

/** Opens the sidebar on its period picker. */
export function menuSummaryOtherQuarter(): void {
  showSidebar('period');
}

export function sidebarDashboard(): Dashboard {
  return fromSidebar(() => dashboard());
}

export function sidebarRun(action: DashboardAction): ActionOutcome {
  return fromSidebar(() => runDashboardAction(action));
}

export function sidebarSaveSettings(settings: unknown): ActionOutcome {
  return fromSidebar(() => saveDashboardSettings(settings));
}

export function sidebarShowCell(sheet: string, cell: string): ActionOutcome {
  return fromSidebar(() => showDashboardCell(sheet, cell));
}

function showSidebar(open: '' | 'period'): void {
  fromMenu(() => {
    const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE);
    if (open !== '') html.setContent(html.getContent().replace('data-open=""', `data-open="${open}"`));
    SpreadsheetApp.getUi().showSidebar(html.setTitle('CCHC – Theo dõi cải cách hành chính'));
    return null;
  });
}

/** What went wrong that no use case foresaw, in Vietnamese with the technical detail after it. */
function unexpected(error: unknown): string {
  if (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === new SheetsHostError().name) return String((error as Error).message);
  const detail = typeof error === 'object' && error !== null && 'message' in error ? String((error as { message: unknown }).message) : String(error);
  return renderMessage(message('UNEXPECTED_ERROR', { detail }));
}

/** A menu click: the outcome as a toast when it succeeded, as an alert when not. */
function fromMenu(action: () => ActionOutcome | null): void {
  let alert: string;
  try {
    const outcome = action();
    if (outcome === null) return;
    if (outcome.ok) return void SpreadsheetApp.getActiveSpreadsheet().toast(outcome.text, 'CCHC', 10);
    alert = outcome.text;
  } catch (error) {
    alert = unexpected(error);
  }
  const ui = SpreadsheetApp.getUi();
  ui.alert('CCHC', alert, ui.ButtonSet.OK);
}

/** A sidebar call: outcomes travel as values; only an unforeseen failure reaches the sidebar's failure handler. */
function fromSidebar<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    throw new Error(unexpected(error));
  }
}
