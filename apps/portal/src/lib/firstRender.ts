import { useLayoutEffect, useSyncExternalStore, type RefObject } from 'react';

import { takeCarriedValue } from './carriedFields';

/**
 * The first screen is rendered twice from the same inputs: to HTML on the server (server/render.tsx)
 * and again in the browser to hydrate that HTML (boot.tsx). Both must produce the same markup, so
 * while either runs, what only this tab knows (sessionStorage: the visit's chosen municipality and
 * its back-bar trail) is read as "nothing yet". Right after hydration the components that read it
 * render again with the stored values (Preact does not patch attributes while hydrating, so a link
 * rendered differently there would keep the server's address).
 */
let firstRender = false;
const listeners = new Set<() => void>();

/** True while the server renders the first screen or the browser hydrates it. */
export function isFirstRender(): boolean {
  return firstRender;
}

/** Runs `render` as the first render (synchronous renderers only), then lets readers catch up. */
export function asFirstRender<T>(render: () => T): T {
  firstRender = true;
  try {
    return render();
  } finally {
    firstRender = false;
    listeners.forEach((listener) => {
      listener();
    });
  }
}

/** The key of the render's moment among the page's answers (never an urql operation key: those are numbers). */
export const RENDERED_AT_KEY = 'linja:renderedAt';

let renderedAt: number | null = null;

/**
 * Sets the moment the first screen was rendered on the server: server/render.tsx when it renders,
 * boot.tsx from the page's answers (RENDERED_AT_KEY) before hydrating.
 */
export function setRenderedAt(moment: number | null): void {
  renderedAt = moment;
}

/**
 * Now, for a part whose first render depends on the clock (a service's coming dates): during the
 * first render the moment the server rendered the page, so the server's HTML and the hydration —
 * which may come minutes later, on the person's first interaction — agree; the real clock after.
 */
export function clockNow(): number {
  return firstRender && renderedAt !== null ? renderedAt : Date.now();
}

let firstTitle: string | null = null;

/**
 * The tab title the first render asked for (components/page.tsx, useDocumentTitle): the server puts
 * it in the page's <title>, so the tab is named before the app runs (it hydrates lazily). Read and
 * forgotten.
 */
export function takeFirstTitle(): string | null {
  const title = firstTitle;
  firstTitle = null;
  return title;
}

/** Notes the tab title while a first render runs (effects do not run on the server). */
export function noteFirstTitle(title: string): void {
  if (firstRender) firstTitle = title;
}

/** Also notified when a first render ends (municipalityMemory and the trail subscribe with it). */
export function subscribeFirstRender(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * False during the first render (server HTML, hydration), true after: for parts that show what only
 * this tab knows. (React uses the server snapshot while hydrating; Preact reads the flag.)
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeFirstRender,
    () => !firstRender,
    () => false,
  );
}

/** A field a person can type into or choose in. */
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * A server-rendered field can be typed into before the app has run (public/first-screen.js holds a
 * submit meanwhile). Hydration keeps the DOM's value but the field's state starts from the address
 * (empty), so the typed text would be sent as nothing and wiped by the next render. When the field
 * mounts (hydrated or not), its state takes over what the DOM holds, if that differs — or, when the
 * page had to be rendered anew, what was typed into the server's field (carriedFields.ts). The submit
 * handlers read the field itself too (`fieldValue`): the held submit is replayed right after
 * hydration, before the state's new render.
 */
export function useAdoptTypedValue(
  field: RefObject<Field | null>,
  value: string,
  adopt: (typed: string, focused: boolean) => void,
): void {
  useLayoutEffect(() => {
    const element = field.current;
    if (!element) return;
    // After a failed hydration the page is rendered anew: what was typed is carried over.
    takeCarriedValue(element);
    if (element.value !== value) adopt(element.value, document.activeElement === element);
    // Once, when the field mounts: later its state and the DOM are one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}

/** What the field holds now (its state may not have caught up yet, see useAdoptTypedValue). */
export function fieldValue(field: RefObject<Field | null>, state: string): string {
  return field.current?.value ?? state;
}
