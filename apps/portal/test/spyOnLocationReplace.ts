type LocationImpl = { replace(url: string): void };

/**
 * `jest.spyOn(window.location, 'replace')` throws under jsdom: Location's methods are
 * [LegacyUnforgeable] (non-writable, non-configurable), and so is `window.location`. jsdom's
 * Location wrapper forwards each call, arguments unchanged, to its implementation object, stored
 * under `Symbol(impl)`; spying there observes exactly the calls made to `window.location.replace`
 * (and keeps jsdom from attempting the navigation). If jsdom renames the symbol, this fails loudly.
 */
export function spyOnLocationReplace() {
  const implKey = Object.getOwnPropertySymbols(window.location).find(
    (symbol) => symbol.description === 'impl',
  );
  const impl = implKey
    ? (window.location as unknown as Record<symbol, LocationImpl | undefined>)[implKey]
    : undefined;
  if (!impl) {
    throw new Error(
      'Cannot find jsdom’s Location implementation to spy on (jsdom internals changed?)',
    );
  }
  return jest.spyOn(impl, 'replace').mockImplementation(() => undefined);
}
