/**
 * This tab's keys in sessionStorage, in a module of their own: the entry (main.tsx) reads them to
 * decide when to start the app (lib/lazyHydration.ts) without loading the app's code first.
 */
export const LANGUAGE_STORAGE_KEY = 'linja.portal.language';
export const MUNICIPALITY_STORAGE_KEY = 'linja.portal.municipality';
export const TRAIL_STORAGE_KEY = 'linja.portal.trail';
