import { useEffect, useSyncExternalStore } from 'react';
import { useLocation, useSearch } from 'wouter';
import { isFirstRender, subscribeFirstRender } from './firstRender';
import { MUNICIPALITY_STORAGE_KEY } from './storageKeys';
import { useLanguage, withLang } from './language';

/**
 * The municipality a person chose stays chosen for the visit: across the life-situation and theme
 * entries, new searches and pages. Kept in sessionStorage only (as the language): gone when the tab
 * closes, and cleared by quick exit with the rest of sessionStorage.
 *
 * A choice is made in a municipality picker (choosing or clearing it) or by opening a results or
 * service page whose address names a municipality. The address stays the truth for the page shown:
 * a results page without a municipality (e.g. "the same words without the municipality") is shown as
 * such; only the links into a search (useEntryHref) and a new search form start from the choice.
 */
export { MUNICIPALITY_STORAGE_KEY };
const CODE = /^\d{3}$/;
const listeners = new Set<() => void>();

export function chosenMunicipality(): string | null {
  try {
    const code = window.sessionStorage.getItem(MUNICIPALITY_STORAGE_KEY);
    return code && CODE.test(code) ? code : null;
  } catch {
    return null;
  }
}

export function chooseMunicipality(code: string | null): void {
  if (code === chosenMunicipality()) return;
  try {
    if (code && CODE.test(code)) window.sessionStorage.setItem(MUNICIPALITY_STORAGE_KEY, code);
    else window.sessionStorage.removeItem(MUNICIPALITY_STORAGE_KEY);
  } catch {
    // Storage unavailable: nothing is remembered.
  }
  listeners.forEach((listener) => {
    listener();
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const unsubscribeFirstRender = subscribeFirstRender(listener);
  return () => {
    listeners.delete(listener);
    unsubscribeFirstRender();
  };
}

/** The choice as rendered: none during the first render (server HTML, hydration; lib/firstRender.ts). */
function shownMunicipality(): string | null {
  return isFirstRender() ? null : chosenMunicipality();
}

/**
 * The chosen municipality's code (re-renders when the choice changes). None while the first screen is
 * server-rendered or hydrated: the stored choice follows right after hydration.
 */
export function useChosenMunicipality(): string | null {
  return useSyncExternalStore(subscribe, shownMunicipality, () => null);
}

/** A link to a results page (`/…/search`) that names no municipality gets the chosen one. */
export function withMunicipality(href: string, code: string | null): string {
  const [path = '', query = ''] = href.split('?');
  if (!code || !/\/search$/.test(path)) return href;
  const params = new URLSearchParams(query);
  if (params.has('municipality')) return href;
  params.set('municipality', code);
  return `${path}?${params.toString()}`;
}

/**
 * useHref for entries into a search (life situations, themes, all services): keeps the reader's
 * language and the chosen municipality.
 */
export function useEntryHref(): (href: string) => string {
  const language = useLanguage();
  const code = useChosenMunicipality();
  return (href) => withLang(withMunicipality(href, code), language);
}

/** Results (a network's, or all networks' at `/`) and service pages. */
const PAGE_WITH_PLACE = /^\/((?!embed\/)[^/]+\/(search|services\/[^/]+))?$/;

/** Opening a results or service page for a municipality (a link, the back bar, a shared link) chooses it. */
export function useMunicipalityFromUrl(): void {
  const [path] = useLocation();
  const search = useSearch();
  const code = PAGE_WITH_PLACE.test(path) ? new URLSearchParams(search).get('municipality') : null;
  useEffect(() => {
    if (code && CODE.test(code)) chooseMunicipality(code);
  }, [code]);
}
