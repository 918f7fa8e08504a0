import { useSyncExternalStore } from 'react';

/**
 * The first screen is rendered twice from the same inputs: to HTML on the server (server/render.tsx)
 * and again in the browser to hydrate that HTML (main.tsx). Both must produce the same markup, so
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
