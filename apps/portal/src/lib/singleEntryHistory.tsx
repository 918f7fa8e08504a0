import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Router, useLocation, useSearch, type AroundNavHandler } from 'wouter';
import { rememberScroll } from './scrollMemory';
import { TRAIL_STORAGE_KEY } from './storageKeys';

/**
 * The portal keeps a whole visit in ONE entry of the tab's session history, so quick exit's
 * `location.replace` swaps out the only portal entry and Back never shows a portal page again:
 *
 * - every in-portal navigation (links, the search form, filters, redirects) replaces the current
 *   entry (`history.replaceState`) instead of adding one (SingleEntryRouter's `aroundNav`);
 * - the browser's own Back therefore leaves the portal, to whatever page came before it; inside the
 *   portal, the back bar (components/BackLink.tsx) goes to the previous portal *page* kept here, in a
 *   "trail" of page addresses held in memory and in sessionStorage (survives a reload, is cleared by
 *   quick exit with the rest of sessionStorage and when the tab closes).
 *
 * The trail holds pages, not states: a new search or a filter on the results page replaces the
 * results page (same path), and going to a page already on the trail (Back, the brand link home) cuts
 * the trail there, so the back bar walks home ← results ← service without loops.
 */
export { TRAIL_STORAGE_KEY };
const MAX_TRAIL = 20;

export interface Trail {
  /** The portal address shown now (path + query). */
  readonly here: string;
  /** The earlier pages of this visit, oldest first; the last one is where the back bar leads. */
  readonly back: readonly string[];
}

let trail: Trail = { here: '', back: [] };
const listeners = new Set<() => void>();

function pathOf(href: string): string {
  return href.split('?')[0] ?? href;
}

function isPortalPath(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//');
}

function save(next: Trail): void {
  trail = next;
  try {
    window.sessionStorage.setItem(TRAIL_STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage unavailable: the trail lives in memory only.
  }
}

function store(next: Trail): void {
  save(next);
  listeners.forEach((listener) => {
    listener();
  });
}

/**
 * Starts the trail for the page the app opens on: the stored trail when it was saved on this very
 * page (a reload, a return from another site, the sign-in's reload), else an empty one (a new visit).
 */
export function startTrail(here: string): Trail {
  let stored: Trail | null = null;
  try {
    const raw = window.sessionStorage.getItem(TRAIL_STORAGE_KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<Trail>) : null;
    if (
      parsed &&
      parsed.here === here &&
      Array.isArray(parsed.back) &&
      parsed.back.every(isPortalPath)
    ) {
      stored = { here, back: parsed.back.slice(-MAX_TRAIL) };
    }
  } catch {
    // Unreadable or unavailable storage: a fresh trail.
  }
  // Called while the app first renders: saved without notifying (nothing has read the trail yet).
  save(stored ?? { here, back: [] });
  return trail;
}

/**
 * Records a move from the current page to `to`. `forward` (a link or a form, not a replacement such
 * as a language switch or "load more") puts the current page on the trail, unless `to` is the same
 * page (path) or already on the trail (then the trail is cut back to before it).
 */
export function recordMove(to: string, forward: boolean): void {
  const { here, back } = trail;
  if (to === here) return;
  let next = back;
  if (forward && pathOf(to) !== pathOf(here)) {
    const earlier = back.findIndex((href) => pathOf(href) === pathOf(to));
    next = earlier >= 0 ? back.slice(0, earlier) : [...back, here].slice(-MAX_TRAIL);
  }
  store({ here: to, back: next });
}

/** Takes the last page off the trail (the back bar follows it). */
export function dropLast(): void {
  store({ here: trail.here, back: trail.back.slice(0, -1) });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useTrail(): Trail {
  return useSyncExternalStore(
    subscribe,
    () => trail,
    () => trail,
  );
}

/** Every navigation replaces the current history entry; a non-replacing one extends the trail. */
export const replaceEveryNavigation: AroundNavHandler = (navigate, to, options) => {
  if (!options?.replace && pathOf(to) !== pathOf(trail.here)) {
    rememberScroll(trail.here, window.scrollY);
  }
  recordMove(to, !options?.replace);
  navigate(to, { ...options, replace: true });
};

/**
 * Routes everything inside it through one history entry (see above). Inherits the location hook of
 * the router around it (the browser's, or a memory location in tests).
 */
export function SingleEntryRouter({ children }: { children: ReactNode }) {
  const [path] = useLocation();
  const search = useSearch();
  const here = search ? `${path}?${search}` : path;
  // Once, before anything navigates: pick up this visit's trail (or start one).
  useState(() => startTrail(here));
  // A change of address that did not go through the router (none expected): follow it.
  useEffect(() => {
    if (trail.here !== here) recordMove(here, false);
  }, [here]);
  return <Router aroundNav={replaceEveryNavigation}>{children}</Router>;
}
