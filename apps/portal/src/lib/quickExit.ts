/** A neutral, ubiquitous page: what someone looking over the reader's shoulder should see. */
export const QUICK_EXIT_URL = 'https://www.google.com/';

/**
 * Leaves the portal at once. `replace` (not `assign`) swaps this page out of the tab's history; the
 * portal keeps its whole visit in that one entry (lib/singleEntryHistory.tsx), so Back does not
 * return to any portal page. The tab's session storage (language, municipality, the back bar's
 * trail) is cleared too.
 */
export function quickExit(): void {
  try {
    window.sessionStorage.clear();
  } catch {
    // Storage unavailable: nothing to clear.
  }
  window.location.replace(QUICK_EXIT_URL);
}

/**
 * Quick exit from the embedded widget: replaces the whole tab (the association's page around the
 * iframe), which browsers allow a framed page that the person has interacted with (Chromium: a click
 * or a key in the frame). If that is refused, the frame at least empties itself (a blank page, as the
 * neutral site would refuse to be framed); the widget never adds history entries of its own.
 */
export function quickExitTop(): void {
  try {
    window.sessionStorage.clear();
  } catch {
    // Storage unavailable (a third-party frame): nothing to clear.
  }
  try {
    if (window.top && window.top !== window) {
      window.top.location.replace(QUICK_EXIT_URL);
      return;
    }
  } catch {
    // Top navigation refused (e.g. a sandboxed frame): leave the frame at least.
  }
  window.location.replace(window.top === window ? QUICK_EXIT_URL : 'about:blank');
}

/** Esc pressed this many times within ESCAPE_WINDOW_MS leaves the portal, as the button does. */
export const ESCAPE_PRESSES = 3;
export const ESCAPE_WINDOW_MS = 1500;

/**
 * Listens for Esc pressed three times in quick succession (a keyboard way out that needs no aiming).
 * Returns the function that stops listening.
 */
export function listenForEscapeExit(target: Window = window, leave = quickExit): () => void {
  let presses: number[] = [];
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    const now = Date.now();
    presses = [...presses.filter((at) => now - at < ESCAPE_WINDOW_MS), now];
    if (presses.length >= ESCAPE_PRESSES) {
      presses = [];
      leave();
    }
  };
  target.addEventListener('keydown', onKeyDown);
  return () => {
    target.removeEventListener('keydown', onKeyDown);
  };
}
