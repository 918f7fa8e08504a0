/** A neutral, ubiquitous page: what someone looking over the reader's shoulder should see. */
export const QUICK_EXIT_URL = 'https://www.google.com/';

/**
 * Leaves the portal at once. `replace` (not `assign`) swaps this page out of the tab's history, so
 * Back does not return here. The tab's session storage (the language choice) is cleared too.
 */
export function quickExit(): void {
  try {
    window.sessionStorage.clear();
  } catch {
    // Storage unavailable: nothing to clear.
  }
  window.location.replace(QUICK_EXIT_URL);
}
