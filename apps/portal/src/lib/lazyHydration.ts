import { LANGUAGE_STORAGE_KEY, MUNICIPALITY_STORAGE_KEY, TRAIL_STORAGE_KEY } from './storageKeys';

/**
 * A server-rendered first screen is hydrated when the person first acts on the page, not at load
 * (ARCHITECTURE.md → The public portal, "Speed on a phone"): running the app's modules and hydrating
 * are long main-thread tasks, and at load they delay everything a phone does next. Until then the
 * server's HTML is the page: links are followed as plain navigations and a search typed and
 * submitted is held (public/first-screen.js), the quick exit works from that file too. The entry
 * (main.tsx) decides with this module alone; the app's code (boot.tsx) is fetched after the first
 * paint (preloadAfterPaint) but runs only then. Nothing here may import the app's code.
 */

/** What counts as acting on the page (captured on the document, so nothing stops it first). */
export const INTERACTIONS = ['pointerdown', 'touchstart', 'keydown', 'focusin'] as const;

/**
 * The quick exit is never delayed by hydrating: a press on it (or its focus), and Esc (three
 * presses leave), are left to public/first-screen.js, which handles them at once.
 */
function leavesAlone(event: Event): boolean {
  const target = event.target;
  if (target instanceof Element && target.closest('.quick-exit') !== null) return true;
  return event.type === 'keydown' && (event as KeyboardEvent).key === 'Escape';
}

/**
 * Whether the person has already acted on the page before the app's script ran: marked by
 * public/first-screen.js (a press, a key, a focus, a held search), or the focus is in the page.
 */
export function actedAlready(target: Document = document): boolean {
  if (target.documentElement.hasAttribute('data-linja-acted')) return true;
  const focused = target.activeElement;
  return focused !== null && focused !== target.body && focused !== target.documentElement;
}

/**
 * Calls `act` once, on the person's first interaction with the page (a press, a touch, a key, a
 * focus) or first scroll (a screen reader moving through the page scrolls it; the parts below the
 * first screen that ask their data, e.g. a service's events, then arrive). Returns a function that
 * stops listening.
 */
export function onFirstInteraction(act: () => void, target: Document = document): () => void {
  const window = target.defaultView;
  const options = { capture: true, passive: true } as const;
  const stop = () => {
    for (const type of INTERACTIONS) target.removeEventListener(type, listener, options);
    window?.removeEventListener('scroll', listener, options);
  };
  function listener(event: Event) {
    if (leavesAlone(event)) return;
    stop();
    act();
  }
  for (const type of INTERACTIONS) target.addEventListener(type, listener, options);
  window?.addEventListener('scroll', listener, options);
  return stop;
}

function stored(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Whether this tab's own state (sessionStorage) shows the first screen otherwise than the server
 * rendered it (lib/firstRender.ts): a chosen municipality, a back bar trail saved on this page
 * (`here`: path and query). Such a page is hydrated at once (as one whose tab chose another
 * language, boot.tsx), so it does not show the server's version for long.
 */
function tabStateDiffers(here: string): boolean {
  if (stored(MUNICIPALITY_STORAGE_KEY)) return true;
  // A trail is picked up only on the page it was saved on (lib/singleEntryHistory.tsx, startTrail).
  try {
    const trail = JSON.parse(stored(TRAIL_STORAGE_KEY) ?? 'null') as {
      here?: unknown;
      back?: unknown;
    } | null;
    return trail?.here === here && Array.isArray(trail.back) && trail.back.length > 0;
  } catch {
    return false;
  }
}

/** Languages the portal speaks (as @linja/ui's, not imported here: see above). */
const LANGUAGES = ['fi', 'sv', 'en'];

/**
 * Whether the app will show the page in another language than the server rendered it in (the tab
 * chose one earlier and the address names none: boot.tsx, followChosenLanguage).
 */
function languageChanges(target: Document): boolean {
  const chosen = stored(LANGUAGE_STORAGE_KEY);
  const fromUrl = new URLSearchParams(target.location.search).get('lang');
  return (
    !LANGUAGES.includes(fromUrl ?? '') &&
    chosen !== null &&
    LANGUAGES.includes(chosen) &&
    chosen !== target.documentElement.lang
  );
}

/**
 * Whether the app waits for the person's first interaction: the page came rendered from the server,
 * whole (not a page still loading: one whose answer the server could not give, e.g. a missing
 * service, asks for it in the app; nor one where a part's own question went unanswered on the
 * server — `#root` or the part marked `data-linja-asks`), the tab's own state would not show it
 * otherwise, and the person has not acted yet.
 */
export function startsOnInteraction(target: Document = document): boolean {
  const root = target.getElementById('root');
  if (
    !root?.hasChildNodes() ||
    root.hasAttribute('data-linja-asks') ||
    root.querySelector('.page-loading, [data-linja-asks]')
  )
    return false;
  const { pathname, search } = target.location;
  return (
    !languageChanges(target) && !tabStateDiffers(`${pathname}${search}`) && !actedAlready(target)
  );
}

/** The API's template of the app's preload links on a rendered page (static-apps/first-page.ts). */
export const PRELOAD_LATER_ID = 'linja-preload-later';

/**
 * Fetches the app's code (the API's modulepreload links, left in an inert template on a rendered
 * page) once the page has loaded and painted, so the first screen shares the network with nothing;
 * `now`: at once (the app starts at once).
 */
export function preloadAfterPaint(
  { now = false }: { now?: boolean } = {},
  target: Document = document,
): void {
  const template = target.getElementById(PRELOAD_LATER_ID);
  if (!(template instanceof HTMLTemplateElement)) return;
  const add = () => {
    if (!template.isConnected) return;
    target.head.append(template.content);
    template.remove();
  };
  const window = target.defaultView;
  if (now || !window) add();
  else if (target.readyState === 'complete') window.requestAnimationFrame(() => setTimeout(add));
  else window.addEventListener('load', () => setTimeout(add), { once: true });
}
