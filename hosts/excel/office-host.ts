/// <reference types="office-js" />

/** Where the page runs: inside Excel, inside another Office host, or outside Office (or office.js never came). */
export type HostKind = 'excel' | 'other-office' | 'none';

/** How long to wait for office.js before saying the page is not inside Excel. */
export const OFFICE_TIMEOUT_MS = 4000;

/**
 * Waits for office.js, never forever: outside Office `Office.onReady` resolves with host null; when the
 * CDN cannot be reached `Office` does not exist (or onReady never resolves): both mean "not in Excel".
 * A first start of Office can take longer than the timeout; then the answer is 'none' for now, and
 * `onLate` hears the host when onReady does resolve, so that the pane can still become the Excel pane.
 */
export async function waitForOffice(timeoutMs = OFFICE_TIMEOUT_MS, onLate?: (kind: HostKind) => void): Promise<HostKind | 'slow'> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (office === undefined || typeof office.onReady !== 'function') return 'none';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const timeout = new Promise<'slow'>((resolve) => {
    timer = setTimeout(() => {
      timedOut = true;
      resolve('slow');
    }, timeoutMs);
  });
  const ready = office
    .onReady()
    .then((info): HostKind => (info.host === office.HostType.Excel ? 'excel' : info.host === null || info.host === undefined ? 'none' : 'other-office'))
    .catch((): HostKind => 'none');
  void ready.then((kind) => {
    if (timedOut) onLate?.(kind);
  });
  const kind = await Promise.race([ready, timeout]);
  clearTimeout(timer);
  return kind;
}
