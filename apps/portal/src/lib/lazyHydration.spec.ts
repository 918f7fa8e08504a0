import { actedAlready, onFirstInteraction, tabStateDiffers } from './lazyHydration';
import { MUNICIPALITY_STORAGE_KEY } from './municipalityMemory';
import { TRAIL_STORAGE_KEY } from './singleEntryHistory';

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

  it('hydrates at once where this tab shows the page otherwise: a chosen municipality, a trail of this page', () => {
    const here = '/perhelinja/search?q=ero';
    expect(tabStateDiffers(here)).toBe(false);
    window.sessionStorage.setItem(
      TRAIL_STORAGE_KEY,
      JSON.stringify({ here: '/perhelinja/services/s1', back: ['/perhelinja'] }),
    );
    expect(tabStateDiffers(here)).toBe(false);
    window.sessionStorage.setItem(TRAIL_STORAGE_KEY, JSON.stringify({ here, back: [] }));
    expect(tabStateDiffers(here)).toBe(false);
    window.sessionStorage.setItem(TRAIL_STORAGE_KEY, JSON.stringify({ here, back: ['/perhelinja'] }));
    expect(tabStateDiffers(here)).toBe(true);
    window.sessionStorage.clear();
    window.sessionStorage.setItem(MUNICIPALITY_STORAGE_KEY, '398');
    expect(tabStateDiffers(here)).toBe(true);
  });
});
