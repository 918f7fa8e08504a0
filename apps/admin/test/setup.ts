import { TextDecoder, TextEncoder } from 'node:util';

// Whole-app renders (router, shell, Mantine) take seconds on a busy CI machine, not milliseconds: the
// shared react-setup.cjs lets findBy*/waitFor keep trying for 20 s (they return as soon as it shows).

// react-router reads TextEncoder at import time; jsdom's window lacks it.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// What Mantine needs from a browser that jsdom does not have.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {
    return undefined;
  }
  unobserve() {
    return undefined;
  }
  disconnect() {
    return undefined;
  }
}
Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
Object.defineProperty(window.HTMLElement.prototype, 'scrollIntoView', {
  writable: true,
  value: () => undefined,
});
Object.defineProperty(window, 'scrollTo', { writable: true, value: () => undefined });
