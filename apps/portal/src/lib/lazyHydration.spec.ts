import {
  actedAlready,
  onFirstInteraction,
  preloadAfterPaint,
  PRELOAD_LATER_ID,
  startsOnInteraction,
} from './lazyHydration';
import { LANGUAGE_STORAGE_KEY, MUNICIPALITY_STORAGE_KEY, TRAIL_STORAGE_KEY } from './storageKeys';

beforeEach(() => {
  window.sessionStorage.clear();
  document.documentElement.removeAttribute('data-linja-acted');
  document.body.innerHTML = `
    <button class="quick-exit">Poistu nopeasti</button>
    <input aria-label="Mitä apua etsit?" />
    <a href="/perhelinja/search?q=ero">ero</a>`;
});

describe('hydrating on the first interaction', () => {
  it('hydrates once, on the first press, key, focus or scroll', () => {
    for (const fire of [
      () => document.querySelector('a')?.dispatchEvent(new Event('pointerdown', { bubbles: true })),
      () => document.querySelector('a')?.dispatchEvent(new Event('touchstart', { bubbles: true })),
      () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' })),
      () => document.querySelector('input')?.focus(),
      () => window.dispatchEvent(new Event('scroll')),
    ]) {
      const act = jest.fn();
      const stop = onFirstInteraction(act);
      fire();
      fire();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
      expect(act).toHaveBeenCalledTimes(1);
      stop();
      (document.activeElement as HTMLElement | null)?.blur();
    }
  });

  it('leaves the quick exit and Esc alone (they leave at once) and waits for the next interaction', () => {
    const act = jest.fn();
    const stop = onFirstInteraction(act);
    const exit = document.querySelector<HTMLButtonElement>('.quick-exit');
    exit?.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    exit?.focus();
    exit?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(act).not.toHaveBeenCalled();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    expect(act).toHaveBeenCalledTimes(1);
    stop();
  });

  it('stops listening when asked', () => {
    const act = jest.fn();
    onFirstInteraction(act)();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    expect(act).not.toHaveBeenCalled();
  });

  it('knows when the person acted before the script ran: marked by first-screen.js, or the focus moved', () => {
    expect(actedAlready()).toBe(false);
    document.documentElement.setAttribute('data-linja-acted', '');
    expect(actedAlready()).toBe(true);
    document.documentElement.removeAttribute('data-linja-acted');
    document.querySelector('input')?.focus();
    expect(actedAlready()).toBe(true);
  });

  it('starts the app at once where the tab shows the page otherwise, the person acted, or nothing was rendered', () => {
    const here = '/perhelinja/search?q=ero';
    window.history.replaceState(null, '', here);
    document.documentElement.lang = 'fi';
    const root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
    // Nothing server-rendered: the app renders the page, at once.
    expect(startsOnInteraction()).toBe(false);
    // Rendered but still loading (the server had no answer for it): at once.
    root.innerHTML = '<main><div class="page-loading" role="status"></div></main>';
    expect(startsOnInteraction()).toBe(false);
    root.innerHTML = '<main><span data-linja-asks>…</span></main>';
    expect(startsOnInteraction()).toBe(false);
    root.innerHTML = '<main><h1>Hakutulokset</h1></main>';
    expect(startsOnInteraction()).toBe(true);

    // A trail saved on another page, or an empty one, is not picked up; one of this page is.
    window.sessionStorage.setItem(
      TRAIL_STORAGE_KEY,
      JSON.stringify({ here: '/perhelinja/services/s1', back: ['/perhelinja'] }),
    );
    expect(startsOnInteraction()).toBe(true);
    window.sessionStorage.setItem(TRAIL_STORAGE_KEY, JSON.stringify({ here, back: [] }));
    expect(startsOnInteraction()).toBe(true);
    window.sessionStorage.setItem(
      TRAIL_STORAGE_KEY,
      JSON.stringify({ here, back: ['/perhelinja'] }),
    );
    expect(startsOnInteraction()).toBe(false);
    window.sessionStorage.clear();

    window.sessionStorage.setItem(MUNICIPALITY_STORAGE_KEY, '398');
    expect(startsOnInteraction()).toBe(false);
    window.sessionStorage.clear();

    // The tab chose Swedish earlier: the app switches the Finnish page at once, unless the address
    // names the language.
    window.sessionStorage.setItem(LANGUAGE_STORAGE_KEY, 'fi');
    expect(startsOnInteraction()).toBe(true);
    window.sessionStorage.setItem(LANGUAGE_STORAGE_KEY, 'sv');
    expect(startsOnInteraction()).toBe(false);
    window.history.replaceState(null, '', `${here}&lang=fi`);
    expect(startsOnInteraction()).toBe(true);
    window.sessionStorage.clear();

    document.documentElement.setAttribute('data-linja-acted', '');
    expect(startsOnInteraction()).toBe(false);
  });
});

describe('the app’s code fetched after the first paint', () => {
  const preloads = () => document.head.querySelectorAll('link[rel="modulepreload"]');

  beforeEach(() => {
    document.head.innerHTML = `<template id="${PRELOAD_LATER_ID}"><link rel="modulepreload" href="/assets/boot-A.js"><link rel="modulepreload" href="/assets/HomePage-B.js"></template>`;
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('adds the server’s preload links only after the page has painted, once', () => {
    jest.useFakeTimers();
    preloadAfterPaint();
    expect(preloads()).toHaveLength(0);

    jest.runAllTimers();

    expect([...preloads()].map((link) => link.getAttribute('href'))).toEqual([
      '/assets/boot-A.js',
      '/assets/HomePage-B.js',
    ]);
    expect(document.getElementById(PRELOAD_LATER_ID)).toBeNull();
    preloadAfterPaint({ now: true });
    expect(preloads()).toHaveLength(2);
  });

  it('at once when the app starts at once; nothing on a page without them', () => {
    preloadAfterPaint({ now: true });
    expect(preloads()).toHaveLength(2);

    document.head.innerHTML = '';
    preloadAfterPaint({ now: true });
    expect(preloads()).toHaveLength(0);
  });
});
